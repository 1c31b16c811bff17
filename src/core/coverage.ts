// How much of a release is real: for every indicator, level and year, how many values
// are real, demonstration, estimate, provisional, confidential or missing, and which
// sources the real ones cite. The pipeline computes it from the built tables and ships
// it (CoverageFile); the coverage page and the bench read the shares back with the
// helpers below, so both count "real" the same way.
import type { Indicator } from './catalogue.ts';
import { VALUE_STATUSES, valueStatus, type Cell, type ValueStatus } from './cells.ts';
import type { CoverageFile, StatusCounts } from './data-types.ts';
import { LEVELS, type Level } from './territory.ts';

/** The built tables, as the pipeline holds them: cells[indicator][yearIndex][territoryIndex]. */
export interface CoverageInput {
  years: number[];
  levels: Record<Level, { codes: string[]; cells: Record<string, (Cell | undefined)[][]> }>;
}

/**
 * Statuses that count as real figures. Estimates and provisional figures come from a
 * real source and are not invented, so they count as real; the page states this and
 * gives their numbers apart.
 */
export const REAL_STATUSES: readonly ValueStatus[] = ['real', 'estimate', 'provisional'];

export const emptyCounts = (): StatusCounts => Object.fromEntries(VALUE_STATUSES.map((s) => [s, 0])) as StatusCounts;

export function computeCoverage(release: string, build: CoverageInput, catalogue: Indicator[]): CoverageFile {
  const entries: CoverageFile['entries'] = [];
  for (const ind of catalogue)
    for (const level of LEVELS) {
      const table = build.levels[level];
      const grid = table.cells[ind.id];
      if (!grid) continue;
      entries.push({
        indicator: ind.id,
        level,
        years: build.years.map((_, yi) => {
          const counts = emptyCounts();
          const sources: Record<string, number> = {};
          for (let ti = 0; ti < table.codes.length; ti++) {
            const cell = grid[yi]?.[ti];
            const status = valueStatus(cell);
            counts[status]++;
            if (REAL_STATUSES.includes(status))
              for (const id of cell?.source?.split('+') ?? []) if (id) sources[id] = (sources[id] ?? 0) + 1;
          }
          return { counts, sources: sortedKeys(sources) };
        }),
      });
    }
  return { release, years: build.years, entries };
}

/** Sorted keys keep the shipped file byte-identical between runs whatever order cells came in. */
function sortedKeys<T>(rec: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(rec).sort(([a], [b]) => a.localeCompare(b)));
}

export function addCounts(list: Iterable<StatusCounts>): StatusCounts {
  const out = emptyCounts();
  for (const c of list) for (const s of VALUE_STATUSES) out[s] += c[s];
  return out;
}

export const totalCount = (c: StatusCounts): number => VALUE_STATUSES.reduce((n, s) => n + c[s], 0);
export const realCount = (c: StatusCounts): number => REAL_STATUSES.reduce((n, s) => n + c[s], 0);

/** Share (0–1) of values with one of the given statuses; 0 when there are no values at all. */
export function shareOf(c: StatusCounts, statuses: readonly ValueStatus[]): number {
  const total = totalCount(c);
  return total ? statuses.reduce((n, s) => n + c[s], 0) / total : 0;
}

export const realShare = (c: StatusCounts): number => shareOf(c, REAL_STATUSES);

/** Every indicator and year of each level added up, for the per-level summary and the bench. */
export function levelTotals(file: CoverageFile): Partial<Record<Level, StatusCounts>> {
  const out: Partial<Record<Level, StatusCounts>> = {};
  for (const level of LEVELS) {
    const entries = file.entries.filter((e) => e.level === level);
    if (entries.length) out[level] = addCounts(entries.flatMap((e) => e.years.map((y) => y.counts)));
  }
  return out;
}

/** The sources of one entry's real values over all its years, most cited first. */
export function entrySources(entry: CoverageFile['entries'][number]): { id: string; values: number }[] {
  const sum = new Map<string, number>();
  for (const y of entry.years) for (const [id, n] of Object.entries(y.sources)) sum.set(id, (sum.get(id) ?? 0) + n);
  return [...sum].map(([id, values]) => ({ id, values })).sort((a, b) => b.values - a.values || a.id.localeCompare(b.id));
}
