// The maps' projection: fitted to Poland's box in the map's viewBox (src/core/map-view.ts,
// which turns projected arcs into SVG paths).
//
// The projection is Albers' conic equal-area with standard parallels at 50° and 53.8°N
// (a sixth in from Poland's extreme latitudes) and central meridian 19°E, the meridian
// of the national grid (PUWG 1992). Equal area matters for a choropleth: a gmina's share
// of the ink is its share of the land. At this scale it looks like the national grid.
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { MAP_VIEW } from './map-view.ts';

export const POLAND_PARALLELS: [number, number] = [50, 53.8];
export const CENTRAL_MERIDIAN = 19;
/** A box around Poland (lon/lat); every level is fitted to it, so all levels share one frame. */
export const POLAND_BBOX: [number, number, number, number] = [14.12, 49.0, 24.15, 54.84];

/** The bounding box as a densified polygon (its edges are curves in a conic projection). */
function bboxPolygon([x0, y0, x1, y1]: [number, number, number, number]): Feature<Polygon> {
  const ring: [number, number][] = [];
  const n = 16;
  for (let i = 0; i <= n; i++) ring.push([x0 + ((x1 - x0) * i) / n, y0]);
  for (let i = 1; i <= n; i++) ring.push([x1, y0 + ((y1 - y0) * i) / n]);
  for (let i = 1; i <= n; i++) ring.push([x1 - ((x1 - x0) * i) / n, y1]);
  for (let i = 1; i <= n; i++) ring.push([x0, y1 - ((y1 - y0) * i) / n]);
  // d3 wants exterior rings clockwise on the sphere: reverse the counter-clockwise ring.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

export function polandProjection(fitTo: Feature | FeatureCollection = bboxPolygon(POLAND_BBOX), view = MAP_VIEW): GeoProjection {
  return geoConicEqualArea()
    .parallels(POLAND_PARALLELS)
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [view.pad, view.pad],
        [view.width - view.pad, view.height - view.pad],
      ],
      fitTo,
    );
}
