// The SVG geometry of the map's levels, built once per level and detail (simplified for
// the whole country, full when zoomed), and the viewBox of a zoomed voivodeship or powiat.
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { DETAIL, levelGeometry, unionBox, viewBoxFor, type Box, type LevelGeometry } from '#core/map-view.ts';
import type { LevelBundle } from './map-data.ts';

export type Detail = keyof typeof DETAIL;

const OVERVIEWS = new WeakMap<Topology, LevelGeometry>();
/** The whole-country geometry of a level's overview topology, built once per topology object (map-warm.ts may have built it already). */
export function overviewGeometry(topology: Topology, level: string): LevelGeometry {
  let g = OVERVIEWS.get(topology);
  if (!g) OVERVIEWS.set(topology, (g = levelGeometry(topology, level, { tolerance: DETAIL.overview })));
  return g;
}

export class GeometryCache {
  private byKey = new Map<string, LevelGeometry>();
  private full = new Map<string, { topology: Topology; projection: GeoProjection }>();

  /**
   * The overview is drawn from the bundle's projected boundaries; zoomed, from the full
   * TopoJSON once setFull has it (until then the overview, zoomed in, stands in: the
   * areas are the same, in the same order, only with less detail). The full TopoJSON is in
   * longitude and latitude and comes with the projection (which loads d3 only then).
   */
  get(b: LevelBundle<Topology>, detail: Detail): LevelGeometry {
    const full = detail === 'zoomed' ? this.full.get(b.level) : undefined;
    const key = `${b.level}|${full ? 'zoomed' : 'overview'}`;
    let g = this.byKey.get(key);
    if (!g)
      this.byKey.set(
        key,
        (g = full
          ? levelGeometry(full.topology, b.level, { tolerance: DETAIL.zoomed, projection: full.projection })
          : overviewGeometry(b.topology as Topology, b.level)),
      );
    return g;
  }

  hasFull(level: string): boolean {
    return this.full.has(level);
  }

  setFull(level: string, topology: Topology, projection: GeoProjection): void {
    this.full.set(level, { topology, projection });
  }
}

/** The whole country, or the box around the areas whose codes start with `prefix`. */
export function zoomViewBox(geo: LevelGeometry | undefined, prefix: string): [number, number, number, number] {
  if (!geo || !prefix) return viewBoxFor(undefined);
  const boxes: Box[] = [];
  geo.codes.forEach((c, i) => c.startsWith(prefix) && boxes.push(geo.boxes[i]));
  return viewBoxFor(unionBox(boxes));
}
