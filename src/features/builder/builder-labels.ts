// Labels of the builder's dimensions and their values in either language: territory
// names (names.ts), gmina kinds (nouns.ts), population classes, indicator names and
// units (the catalogue, i18n.ts), and the plain-words description of a state used in
// captions, the XLSX metadata and the embed title.
import type { Indicator } from '#core/catalogue.ts';
import type { RegisterEntry } from '#core/data-types.ts';
import { formatNumber, type Lang } from '#core/format.ts';
import { LEVEL_LABEL, LEVEL_PLURAL_LABEL, UNIT_LABEL } from '#i18n/i18n.ts';
import { bt, countForm, DIM_KEY, type BuilderStrings } from '#i18n/builder.ts';
import { displayName } from '#core/names.ts';
import { GMINA_KIND_LABEL } from '#core/nouns.ts';
import type { BuilderState, Dim } from './builder-state.ts';
import type { KeyValue } from './builder-data.ts';
import type { Level } from '#core/territory.ts';

export interface LabelContext {
  lang: Lang;
  strings: BuilderStrings;
  catalogue: ReadonlyMap<string, Indicator>;
  register: ReadonlyMap<string, RegisterEntry>;
}

export const dimLabel = (dim: Dim, ctx: Pick<LabelContext, 'strings'>): string => ctx.strings[DIM_KEY[dim]];

/** "5000-10000" → "5 000–10 000"; "0-5000" → "poniżej 5 000"; "100000+" → "100 000 i więcej". */
export function popClassLabel(c: string, ctx: Pick<LabelContext, 'lang' | 'strings'>): string {
  const m = /^(\d+)(?:-(\d+)|\+)$/.exec(c);
  if (!m) return ctx.strings.popClassNone;
  const a = formatNumber(Number(m[1]), ctx.lang);
  if (!m[2]) return bt(ctx.strings, 'popClassOver', { a });
  const b = formatNumber(Number(m[2]), ctx.lang);
  return Number(m[1]) === 0 ? bt(ctx.strings, 'popClassUnder', { b }) : bt(ctx.strings, 'popClassRange', { a, b });
}

export function indicatorName(id: string, ctx: Pick<LabelContext, 'lang' | 'catalogue'>): string {
  return ctx.catalogue.get(id)?.name[ctx.lang] ?? id;
}

export function unitLabel(id: string, ctx: Pick<LabelContext, 'lang' | 'catalogue'>): string {
  const u = ctx.catalogue.get(id)?.unit;
  return u ? UNIT_LABEL[u][ctx.lang] : '';
}

export function territoryName(code: string, ctx: Pick<LabelContext, 'lang' | 'register'>): string {
  const e = ctx.register.get(code);
  return e ? displayName(e, ctx.lang) : code;
}

/** The label of one value of a dimension; null is the "all" of a total row. */
export function keyLabel(dim: Dim, v: KeyValue, ctx: LabelContext): string {
  if (v === null) return '';
  switch (dim) {
    case 'territory':
    case 'voivodeship':
    case 'powiat':
      return v === '' ? '—' : territoryName(String(v), ctx);
    case 'kind':
      return GMINA_KIND_LABEL[v as keyof typeof GMINA_KIND_LABEL]?.[ctx.lang] ?? String(v);
    case 'popClass':
      return popClassLabel(String(v), ctx);
    case 'year':
      return String(v);
    case 'indicator':
      return `${indicatorName(String(v), ctx)} (${unitLabel(String(v), ctx)})`;
  }
}

/** Whether a dimension's values are TERYT codes (exports add a code column). */
export const hasCode = (dim: Dim): boolean => dim === 'territory' || dim === 'voivodeship' || dim === 'powiat';

/** A column header: the labels of its keys joined. */
export function colLabel(dims: Dim[], key: KeyValue[], ctx: LabelContext): string {
  if (!dims.length) return ctx.strings.valueCol;
  return dims.map((d, i) => keyLabel(d, key[i], ctx)).join(' — ');
}

export function levelLabel(level: Level, ctx: Pick<LabelContext, 'lang' | 'strings'>): string {
  return level === 'country' ? ctx.strings.levelCountry : LEVEL_PLURAL_LABEL[level][ctx.lang];
}

export function levelNoun(level: Level, lang: Lang): string {
  return LEVEL_LABEL[level][lang];
}

/** Plain words for the scope of a state: "cały kraj" or the areas, kinds and list. */
export function scopeLabel(s: BuilderState, ctx: LabelContext): string {
  const parts: string[] = [];
  if (s.within.length) parts.push(s.within.map((c) => territoryName(c, ctx)).join(', '));
  if (s.kinds.length) parts.push(s.kinds.map((k) => GMINA_KIND_LABEL[k][ctx.lang]).join(', '));
  if (s.codes.length) parts.push(countForm(ctx.strings, ctx.lang, s.codes.length, ['codesActiveOne', 'codesActiveFew', 'codesActiveMany']));
  return parts.length ? parts.join('; ') : ctx.strings.wholeCountry;
}

export function yearsLabel(years: number[]): string {
  if (!years.length) return '';
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

/** One line that says what the table holds, for the caption, the XLSX title and the embed title. */
export function describeState(s: BuilderState, years: number[], ctx: LabelContext): string {
  const what = s.indicators.map((id) => indicatorName(id, ctx)).join(', ');
  return bt(ctx.strings, 'caption', { what, level: levelLabel(s.level, ctx).toLocaleLowerCase(ctx.lang === 'pl' ? 'pl' : 'en'), scope: scopeLabel(s, ctx), years: yearsLabel(years) });
}

/** "Wiersze: Województwo, Rok; kolumny: Wskaźnik". */
export function layoutLabel(s: BuilderState, ctx: LabelContext): string {
  const list = (ds: Dim[]) => (ds.length ? ds.map((d) => dimLabel(d, ctx)).join(', ') : '—');
  return `${ctx.strings.rows}: ${list(s.rows)} / ${ctx.strings.cols}: ${list(s.cols)}`;
}

export function ruleLabel(ind: Indicator, strings: BuilderStrings): string {
  const a = ind.aggregation;
  switch (a.rule) {
    case 'sum':
      return strings.ruleSum;
    case 'ratio':
      return bt(strings, 'ruleRatio', { num: a.numerator, den: a.denominator, mult: a.multiplier });
    case 'weighted-mean':
      return bt(strings, 'ruleWeighted', { w: a.weight });
    case 'none':
      return strings.ruleNone;
  }
}
