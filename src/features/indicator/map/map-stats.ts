// Timings of the map island, kept on window.__mesMap for the bench
// (tests/e2e/helpers/map-bench.ts) and for anyone curious in the console.
import type { MapLevel } from './map-levels.ts';

export interface MapStats {
  /** Data arrived → map drawn and painted (ms), of which geometry; the table and chart follow. */
  firstRender: Partial<Record<MapLevel, { ms: number; geometryMs: number; paths: number }>>;
  /** Time to set the fills on a redraw. */
  redraws: { level: MapLevel; year: number; ms: number }[];
  /** Year change → table, legend counts and chart updated (after the map). */
  panels: { level: MapLevel; year: number; ms: number }[];
}

/** The page's counters, shared by every map island on it. */
export function mapStats(): MapStats {
  return ((globalThis as Record<string, unknown>).__mesMap ??= { firstRender: {}, redraws: [], panels: [] }) as MapStats;
}

/** Adds a timing, keeping the latest 200 (playing through the years would grow the list). */
export function record<T>(list: T[], entry: T): void {
  list.push(entry);
  if (list.length > 200) list.shift();
}
