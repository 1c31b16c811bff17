// The address follows the map: the level and year shown are read from the query on start
// (?poziom=&rok=) and written back with replaceState, so the address is a permalink and
// the embed snippets (which listen for VIEW_STATE_EVENT) follow the map.
import { mapStateSearch, parseMapState, VIEW_STATE_EVENT, type MapViewState } from '#features/embed/embed-map-state.ts';
import type { MapLevel } from './map-data.ts';

export type { MapViewState };

/** Level and year the address asks for, if the map offers them. */
export function readMapState(levels: readonly MapLevel[], years: readonly number[]): MapViewState {
  return parseMapState(location.search, levels, years);
}

/** Writes the state into the address (defaults left out) and tells the page when it changed. */
export function writeMapState(state: Required<MapViewState>, defaults: MapViewState): void {
  const search = mapStateSearch(location.search, state, defaults);
  if (search !== location.search) {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    window.dispatchEvent(new CustomEvent(VIEW_STATE_EVENT));
  }
}
