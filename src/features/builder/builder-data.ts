// The builder's data model without the engine: a level's data merged from chunks, the
// result types, and group keys. Kept apart from builder-pivot.ts (which pulls in
// arquero) so the island's first chunk stays small and arquero loads in parallel.
import type { Indicator } from '#core/catalogue.ts';
import type { LevelFile } from '#core/data-types.ts';
import type { BuilderTerritory } from './builder-register.ts';
import type { Dim } from './builder-state.ts';
import type { Level } from '#core/territory.ts';

// ---------------------------------------------------------------- loaded data

/** One level of one release, merged from the per-indicator chunks loaded so far. */
export interface LevelData {
  release: string;
  level: Level;
  years: number[];
  codes: string[];
  values: Map<string, (number | null)[][]>;
  flags: Map<string, number[][]>;
}

export function emptyLevelData(release: string, level: Level, years: number[], codes: string[]): LevelData {
  return { release, level, years, codes, values: new Map(), flags: new Map() };
}

/** Adds chunks (level/<level>/<IND>.json or the whole level/<level>.json) to a level's data. */
export function mergeChunks(data: LevelData, chunks: LevelFile[]): LevelData {
  for (const c of chunks) {
    if (c.level !== data.level || c.release !== data.release)
      throw new Error(`chunk of ${c.release}/${c.level} does not belong to ${data.release}/${data.level}`);
    if (c.codes.length !== data.codes.length || c.codes.some((x, i) => x !== data.codes[i]))
      throw new Error('chunk codes differ from the level codes');
    for (const [id, v] of Object.entries(c.values)) {
      data.values.set(id, v);
      data.flags.set(id, c.flags[id] ?? []);
    }
  }
  return data;
}

/** A LevelData from whole chunks, taking years and codes from the first. */
export function levelDataFrom(chunks: LevelFile[]): LevelData {
  if (!chunks.length) throw new Error('no chunks');
  const { release, level, years, codes } = chunks[0];
  return mergeChunks(emptyLevelData(release, level, years, codes), chunks);
}

// ---------------------------------------------------------------- result types

export type CellStateName = 'value' | 'suppressed' | 'missing' | 'refused';

export interface PivotCell {
  value: number | null;
  flags: number;
  state: CellStateName;
  /** The indicator the cell belongs to (decides unit and decimals). */
  ind: string;
}

/** A row or column key: one value per dimension, in the order of the dimensions. null = "all" (a total). */
export type KeyValue = string | number | null;

export interface PivotRow {
  kind: 'data' | 'subtotal' | 'total';
  keys: KeyValue[];
  cells: PivotCell[];
  /** Index of the block (the first row dimension's value) a data or subtotal row belongs to. */
  block: number;
}

export interface PivotResult {
  rowDims: Dim[];
  colDims: Dim[];
  cols: KeyValue[][];
  rows: PivotRow[];
  /** Indicators that could not be aggregated for some group (rule `none`). */
  refused: string[];
  /** How many territories and years the filter kept. */
  territories: number;
  years: number[];
  /** Aggregated cells of the finest groups, by groupKey of all placed non-indicator dimensions; for the chart and a custom area's profile (built when first read). */
  groups: Map<string, Map<string, PivotCell>>;
  /** The non-indicator dimensions of the finest groups, in groupKey order. */
  groupDims: Dim[];
  /** Share of shown value cells that are demonstration data. */
  demoShare: number;
  ms: number;
}

export interface PivotContext {
  data: LevelData;
  catalogue: ReadonlyMap<string, Indicator>;
  register: ReadonlyMap<string, BuilderTerritory>;
}

export const keyString = (vals: KeyValue[]): string => vals.join('|');

/** Splits a group key back into typed values (years are numbers). */
export function splitKey(key: string, dims: Dim[]): KeyValue[] {
  if (!dims.length) return [];
  return key.split('|').map((v, i) => (dims[i] === 'year' ? Number(v) : v));
}

/** The group key for given dimension values (for the chart). */
export function groupKeyOf(dims: Dim[], values: Partial<Record<Dim, KeyValue>>): string {
  return keyString(dims.map((d) => values[d] ?? null));
}
