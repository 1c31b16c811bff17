// The heart of the pipeline, pure: source rows in, one complete table of cells per
// level out. Real rows win over demo rows for the same cell; each level above the
// gmina is aggregated from the level below by each indicator's rule, unless the level
// has its own source value, which then wins and is checked against the aggregate.
import { aggregate, ratioCell, roundTo } from '#core/aggregate.ts';
import { computeOrder, type Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import { LEVELS, type Level, type Territory } from '#core/territory.ts';
import { existedIn, firstYears, type CreatedGmina } from './created-gminas.ts';
import type { SourceRow } from './source-row.ts';

/** cells[indicator][yearIndex][territoryIndex within its level] */
export interface LevelTable {
  level: Level;
  codes: string[];
  cells: Record<string, (Cell | undefined)[][]>;
}

export interface SourceCheck {
  indicator: string;
  code: string;
  year: number;
  source: number;
  aggregate: number;
  /** Where the published figure came from, so the report says which file to look at. */
  file: string;
  line: number;
}

export interface BuildResult {
  years: number[];
  levels: Record<Level, LevelTable>;
  checks: SourceCheck[];
  /** Demo rows replaced by a real row for the same cell. */
  demoReplaced: number;
  /** Gminas created after the first year: before their creation they have no cells and their parents sum the others. */
  created?: CreatedGmina[];
}

export function mergeRealAndDemo(real: SourceRow[], demo: SourceRow[]): { rows: SourceRow[]; demoReplaced: number } {
  const key = (r: SourceRow) => `${r.indicator}|${r.code}|${r.year}`;
  const realKeys = new Set(real.map(key));
  const kept = demo.filter((r) => !realKeys.has(key(r)));
  return { rows: [...real, ...kept], demoReplaced: demo.length - kept.length };
}

export function buildRelease(
  register: Territory[],
  catalogue: Indicator[],
  rows: SourceRow[],
  years: number[],
  created: readonly CreatedGmina[] = [],
): Omit<BuildResult, 'demoReplaced'> {
  const first = firstYears(created);
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const order = computeOrder(catalogue);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const codesByLevel = Object.fromEntries(LEVELS.map((l) => [l, register.filter((t) => t.level === l).map((t) => t.code)])) as Record<
    Level,
    string[]
  >;
  const levelOf = new Map(register.map((t) => [t.code, t.level]));
  const indexInLevel = new Map<string, number>();
  for (const l of LEVELS) codesByLevel[l].forEach((c, i) => indexInLevel.set(c, i));

  // Source cells by level, then the same [indicator][year][territory] shape as the output.
  const source: Record<Level, Record<string, (SourceRow | undefined)[][]>> = {
    country: {},
    voivodeship: {},
    powiat: {},
    gmina: {},
  };
  for (const r of rows) {
    const level = levelOf.get(r.code)!;
    const yi = yearIndex.get(r.year);
    if (yi === undefined) continue; // validated earlier: rows are inside the release
    const grid = (source[level][r.indicator] ??= years.map(() => new Array(codesByLevel[level].length)));
    grid[yi][indexInLevel.get(r.code)!] = r;
  }

  const children = new Map<string, number[]>();
  for (const t of register) {
    const parent = t.parents.at(-1);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(indexInLevel.get(t.code)!);
    children.set(parent, list);
  }

  const checks: SourceCheck[] = [];
  const levels = {} as Record<Level, LevelTable>;
  const below: Record<Level, Level | undefined> = { gmina: undefined, powiat: 'gmina', voivodeship: 'powiat', country: 'voivodeship' };

  for (const level of [...LEVELS].reverse()) {
    const codes = codesByLevel[level];
    const table: LevelTable = { level, codes, cells: {} };
    const child = below[level];
    const childTable = child ? levels[child] : undefined;
    for (const ind of order) {
      if (!ind.levels.includes(level)) continue;
      const grid = years.map(() => new Array<Cell | undefined>(codes.length));
      table.cells[ind.id] = grid;
      const src = source[level][ind.id];
      const a = ind.aggregation;
      years.forEach((year, yi) => {
        codes.forEach((code, ti) => {
          const row = src?.[yi][ti];
          let computed: Cell | undefined;
          if (a.rule === 'ratio') {
            computed = ratioCell(table.cells[a.numerator]?.[yi][ti], table.cells[a.denominator]?.[yi][ti], a.multiplier);
          } else if (childTable && childTable.cells[ind.id]) {
            // A gmina created later is not a member before it existed: its area is in another's figures.
            const members = (children.get(code) ?? []).filter((m) => existedIn(first, childTable.codes[m], year));
            computed = aggregate(ind.id, byId, (id) => members.map((m) => childTable.cells[id]?.[yi][m]));
          }
          if (row) {
            const cell: Cell = { value: row.value, flags: row.flags, source: row.source };
            grid[yi][ti] = cell;
            if (computed?.value != null && row.value !== null) {
              const s = roundTo(row.value, ind.decimals);
              const c = roundTo(computed.value, ind.decimals);
              if (s !== c) checks.push({ indicator: ind.id, code, year, source: s, aggregate: c, file: row.file, line: row.line });
            }
          } else grid[yi][ti] = computed;
        });
      });
    }
    levels[level] = table;
  }
  const later = created.filter((c) => (first.get(c.code) ?? 0) > years[0]);
  return { years, levels, checks, ...(later.length && { created: later }) };
}

/** The published value of a cell: rounded to the indicator's decimals; suppressed and missing stay null. */
export function publishedValue(cell: Cell | undefined, ind: Indicator): number | null {
  if (!cell || cell.value === null || (cell.flags & FLAG.suppressed) !== 0) return null;
  return roundTo(cell.value, ind.decimals);
}
