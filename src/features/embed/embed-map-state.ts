// The indicator map's URL state: the level and year shown, the voivodeship (or, at gmina
// level, the powiat) zoomed to and the class method, in the query of the indicator page
// and of its embed alike, e.g. /wskaznik/sps-krs/?poziom=powiat&obszar=12 shows the
// powiats of Małopolska, here and in /embed/wskaznik/sps-krs/?poziom=powiat&obszar=12.
// The map island reads it on start and writes it back (replaceState) when the reader
// changes any of it; a value equal to the default (the default level, the latest year
// with data, all of Poland, quantile classes) is left out of the address.
import { defaultLevel, isTerritoryMapLevel, type MapLevel } from '#features/indicator/map/map-levels.ts';
import type { ClassMethod } from '#features/indicator/map/map-scale.ts';
import { LEVEL_SEGMENT, MAP_LEVEL_PARAM } from '#core/urls.ts';

export const MAP_YEAR_PARAM = 'rok';
/** A voivodeship code (2 digits) or, for the gmina map, a powiat code (4 digits). */
export const MAP_AREA_PARAM = 'obszar';
export const MAP_METHOD_PARAM = 'klasy';
/** Every parameter of the map's state, for the embed snippets that copy it. */
export const MAP_STATE_PARAMS = [MAP_LEVEL_PARAM, MAP_YEAR_PARAM, MAP_AREA_PARAM, MAP_METHOD_PARAM] as const;

const DEFAULT_METHOD: ClassMethod = 'quantile';
const METHOD_WORD: Record<ClassMethod, string> = { quantile: 'kwantyle', natural: 'naturalne' };

/** The word of a level in the address: the path segment of a territorial level ("wojewodztwo"), a planning-area type as it is ("nuts2"). */
export const mapLevelWord = (l: MapLevel): string => (isTerritoryMapLevel(l) ? LEVEL_SEGMENT[l] : l);

export interface MapViewState {
  level?: MapLevel;
  year?: number;
  /** '' or absent: all of Poland. */
  area?: string;
  method?: ClassMethod;
}

/**
 * The state a query asks for, kept only where the map offers it: a level and year it
 * has, an area inside one of the given voivodeships (a powiat only on the gmina map).
 */
export function parseMapState(
  search: string,
  levels: readonly MapLevel[],
  years: readonly number[],
  voivodeships: readonly string[] = [],
): MapViewState {
  const q = new URLSearchParams(search);
  const out: MapViewState = {};
  const word = q.get(MAP_LEVEL_PARAM);
  const level = levels.find((l) => mapLevelWord(l) === word || l === word);
  if (level) out.level = level;
  const y = Number(q.get(MAP_YEAR_PARAM));
  if (Number.isInteger(y) && years.includes(y)) out.year = y;
  const area = q.get(MAP_AREA_PARAM) ?? '';
  const shownLevel = level ?? defaultLevel(levels);
  // Planning areas are not zoomed by voivodeship (they may cross voivodeship borders).
  const zoomable = !shownLevel || isTerritoryMapLevel(shownLevel);
  if (zoomable && /^\d{2}$/.test(area) && voivodeships.includes(area)) out.area = area;
  else if (zoomable && /^\d{4}$/.test(area) && voivodeships.includes(area.slice(0, 2)))
    out.area = shownLevel === 'gmina' ? area : area.slice(0, 2);
  const method = (Object.keys(METHOD_WORD) as ClassMethod[]).find((m) => METHOD_WORD[m] === q.get(MAP_METHOD_PARAM));
  if (method) out.method = method;
  return out;
}

/** The query with the map's state written in (other parameters kept; defaults removed). */
export function mapStateSearch(
  search: string,
  state: MapViewState & Required<Pick<MapViewState, 'level' | 'year'>>,
  defaults: MapViewState,
): string {
  const q = new URLSearchParams(search);
  if (state.level === defaults.level) q.delete(MAP_LEVEL_PARAM);
  else q.set(MAP_LEVEL_PARAM, mapLevelWord(state.level));
  if (state.year === defaults.year) q.delete(MAP_YEAR_PARAM);
  else q.set(MAP_YEAR_PARAM, String(state.year));
  if (state.area) q.set(MAP_AREA_PARAM, state.area);
  else q.delete(MAP_AREA_PARAM);
  if (state.method && state.method !== DEFAULT_METHOD) q.set(MAP_METHOD_PARAM, METHOD_WORD[state.method]);
  else q.delete(MAP_METHOD_PARAM);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Event dispatched on window when an island changes the page's URL state (the embed snippets follow it). */
export const VIEW_STATE_EVENT = 'mes:viewstate';
