// The indicator map's URL state: the level and year shown, in the query of the
// indicator page and of its embed alike, e.g. /wskaznik/sps-krs/?poziom=powiat&rok=2023
// and /embed/wskaznik/sps-krs/?poziom=powiat&rok=2023. The map island reads it on start
// and writes it back (replaceState) when the reader changes either; a value equal to the
// default (the finest level, the latest year with data) is left out of the address.
import type { MapLevel } from '#features/indicator/map/map-data.ts';
import { LEVEL_SEGMENT } from '#core/urls.ts';

export const MAP_LEVEL_PARAM = 'poziom';
export const MAP_YEAR_PARAM = 'rok';

export interface MapViewState {
  level?: MapLevel;
  year?: number;
}

/** Level and year asked for by a query, kept only if the map offers them. */
export function parseMapState(search: string, levels: readonly MapLevel[], years: readonly number[]): MapViewState {
  const q = new URLSearchParams(search);
  const out: MapViewState = {};
  const word = q.get(MAP_LEVEL_PARAM);
  const level = levels.find((l) => LEVEL_SEGMENT[l] === word || l === word);
  if (level) out.level = level;
  const y = Number(q.get(MAP_YEAR_PARAM));
  if (Number.isInteger(y) && years.includes(y)) out.year = y;
  return out;
}

/** The query with the map's state written in (other parameters kept; defaults removed). */
export function mapStateSearch(search: string, state: Required<MapViewState>, defaults: MapViewState): string {
  const q = new URLSearchParams(search);
  if (state.level === defaults.level) q.delete(MAP_LEVEL_PARAM);
  else q.set(MAP_LEVEL_PARAM, LEVEL_SEGMENT[state.level]);
  if (state.year === defaults.year) q.delete(MAP_YEAR_PARAM);
  else q.set(MAP_YEAR_PARAM, String(state.year));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Event dispatched on window when an island changes the page's URL state (the embed snippets follow it). */
export const VIEW_STATE_EVENT = 'mes:viewstate';
