// Data of the map island: one indicator's LevelFile per level, the level's TopoJSON and
// the level's names, each fetched once and kept per level, so changing the year (or
// going back to a level already seen) never fetches again. Also the per-year views the
// map, the ranking table and the distribution chart share. Pure apart from `fetch`,
// which is injected so the tests can count requests.
import { FLAG } from '#core/cells.ts';
import type { LevelFile } from '#core/data-types.ts';
import { rankValues, type RankResult } from '#core/rank.ts';
import { DATA_FILE, dataPath, overviewTopologyPath, topologyPath } from '#core/urls.ts';
import { isAreaType, type AreaStatus } from '#features/areas/area-types.ts';
import type { MapLevel, TerritoryMapLevel } from './map-levels.ts';
import { decodedOverview, type OverviewFile } from './map-overview.ts';
import { takePrefetched } from './map-prefetch.ts';

/** [code, Polish name, English name or 0 when the same, slug] — /data/<release>/names/<level>.json */
export type NameItem = [string, string, string | 0, string];
export interface NamesFile {
  level: MapLevel;
  items: NameItem[];
  /** Planning areas only: whether the areas' definition is demonstration data. */
  status?: AreaStatus;
}

export type Fetcher = (url: string) => Promise<unknown>;

export const fetchJson: Fetcher = async (url) => {
  // Fetched already while the page loaded (map-prefetch.ts); a failed prefetch fetches again.
  const prefetched = takePrefetched(url);
  if (prefetched) return prefetched.catch(() => fetchJson(url));
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  return r.json();
};

export interface LevelBundle<T = unknown> {
  level: MapLevel;
  data: LevelFile;
  /** The whole-country boundaries, already projected (map-overview.ts); the full TopoJSON is fullTopology(level). */
  topology: T;
  names: NamesFile;
}

/**
 * One promise per URL and one bundle per level. A failed request is forgotten, so the
 * next attempt fetches again.
 */
export class LevelCache<T = unknown> {
  private requests = new Map<string, Promise<unknown>>();
  private bundles = new Map<MapLevel, Promise<LevelBundle<T>>>();
  private release: string;
  private indicator: string;
  private fetcher: Fetcher;
  constructor(release: string, indicator: string, fetcher: Fetcher = fetchJson) {
    this.release = release;
    this.indicator = indicator;
    this.fetcher = fetcher;
  }

  get(url: string): Promise<unknown> {
    let p = this.requests.get(url);
    if (!p) {
      p = this.fetcher(url).catch((e) => {
        this.requests.delete(url);
        throw e;
      });
      this.requests.set(url, p);
    }
    return p;
  }

  names(level: MapLevel): Promise<NamesFile> {
    const rel = isAreaType(level) ? DATA_FILE.areaNames(level) : DATA_FILE.names(level);
    return this.get(dataPath(this.release, rel)) as Promise<NamesFile>;
  }

  level(level: MapLevel): Promise<LevelBundle<T>> {
    let b = this.bundles.get(level);
    if (!b) {
      b = Promise.all([
        this.get(
          dataPath(
            this.release,
            isAreaType(level) ? DATA_FILE.areaIndicator(level, this.indicator) : DATA_FILE.levelIndicator(level, this.indicator),
          ),
        ),
        this.overview(level),
        this.names(level),
      ]).then(([data, topology, names]) => ({ level, data: data as LevelFile, topology: topology as T, names: names as NamesFile }));
      b.catch(() => this.bundles.delete(level));
      this.bundles.set(level, b);
    }
    return b;
  }

  private overviews = new Map<MapLevel, Promise<unknown>>();

  /** The level's whole-country boundaries, decoded once into a TopoJSON in viewBox units. */
  overview(level: MapLevel): Promise<T> {
    let p = this.overviews.get(level);
    if (!p) {
      // A planning area's boundaries belong to its release (a definition can change between releases).
      const url = isAreaType(level) ? dataPath(this.release, DATA_FILE.areaOverview(level)) : overviewTopologyPath(level);
      p = this.get(url).then((f) => decodedOverview(f as OverviewFile));
      p.catch(() => this.overviews.delete(level));
      this.overviews.set(level, p);
    }
    return p as Promise<T>;
  }

  /** The level's full TopoJSON (longitude/latitude), for a zoomed map: fetched only when asked. */
  fullTopology(level: TerritoryMapLevel): Promise<T> {
    return this.get(topologyPath(level)) as Promise<T>;
  }

  /**
   * Starts fetching a level's files without waiting for them (the map is about to be
   * shown): the bundle's promise is kept, so show() later finds them on the way or here.
   */
  prefetch(level: MapLevel): void {
    this.level(level).catch(() => {});
  }

  /** Whether a level's bundle was asked for already (the tests check that a year change asks for nothing). */
  has(level: MapLevel): boolean {
    return this.bundles.has(level);
  }

  get requestCount(): number {
    return this.requests.size;
  }
}

// ---------------------------------------------------------------- per-year views

/** One row of the ranking table. */
export interface RankRow {
  code: string;
  name: string;
  href: string;
  value: number | null;
  flags: number;
  previous?: { year: number; value: number };
  /** Rank among the rows shown (1 = highest value); null without a value. */
  rank: number | null;
  /** Position in alphabetical order of the level's names (sorting by name without a collator per comparison). */
  order: number;
}

