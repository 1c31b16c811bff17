// The address follows the map: the level, year, area and class method shown are read from
// the query on start (?poziom=&rok=&obszar=&klasy=) and written back with replaceState, so the address is a permalink and
// the embed snippets (which listen for VIEW_STATE_EVENT) follow the map.
import { mapStateSearch, parseMapState, VIEW_STATE_EVENT, type MapViewState } from '#features/embed/embed-map-state.ts';
import type { MapLevel } from './map-levels.ts';

export type { MapViewState };

/** The state the address asks for, where the map offers it. */
export function readMapState(levels: readonly MapLevel[], years: readonly number[], voivodeships: readonly string[]): MapViewState {
  return parseMapState(location.search, levels, years, voivodeships);
}

/** Writes the state into the address (defaults left out) and tells the page when it changed. */
export function writeMapState(state: MapViewState & Required<Pick<MapViewState, 'level' | 'year'>>, defaults: MapViewState): void {
  const search = mapStateSearch(location.search, state, defaults);
  if (search !== location.search) {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    window.dispatchEvent(new CustomEvent(VIEW_STATE_EVENT));
  }
}
