// Key figures of one territory: for each indicator, the latest year with data, the
// change since the previous observation, the same year's value of the parent and of
// the country, and the ranks the pipeline computed. Pure; the page and the narrative
// read the same figures, so every sentence refers to a number shown in the tables.
import type { Indicator, Theme } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { RankInfo, Series, TerritoryFile, TerritoryRef } from '#core/data-types.ts';

export interface Obs {
  year: number;
  value: number | null;
  flags: number;
}

export interface KeyFigure {
  indicator: Indicator;
  latest: Obs;
  /** The nearest earlier year with a value (the previous year for annual series). */
  previous?: Obs & { value: number };
  /** latest − previous, rounded to the indicator's decimals; only when both have values. */
  change?: number;
  /** The nearest parent below the country (powiat for a gmina, voivodeship for a powiat). */
  parent?: Obs;
  country?: Obs;
  rank?: RankInfo;
  /** Relative difference self/parent − 1 and self/country − 1, for intensive indicators only. */
  vsParent?: number;
  vsCountry?: number;
  /** Whether any value in this row (self, previous, parent, country) is demonstration data. */
  demo: boolean;
  /** The latest value is a total of the territories below that adds real and demonstration values. */
  mixed?: boolean;
}

/**
 * Indicators that say nothing at some level: a gmina always counts 1 gmina, and a
 * gmina's "share of gminas with a social economy unit" is JST_UNIT (0/1) times 100.
 */
const HIDDEN_AT_LEVEL: Record<string, string[]> = { GMINA_COUNT: ['gmina'], JST_UNIT_PCT: ['gmina'] };

/** Sums (counts, persons, money) are not comparable across levels; ratios and means are. */
export function isIntensive(ind: Indicator): boolean {
  return ind.aggregation.rule !== 'sum';
}

export function obsAt(series: Series | undefined, years: number[], yi: number): Obs | undefined {
  if (!series || yi < 0 || yi >= years.length) return undefined;
  return { year: years[yi], value: series.v[yi] ?? null, flags: series.f?.[yi] ?? 0 };
}

/** Source ids of one year of a series (several joined by "+" where the pipeline summed them). */
function sourcesAt(series: Series, yi: number): string[] {
  const s = typeof series.s === 'string' ? series.s : series.s?.[yi];
  return s ? s.split('+') : [];
}

/**
 * Whether a year's value is a sum over the territories below that mixes real and
 * demonstration values: flagged demo and aggregated, with a real source among its sources.
 */
export function mixesRealAndDemo(series: Series, yi: number): boolean {
  const f = series.f?.[yi] ?? 0;
  return (f & FLAG.demo) !== 0 && (f & FLAG.aggregated) !== 0 && sourcesAt(series, yi).some((s) => s !== 'demo');
}

/** Index of the latest year with a value or a suppressed cell (both are "shown"); −1 if none. */
export function latestIndex(series: Series): number {
  for (let i = series.v.length - 1; i >= 0; i--) {
    if (series.v[i] !== null || ((series.f?.[i] ?? 0) & FLAG.suppressed) !== 0) return i;
  }
  return -1;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
const isDemo = (o: Obs | undefined) => !!o && (o.flags & FLAG.demo) !== 0;

export interface FigureContext {
  /** Series of the nearest parent below the country, if any. */
  parent?: Record<string, Series>;
  parentRef?: TerritoryRef;
  country?: Record<string, Series>;
}

/**
 * Where the parent and country series are in a territory file: a voivodeship's parent is
 * the country, so it has a country comparison but no separate parent one.
 */
export function figureContext(file: TerritoryFile): FigureContext {
  const parentRef = file.parents.at(-1);
  if (!parentRef) return {};
  if (parentRef.level === 'country') return { country: file.parentSeries };
  return { parent: file.parentSeries, parentRef, country: file.countrySeries };
}

export function computeKeyFigures(file: TerritoryFile, catalogue: readonly Indicator[]): KeyFigure[] {
  const ctx = figureContext(file);
  const level = file.territory.level;
  const out: KeyFigure[] = [];
  for (const ind of catalogue) {
    const series = file.series[ind.id];
    if (!series || HIDDEN_AT_LEVEL[ind.id]?.includes(level)) continue;
    const yi = latestIndex(series);
    if (yi < 0) continue;
    const latest = obsAt(series, file.years, yi)!;
    let previous: KeyFigure['previous'];
    for (let p = yi - 1; p >= 0; p--) {
      const o = obsAt(series, file.years, p)!;
      if (o.value !== null) {
        previous = { ...o, value: o.value };
        break;
      }
      // A suppressed previous year stops the search: a change across it would hide it.
      if (o.flags & FLAG.suppressed) break;
    }
    const parent = obsAt(ctx.parent?.[ind.id], file.years, yi);
    const country = obsAt(ctx.country?.[ind.id], file.years, yi);
    const fig: KeyFigure = { indicator: ind, latest, demo: false };
    if (previous) fig.previous = previous;
    if (previous && latest.value !== null) fig.change = round(latest.value - previous.value, ind.decimals);
    if (parent) fig.parent = parent;
    if (country) fig.country = country;
    const rank = file.ranks[ind.id];
    if (rank && rank.year === latest.year) fig.rank = rank;
    if (isIntensive(ind) && latest.value !== null) {
      if (parent?.value) fig.vsParent = latest.value / parent.value - 1;
      if (country?.value) fig.vsCountry = latest.value / country.value - 1;
    }
    fig.demo = [latest, previous, parent, country].some(isDemo);
    if (mixesRealAndDemo(series, yi)) fig.mixed = true;
    out.push(fig);
  }
  return out;
}

export function figuresByTheme(figures: KeyFigure[]): Map<Theme, KeyFigure[]> {
  const m = new Map<Theme, KeyFigure[]>();
  for (const f of figures) m.set(f.indicator.theme, [...(m.get(f.indicator.theme) ?? []), f]);
  return m;
}

/** Whether any value of any series in a record carries the demo flag. */
export function anyDemo(record: Record<string, Series> | undefined): boolean {
  return Object.values(record ?? {}).some((s) => s.f?.some((f) => (f & FLAG.demo) !== 0));
}
