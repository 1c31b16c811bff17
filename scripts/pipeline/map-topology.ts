// The whole-country boundaries of the indicator map (/data/geo/<level>.overview.json), made
// once here from each level's TopoJSON instead of in every visitor's browser: projected,
// simplified for the overview and written compactly (the format and its error bound are in
// src/features/indicator/map/map-overview.ts). Error against the full boundaries: at most
// DETAIL.overview + half a grid diagonal = 8.8 viewBox units, i.e. 0.88 px when the 640-unit
// map is drawn 640 px wide and 0.54 px at a phone's 390 px.
import type { Topology } from 'topojson-specification';
import { MAP_VIEW } from '#core/map-view.ts';
import { polandProjection } from '#core/projection.ts';
import { encodeOverview, type OverviewFile } from '#features/indicator/map/map-overview.ts';

/** The levels the indicator map draws. */
export const OVERVIEW_LEVELS = ['voivodeship', 'powiat', 'gmina'] as const;

/** The error of an overview file in screen pixels when the map is drawn `widthPx` wide. */
export const overviewErrorPx = (file: Pick<OverviewFile, 'errorUnits'>, widthPx: number): number =>
  (file.errorUnits * widthPx) / MAP_VIEW.width;

/** The overview file of each drawn level, as text to write. */
export function overviewFiles(topologies: Record<string, Topology>): Record<string, string> {
  return Object.fromEntries(
    OVERVIEW_LEVELS.map((level) => [level, JSON.stringify(encodeOverview(topologies[level], level, polandProjection()))]),
  );
}
