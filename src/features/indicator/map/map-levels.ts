// The indicator map's levels: which an indicator is drawn at and which it opens on. Apart
// from the map's data (map-data.ts) so that what only needs the levels (the embed
// button's map state on every territory page) does not load the map's decoders.
import type { Level } from '#core/territory.ts';
import { DATA_FILE, dataPath, overviewTopologyPath } from '#core/urls.ts';
import { isAreaType, type AreaType } from '#features/areas/area-types.ts';

/** A territorial level of the map: its areas have TERYT codes, pages and a zoom by voivodeship. */
export type TerritoryMapLevel = Exclude<Level, 'country'>;
/** The map's levels: territorial ones and planning-area types (NUTS 2, NUTS 3, OWES, LAG). */
export type MapLevel = TerritoryMapLevel | AreaType;
export const MAP_LEVELS: readonly TerritoryMapLevel[] = ['voivodeship', 'powiat', 'gmina'];
export const isTerritoryMapLevel = (l: MapLevel): l is TerritoryMapLevel => !isAreaType(l);

/**
 * Levels where an indicator says nothing worth mapping: a gmina always counts one gmina,
 * and its "share of gminas with a social economy unit" is 0 or 100.
 */
const NOT_MAPPED: Record<string, MapLevel[]> = { GMINA_COUNT: ['gmina'], JST_UNIT_PCT: ['gmina'] };

export function mapLevels(ind: { id: string; levels: readonly string[] }): TerritoryMapLevel[] {
  return MAP_LEVELS.filter((l) => ind.levels.includes(l) && !NOT_MAPPED[ind.id]?.includes(l));
}

/**
 * The files the map opens with (its default level's data, projected boundaries and names),
 * which the indicator page asks for before the island wakes up (map-prefetch.ts); the same
 * URLs the island fetches.
 */
export function mapFirstFiles(release: string, ind: { id: string; levels: readonly string[] }): string[] {
  const first = mapLevels(ind).at(-1);
  return first
    ? [
        dataPath(release, DATA_FILE.levelIndicator(first, ind.id)),
        overviewTopologyPath(first),
        dataPath(release, DATA_FILE.names(first)),
        ...(first === 'gmina' ? [dataPath(release, DATA_FILE.names('powiat'))] : []),
      ]
    : [];
}

/** The map's default level: gminas when the indicator has them, else the finest territorial level it has. */
export function defaultLevel(levels: readonly MapLevel[]): MapLevel | undefined {
  return levels.filter(isTerritoryMapLevel).at(-1) ?? levels.at(-1);
}
