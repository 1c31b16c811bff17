// The JSON files the pipeline ships under public/data/<release>/ and that pages and
// islands read. Documented with excerpts in data/README.md.
import type { Indicator } from './catalogue.ts';
import type { ValueStatus } from './cells.ts';
import type { CodeChange } from './geo-register.ts';
import type { GminaKind, Level } from './territory.ts';

/**
 * One indicator's values over the release years. v: published values (null =
 * missing or suppressed); f: FLAG bitmasks, omitted when all 0; s: source id(s),
 * one string when the same for every year, else one per year.
 */
export interface Series {
  v: (number | null)[];
  f?: number[];
  s?: string | (string | null)[];
}

export interface RankInfo {
  year: number;
  /** Rank within the level (1 = highest value) and how many had a value. */
  level: { rank: number; of: number; percentile: number };
  /** Rank among the territories with the same parent; absent for the country and voivodeships. */
  parent?: { rank: number; of: number };
}

export interface TerritoryRef {
  code: string;
  level: Level;
  name: string;
  displayName: string;
  slug: string;
}

/** public/data/<release>/territory/<code>.json */
export interface TerritoryFile {
  release: string;
  years: number[];
  territory: TerritoryRef & { kind?: GminaKind; cityWithPowiatRights?: boolean; popClass?: string };
  /** Country first, nearest parent last. */
  parents: TerritoryRef[];
  series: Record<string, Series>;
  /** The same indicators for the nearest parent and for the country (values only). */
  parentSeries?: Record<string, Series>;
  countrySeries?: Record<string, Series>;
  ranks: Record<string, RankInfo>;
  /** Children with their latest value of a few key indicators. */
  children: (TerritoryRef & { key: Record<string, number | null> })[];
  /** Same level, kind and population class, nearest in population. */
  similar: TerritoryRef[];
  /** Whether any shown value is demonstration data. */
  hasDemo: boolean;
  /**
   * A gmina created after the release's first year: before `year` it did not exist, so
   * it has no values then, and its area and people are counted in `countedIn`.
   */
  createdLater?: { year: number; createdOn: string; countedIn: TerritoryRef };
}

/** public/data/<release>/level/<level>.json and level/<level>/<indicator>.json */
export interface LevelFile {
  release: string;
  level: Level;
  years: number[];
  codes: string[];
  /** indicator → per year → per territory (aligned with codes). */
  values: Record<string, (number | null)[][]>;
  flags: Record<string, number[][]>;
}

export interface RegisterEntry extends TerritoryRef {
  kind?: GminaKind;
  cityWithPowiatRights?: boolean;
  parents: string[];
  /** GUS population-size class from the latest population figure. */
  popClass?: string;
  /**
   * First year the unit existed, for a gmina created after the release's first year.
   * Before it, its area is counted in the gmina it was carved from, so a grouping of
   * gminas (the builder's) leaves it out instead of reading "no data".
   */
  existsFrom?: number;
  /**
   * Labels of the planning areas the unit lies in (scripts/pipeline/areas/), for the table
   * builder's grouping: a powiat's NUTS 2, NUTS 3 and OWES area, a gmina's LAG area.
   */
  areas?: Partial<Record<'nuts2' | 'nuts3' | 'owes' | 'lgd', string>>;
}

/** public/data/<release>/manifest.json */
export interface Manifest {
  release: string;
  published: string;
  years: number[];
  notes: { pl: string; en: string };
  sources: Record<string, { title: { pl: string; en: string }; url?: string; licence: string; kind?: 'demo' }>;
  /** Share of non-missing cells that are demo, per indicator and level. */
  demoShare: Record<string, Partial<Record<Level, number>>>;
  files: { path: string; bytes: number; sha256: string }[];
}

export type IndicatorsFile = Indicator[];

/** A published state: a number, "suppressed" (confidential), or null for missing. */
export type PublishedState = number | 'suppressed' | null;

/** One value of an earlier year whose published state changed between two releases. */
export interface Revision {
  code: string;
  level: Level;
  indicator: string;
  year: number;
  old: PublishedState;
  new: PublishedState;
  /** Whether the old or new value is demonstration data (a demo revision is not a statistical one). */
  demo: boolean;
  /** The status of each side (valueStatus), so changes.csv says which of the two was demo. */
  oldStatus: ValueStatus;
  newStatus: ValueStatus;
}

/** public/data/<release>/changes.json (absent for the oldest release). */
export interface ReleaseChanges {
  release: string;
  previous: string;
  newIndicators: string[];
  retiredIndicators: string[];
  territorialChanges: CodeChange[];
  revisions: Revision[];
  /** Revisions per indicator, real and demo apart, for the summary. */
  summary: Record<string, { real: number; demo: number }>;
}

/** How many values have each status (valueStatus in src/core/cells.ts). */
export type StatusCounts = Record<ValueStatus, number>;

/** public/data/<release>/coverage.json: what share of the release's values are real, per indicator, level and year. */
export interface CoverageFile {
  release: string;
  years: number[];
  /** Catalogue order, then levels from the country down; only levels the indicator exists at. */
  entries: {
    indicator: string;
    level: Level;
    /** Aligned with `years`; counts add up to the number of territories of the level. */
    years: {
      counts: StatusCounts;
      /** Source ids cited by the real, estimate and provisional values, with how many values cite each. */
      sources: Record<string, number>;
    }[];
  }[];
}
