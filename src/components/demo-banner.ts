// The demo banner's first line, computed from the figures the page shows instead of a
// fixed "some figures": "all figures on this page except population 2015–2020 are
// demonstration data", "no figure on this page is…", or "12 of 40 figures". A reader
// who copies one number must be able to tell from the banner alone whether it is real.
import type { LevelFile, Series, TerritoryFile } from '#core/data-types.ts';
import { FLAG } from '#core/cells.ts';
import { countPhrase, formatNumber, type Lang } from '#core/format.ts';
import { FIGURES_GENITIVE } from '#core/nouns.ts';
import { translator } from '#i18n/index.ts';

/** One number the page shows: what it is (an indicator's name), its year, and whether it is demo. */
export interface ShownFigure {
  label: string;
  year: number;
  demo: boolean;
  /** How many such figures (a map shows a level's values for one year at once); 1 when absent. */
  count?: number;
}

export type DemoBannerKind = 'none' | 'all' | 'allExcept' | 'only' | 'count';

export interface DemoBannerParts {
  kind: DemoBannerKind;
  /** The one-line sentence. */
  headline: string;
  /** For 'count': which figures are demo, or which are real when those are fewer, for a second, expandable line. */
  detail?: string;
}

/** Lists longer than this make the first line too long for a phone; the count is shown instead. */
export const MAX_LISTED = 3;

/** The figures of a territory file's series: every year with a value, labelled by indicator. */
export function seriesFigures(
  series: Record<string, Pick<Series, 'v' | 'f'>>,
  years: readonly number[],
  label: (id: string) => string,
): ShownFigure[] {
  const out: ShownFigure[] = [];
  for (const [id, s] of Object.entries(series))
    s.v.forEach((v, i) => {
      if (v !== null) out.push({ label: label(id), year: years[i], demo: ((s.f?.[i] ?? 0) & FLAG.demo) !== 0 });
    });
  return out;
}

/** One latest value per row and indicator, as the children and similar-territory tables show them. */
export function obsFigures(
  rows: readonly Record<string, { year: number; value: number | null; flags: number } | undefined>[],
  label: (id: string) => string,
): ShownFigure[] {
  const out: ShownFigure[] = [];
  for (const row of rows)
    for (const [id, o] of Object.entries(row))
      if (o && o.value !== null) out.push({ label: label(id), year: o.year, demo: (o.flags & FLAG.demo) !== 0 });
  return out;
}

/**
 * What a territory page shows: its own series, its parent's and the country's, and the rows
 * of its tables. Figures of another territory carry its name in the label, so "population
 * 2015–2019" of the gmina and the country's demo population never blur into one group.
 */
export function territoryFigures(
  file: Pick<TerritoryFile, 'years' | 'series' | 'parentSeries' | 'countrySeries'>,
  rows: readonly { name: string; obs: Record<string, { year: number; value: number | null; flags: number } | undefined> }[],
  label: (id: string) => string,
  names: { parent?: string; country?: string } = {},
): ShownFigure[] {
  const of = (name: string | undefined) => (id: string) => (name ? `${label(id)} (${name})` : label(id));
  return [
    ...seriesFigures(file.series, file.years, label),
    ...seriesFigures(file.parentSeries ?? {}, file.years, of(names.parent)),
    ...seriesFigures(file.countrySeries ?? {}, file.years, of(names.country)),
    ...rows.flatMap((r) => obsFigures([r.obs], of(r.name))),
  ];
}

/** One indicator's values of a level file (what a map can show), counted per year as real and demo. */
export function levelFigures(file: Pick<LevelFile, 'years' | 'values' | 'flags'>, id: string, label: string): ShownFigure[] {
  const out: ShownFigure[] = [];
  file.years.forEach((year, yi) => {
    const values = file.values[id]?.[yi] ?? [];
    const flags = file.flags[id]?.[yi] ?? [];
    let demo = 0;
    let real = 0;
    values.forEach((v, ti) => {
      if (v === null) return;
      if ((flags[ti] ?? 0) & FLAG.demo) demo++;
      else real++;
    });
    if (real) out.push({ label, year, demo: false, count: real });
    if (demo) out.push({ label, year, demo: true, count: demo });
  });
  return out;
}

/** "2015–2020, 2022": consecutive years joined into ranges. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Labels with the years of `pick`ed figures, in the order the labels first appear. */
function listOf(groups: Map<string, Map<number, 'real' | 'demo' | 'mixed'>>, pick: 'real' | 'demo'): string[] {
  const out: string[] = [];
  for (const [label, years] of groups) {
    const ys = [...years].filter(([, s]) => s === pick || (pick === 'demo' && s === 'mixed')).map(([y]) => y);
    if (ys.length) out.push(`${label} ${yearRanges(ys)}`);
  }
  return out;
}

export function demoBannerParts(figures: readonly ShownFigure[], lang: Lang): DemoBannerParts {
  const t = translator(lang);
  const weight = (f: ShownFigure) => f.count ?? 1;
  const total = figures.reduce((n, f) => n + weight(f), 0);
  const demo = figures.reduce((n, f) => n + (f.demo ? weight(f) : 0), 0);
  if (demo === 0) return { kind: 'none', headline: t('common.demoBannerNone') };
  if (demo === total) return { kind: 'all', headline: t('common.demoBannerAll') };
  // By label and year: all real, all demo, or both (a year may be shown for several territories).
  const groups = new Map<string, Map<number, 'real' | 'demo' | 'mixed'>>();
  for (const f of figures) {
    const years = groups.get(f.label) ?? groups.set(f.label, new Map()).get(f.label)!;
    const was = years.get(f.year);
    const now = f.demo ? 'demo' : 'real';
    years.set(f.year, was === undefined || was === now ? now : 'mixed');
  }
  const mixed = [...groups.values()].some((ys) => [...ys.values()].includes('mixed'));
  const demoList = listOf(groups, 'demo');
  // Exact lists only when no label and year is both real and demo.
  const realList = mixed ? undefined : listOf(groups, 'real');
  if (realList) {
    if (realList.length <= MAX_LISTED && realList.length <= demoList.length)
      return { kind: 'allExcept', headline: t('common.demoBannerAllExcept', { items: realList.join('; ') }) };
    if (demoList.length <= MAX_LISTED) return { kind: 'only', headline: t('common.demoBannerOnly', { items: demoList.join('; ') }) };
  }
  return {
    kind: 'count',
    headline: t('common.demoBannerCount', { n: formatNumber(demo, lang), count: countPhrase(total, lang, FIGURES_GENITIVE) }),
    // The shorter of the two lists says the most.
    detail:
      realList && realList.length < demoList.length
        ? t('common.demoBannerRealWhich', { items: realList.join('; ') })
        : t('common.demoBannerWhich', { items: demoList.join('; ') }),
  };
}
