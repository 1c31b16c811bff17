// Build-time facts of an indicator page: the aggregation rule in words, demo/real status
// per level, which national years come from public sources, source changes (breaks in the
// series), confidential values, and the static voivodeship table shown before (or
// without) the map island. Pure: the page passes in the pipeline's JSON. Not for islands
// (it reads both dictionaries through translator()).
import type { Aggregation, Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { LevelFile, Manifest, Series } from '#core/data-types.ts';
import { formatNumber, withPercentSign, type Lang } from '#core/format.ts';
import { translator } from '#i18n/index.ts';

/** The aggregation rule in words, naming the indicators it uses. */
export function aggregationText(a: Aggregation, lang: Lang, nameOf: (id: string) => string): string {
  const t = translator(lang);
  switch (a.rule) {
    case 'sum':
      return t('map.aggSum');
    case 'ratio':
      return t('map.aggRatio', {
        numerator: nameOf(a.numerator),
        denominator: nameOf(a.denominator),
        multiplier: a.multiplier === 1 ? '' : ` × ${formatNumber(a.multiplier, lang)}`,
      });
    case 'weighted-mean':
      return t('map.aggWeightedMean', { weight: nameOf(a.weight) });
    case 'none':
      return t('map.aggNone');
  }
}

const pct = (share: number, lang: Lang) => withPercentSign(formatNumber(share * 100, lang, share > 0 && share < 0.01 ? 1 : 0), lang);

/** "kraj 70%, województwo 99%, …" or the sentence that all values are real. */
export function demoStatus(ind: Indicator, manifest: Pick<Manifest, 'demoShare'>, lang: Lang): { demo: boolean; text: string } {
  const t = translator(lang);
  const shares = manifest.demoShare[ind.id] ?? {};
  const levels = ind.levels.filter((l) => shares[l] !== undefined);
  if (!levels.some((l) => (shares[l] ?? 0) > 0)) return { demo: false, text: t('map.allReal') };
  const list = levels.map((l) => `${t(`level.${l}`)} ${pct(shares[l]!, lang)}`).join(', ');
  return { demo: true, text: t('map.demoShare', { shares: list }) };
}

const realSources = (s: string | null | undefined) => (s ?? '').split('+').filter((x) => x && x !== 'demo');

/** Per year, the national value's sources that are not demo (empty = demo or no value). */
export function nationalSources(series: Series | undefined, years: number[]): { year: number; sources: string[] }[] {
  if (!series) return [];
  return years.map((year, i) => {
    if (series.v[i] === null && !((series.f?.[i] ?? 0) & FLAG.suppressed)) return { year, sources: [] };
    const s = typeof series.s === 'string' || series.s === undefined ? series.s : series.s[i];
    const demo = ((series.f?.[i] ?? 0) & FLAG.demo) !== 0;
    const real = realSources(s);
    // A value flagged demo whose source list also names a real source mixes both (e.g. a
    // real population denominator under a demo numerator): it is not a public figure.
    return { year, sources: demo ? [] : real };
  });
}

export function comparabilityNotes(
  ind: Indicator,
  series: Series | undefined,
  years: number[],
  manifest: Pick<Manifest, 'sources'>,
  suppressedSomewhere: boolean,
  lang: Lang,
): string[] {
  const t = translator(lang);
  const notes: string[] = [];
  const per = nationalSources(series, years);
  const withValue = series ? years.filter((_, i) => series.v[i] !== null) : [];
  const realYears = per.filter((p) => p.sources.length).map((p) => p.year);
  if (withValue.length && realYears.length && realYears.length < withValue.length)
    notes.push(t('map.realYears', { years: realYears.join(', ') }));
  else if (withValue.length && !realYears.length && series?.f?.some((f) => f & FLAG.demo)) notes.push(t('map.allDemoNational'));
  // Distinct real sources in order of first use: a change of source is a possible break.
  const order: string[] = [];
  for (const p of per) for (const s of p.sources) if (!order.includes(s)) order.push(s);
  const titled = order.filter((s) => manifest.sources[s]?.kind !== 'demo');
  if (titled.length > 1)
    notes.push(t('map.sourceChange', { sources: titled.map((s) => manifest.sources[s]?.title[lang] ?? s).join(' → ') }));
  if (ind.source.frequency === 'biennial') notes.push(t('map.biennial'));
  if (suppressedSomewhere) notes.push(t('map.suppressedNote'));
  return notes;
}

/** Whether any cell of the indicator in a level file is confidential. */
export function hasSuppressed(file: LevelFile | undefined, id: string): boolean {
  return !!file?.flags[id]?.some((row) => row.some((f) => (f & FLAG.suppressed) !== 0));
}

export interface StaticRow {
  code: string;
  value: number | null;
  flags: number;
}

/** The latest year with any value or confidential cell, and each territory's cell in it. */
export function latestLevelRows(file: LevelFile, id: string): { year: number; rows: StaticRow[] } | undefined {
  const values = file.values[id];
  if (!values) return undefined;
  for (let y = values.length - 1; y >= 0; y--) {
    const flags = file.flags[id]?.[y] ?? [];
    if (values[y].some((v, i) => v !== null || ((flags[i] ?? 0) & FLAG.suppressed) !== 0))
      return { year: file.years[y], rows: file.codes.map((code, i) => ({ code, value: values[y][i], flags: flags[i] ?? 0 })) };
  }
  return undefined;
}