export interface YearView {
  year: number;
  yearIndex: number;
  /** Aligned with the level file's codes. */
  values: (number | null)[];
  flags: number[];
  /** Value in the nearest earlier year with a value, per territory (undefined = none). */
  previous: ({ year: number; value: number } | undefined)[];
  ranks: (RankResult | null)[];
}

const NO_FLAGS: number[] = [];

export function flagsAt(file: LevelFile, indicator: string, yi: number): number[] {
  return file.flags[indicator]?.[yi] ?? NO_FLAGS;
}

export function yearView(file: LevelFile, indicator: string, yi: number): YearView {
  const rows = file.values[indicator] ?? [];
  const values = rows[yi] ?? file.codes.map(() => null);
  const flags = flagsAt(file, indicator, yi);
  const previous = file.codes.map((_, ti) => {
    for (let y = yi - 1; y >= 0; y--) {
      const v = rows[y]?.[ti];
      if (v !== null && v !== undefined) return { year: file.years[y], value: v };
    }
    return undefined;
  });
  return { year: file.years[yi], yearIndex: yi, values, flags, previous, ranks: rankValues(values) };
}

/** Every value of every year, for scales that stay the same over the years. */
export function allValues(file: LevelFile, indicator: string): (number | null)[] {
  return (file.values[indicator] ?? []).flat();
}

/** Index of the latest year in which any territory has a value or a confidential cell; −1 if none. */
export function latestYearIndex(file: LevelFile, indicator: string): number {
  const rows = file.values[indicator] ?? [];
  for (let y = rows.length - 1; y >= 0; y--) {
    const f = flagsAt(file, indicator, y);
    if (rows[y].some((v, i) => v !== null || ((f[i] ?? 0) & FLAG.suppressed) !== 0)) return y;
  }
  return -1;
}

export interface StateCounts {
  values: number;
  missing: number;
  suppressed: number;
  demo: number;
}

/** How many shown territories have a value, no data, or confidential data. */
export function stateCounts(values: readonly (number | null)[], flags: readonly number[], keep?: (i: number) => boolean): StateCounts {
  const c: StateCounts = { values: 0, missing: 0, suppressed: 0, demo: 0 };
  for (let i = 0; i < values.length; i++) {
    if (keep && !keep(i)) continue;
    const f = flags[i] ?? 0;
    if (values[i] !== null) {
      c.values++;
      if (f & FLAG.demo) c.demo++;
    } else if (f & FLAG.suppressed) c.suppressed++;
    else c.missing++;
  }
  return c;
}

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
}

export function summarise(sortedValues: readonly number[]): Summary | undefined {
  const n = sortedValues.length;
  if (!n) return undefined;
  const median = n % 2 ? sortedValues[(n - 1) / 2] : (sortedValues[n / 2 - 1] + sortedValues[n / 2]) / 2;
  return { n, min: sortedValues[0], median, max: sortedValues[n - 1] };
}

// ---------------------------------------------------------------- histogram

export interface Bin {
  /** [x0, x1): lower bound included, upper excluded; a single value when x0 === x1. */
  x0: number;
  x1: number;
  count: number;
  /** "value": one value only (a spike, e.g. the many gminas with 0); "tail": everything above x0. */
  kind: 'range' | 'value' | 'tail';
}

/** A step of 1, 2 or 5 × 10^k giving about `target` bins. */
export function niceStep(span: number, target: number): number {
  if (!(span > 0)) return 1;
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/**
 * Bins for the distribution chart, in ascending order (each bin holds a contiguous run
 * of the sorted values). Counts are skewed: a spike at the minimum (most gminas have 0
 * of many things) gets a bar of its own, and a long tail (a few cities far above the
 * rest) goes into one last bar, so the bars between stay readable. In between, bins of
 * equal nice width; whole numbers with a small range get one bin per value.
 */
export function histogram(sorted: readonly number[], integer: boolean, target = 20): Bin[] {
  const n = sorted.length;
  if (!n) return [];
  const min = sorted[0];
  const max = sorted[n - 1];
  if (min === max) return [{ x0: min, x1: min, count: n, kind: 'value' }];
  const bins: Bin[] = [];
  let lo = 0;
  while (lo < n && sorted[lo] === min) lo++;
  if (lo / n > 0.2) bins.push({ x0: min, x1: min, count: lo, kind: 'value' });
  else lo = 0;
  let hi = n;
  let tail: Bin | undefined;
  const rest = sorted.slice(lo);
  if (rest.length >= 50) {
    const p = quantile(rest, 0.98);
    if (max > p + 2 * (p - rest[0]) && p > rest[0]) {
      hi = lo;
      while (hi < n && sorted[hi] <= p) hi++;
      tail = { x0: p, x1: max, count: n - hi, kind: 'tail' };
    }
  }
  if (hi > lo) {
    const cmin = sorted[lo];
    const cmax = sorted[hi - 1];
    let step = integer && cmax - cmin + 1 <= target ? 1 : niceStep(cmax - cmin, target);
    if (integer) step = Math.max(1, Math.round(step));
    const start = Math.floor(cmin / step) * step;
    const nb = Math.floor((cmax - start) / step) + 1;
    const first = bins.length;
    for (let i = 0; i < nb; i++) bins.push({ x0: start + i * step, x1: start + (i + 1) * step, count: 0, kind: 'range' });
    for (let k = lo; k < hi; k++) bins[first + Math.min(nb - 1, Math.floor((sorted[k] - start) / step))].count++;
  }
  if (tail) bins.push(tail);
  return bins;
}

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
