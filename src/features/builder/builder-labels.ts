// Labels of the builder's dimensions and their values in either language: territory
// names (names.ts), gmina kinds (nouns.ts), population classes, indicator names and
// units (the catalogue and the dictionary), and the plain-words description of a state
// used in captions, the XLSX metadata and the embed title. Strings come from the
// dictionary through the translator (`t`); this module picks keys and forms.
import type { Indicator } from '#core/catalogue.ts';
import type { BuilderTerritory } from './builder-register.ts';
import { formatNumber, type Lang } from '#core/format.ts';
import type { Key, Messages, Translate } from '#i18n/translate.ts';
import { displayName, gminaKindLabel, voivodeshipEnglish } from '#core/names.ts';
import { GMINA_KINDS, type BuilderState, type Dim } from './builder-state.ts';
import type { KeyValue } from './builder-data.ts';
import type { GminaKind, Level } from '#core/territory.ts';

/** The dictionary areas the builder island is given (BuilderPage and the tabulation embed pass them). */
export const BUILDER_AREAS = ['builder', 'unit', 'theme', 'levelPlural', 'cell', 'embed', 'tabs', 'chartImage'] as const;
export type BuilderArea = (typeof BUILDER_AREAS)[number];
export type BuilderMessages = Messages<BuilderArea>;
export type BuilderT = Translate<BuilderArea>;
export type BuilderKey = Key<'builder'>;

export interface LabelContext {
  lang: Lang;
  t: BuilderT;
  catalogue: ReadonlyMap<string, Indicator>;
  register: ReadonlyMap<string, BuilderTerritory>;
}

export const DIM_KEY: Record<Dim, BuilderKey> = {
  territory: 'builder.dimTerritory',
  voivodeship: 'builder.dimVoivodeship',
  powiat: 'builder.dimPowiat',
  kind: 'builder.dimKind',
  popClass: 'builder.dimPopClass',
  nuts2: 'builder.dimNuts2',
  nuts3: 'builder.dimNuts3',
  owes: 'builder.dimOwes',
  lgd: 'builder.dimLgd',
  year: 'builder.dimYear',
  indicator: 'builder.dimIndicator',
};

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Picks the one/few/many form of a counted phrase ("5 wskaźników"). */
export function countForm(t: BuilderT, lang: Lang, n: number, keys: [BuilderKey, BuilderKey, BuilderKey], shown?: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const cat = rules.select(n);
  const key = cat === 'one' ? keys[0] : cat === 'few' ? keys[1] : keys[2];
  return t(key, { n: shown ?? String(n) });
}

/** A voivodeship's register name as listed: "małopolskie", "Małopolskie". */
const VOIVODESHIP_NAME: Record<Lang, (name: string) => string> = { pl: (name) => name, en: voivodeshipEnglish };
export const voivodeshipName = (name: string, lang: Lang): string => VOIVODESHIP_NAME[lang](name);

export const dimLabel = (dim: Dim, ctx: Pick<LabelContext, 't'>): string => ctx.t(DIM_KEY[dim]);

/** "5000-10000" → "5 000–10 000"; "0-5000" → "poniżej 5 000"; "100000+" → "100 000 i więcej". */
export function popClassLabel(c: string, ctx: Pick<LabelContext, 'lang' | 't'>): string {
  const m = /^(\d+)(?:-(\d+)|\+)$/.exec(c);
  if (!m) return ctx.t('builder.popClassNone');
  const a = formatNumber(Number(m[1]), ctx.lang);
  if (!m[2]) return ctx.t('builder.popClassOver', { a });
  const b = formatNumber(Number(m[2]), ctx.lang);
  return Number(m[1]) === 0 ? ctx.t('builder.popClassUnder', { b }) : ctx.t('builder.popClassRange', { a, b });
}

export function indicatorName(id: string, ctx: Pick<LabelContext, 'lang' | 'catalogue'>): string {
  return ctx.catalogue.get(id)?.name[ctx.lang] ?? id;
}

export function unitLabel(id: string, ctx: Pick<LabelContext, 't' | 'catalogue'>): string {
  const u = ctx.catalogue.get(id)?.unit;
  return u ? ctx.t(`unit.${u}`) : '';
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
      return (GMINA_KINDS as readonly KeyValue[]).includes(v) ? gminaKindLabel(v as GminaKind, ctx.lang) : String(v);
    case 'popClass':
      return popClassLabel(String(v), ctx);
    case 'nuts2':
    case 'nuts3':
    case 'owes':
    case 'lgd':
      // The area's label itself (a demonstration area's name says "(demo)"); — outside any area.
      return v === '' ? '—' : String(v);
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
  if (!dims.length) return ctx.t('builder.valueCol');
  return dims.map((d, i) => keyLabel(d, key[i], ctx)).join(' — ');
}

export function levelLabel(level: Level, ctx: Pick<LabelContext, 't'>): string {
  return level === 'country' ? ctx.t('builder.levelCountry') : ctx.t(`levelPlural.${level}`);
}

/** Plain words for the scope of a state: "cały kraj" or the areas, kinds and list. */
export function scopeLabel(s: BuilderState, ctx: LabelContext): string {
  const parts: string[] = [];
  if (s.within.length) parts.push(s.within.map((c) => territoryName(c, ctx)).join(', '));
  if (s.kinds.length) parts.push(s.kinds.map((k) => gminaKindLabel(k, ctx.lang)).join(', '));
  if (s.codes.length)
    parts.push(countForm(ctx.t, ctx.lang, s.codes.length, ['builder.codesActiveOne', 'builder.codesActiveFew', 'builder.codesActiveMany']));
  return parts.length ? parts.join('; ') : ctx.t('builder.wholeCountry');
}

export function yearsLabel(years: number[]): string {
  if (!years.length) return '';
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

/** One line that says what the table holds, for the caption, the XLSX title and the embed title. */
export function describeState(s: BuilderState, years: number[], ctx: LabelContext): string {
  const what = s.indicators.map((id) => indicatorName(id, ctx)).join(', ');
  return ctx.t('builder.caption', {
    what,
    level: levelLabel(s.level, ctx).toLocaleLowerCase(ctx.lang),
    scope: scopeLabel(s, ctx),
    years: yearsLabel(years),
  });
}

/** "Wiersze: Województwo, Rok; kolumny: Wskaźnik". */
export function layoutLabel(s: BuilderState, ctx: LabelContext): string {
  const list = (ds: Dim[]) => (ds.length ? ds.map((d) => dimLabel(d, ctx)).join(', ') : '—');
  return `${ctx.t('builder.rows')}: ${list(s.rows)} / ${ctx.t('builder.cols')}: ${list(s.cols)}`;
}

export function ruleLabel(ind: Indicator, t: BuilderT): string {
  const a = ind.aggregation;
  switch (a.rule) {
    case 'sum':
      return t('builder.ruleSum');
    case 'ratio':
      return t('builder.ruleRatio', { num: a.numerator, den: a.denominator, mult: a.multiplier });
    case 'weighted-mean':
      return t('builder.ruleWeighted', { w: a.weight });
    case 'none':
      return t('builder.ruleNone');
  }
}
