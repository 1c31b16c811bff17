// The boundaries the indicator map draws for the whole country, as the pipeline ships them
// (/data/geo/<level>.overview.json, scripts/pipeline/map-topology.ts): already projected
// onto the map's viewBox, simplified for the overview and snapped to a coarser grid, and
// written compactly, so a phone fetches a third of the full TopoJSON's bytes and skips
// projecting it. A zoomed map still fetches the full TopoJSON.
//
// The file: { format, level, grid, tolerance, errorUnits, lengths, coords, geometries }.
//   - coords: every arc's points one after the other, each as the step (in grid units)
//     from the point before it, across arc ends too (arcs that follow each other mostly
//     meet, so most steps are small); lengths: the number of points of each arc.
//   - geometries: [code, rings] for a Polygon, [code, rings, 1] for a MultiPolygon, each
//     ring's arc references written as steps from the ring's previous reference (arcs are
//     numbered in order of first use, so a ring's new arcs step by 1).
// decodeOverview turns it back into a TopoJSON in viewBox units, which levelGeometry
// (src/core/map-view.ts) reads without projecting.
import type { Topology } from 'topojson-specification';
import type { GeoProjection } from 'd3-geo';
import { DETAIL, PROJECTED_MARK, projectArcs } from '#core/map-view.ts';

export const OVERVIEW_FORMAT = 'mes-map-overview-1';
/** Grid step of the overview's points, in viewBox units (10 units = 1 px of the 640 px map). */
export const OVERVIEW_GRID = 4;

type Geometry = [string, number[][]] | [string, number[][][], 1];

export interface OverviewFile {
  format: typeof OVERVIEW_FORMAT;
  level: string;
  grid: number;
  tolerance: number;
  /** Largest distance from the full boundary, viewBox units: simplification + snapping. */
  errorUnits: number;
  lengths: number[];
  coords: number[];
  geometries: Geometry[];
  /**
   * Planning areas only (scripts/pipeline/areas/area-map-files.ts): arcs inside one area,
   * not drawn, and arcs at the edge of the areas, drawn as the outline; every other arc is
   * a border between two areas.
   */
  inner?: number[];
  outer?: number[];
}

/** The largest distance (viewBox units) between an overview point or line and the full boundary. */
export const overviewError = (grid: number, tolerance: number): number => tolerance + (grid / 2) * Math.SQRT2;

const stepRefs = (ring: number[]): number[] => {
  let prev = 0;
  return ring.map((r) => {
    const d = r - prev;
    prev = r;
    return d;
  });
};
const unstepRefs = (ring: number[]): number[] => {
  let prev = 0;
  return ring.map((d) => (prev += d));
};

interface TopoGeometry {
  type: string;
  id?: string | number;
  arcs?: number[][] | number[][][];
}

/**
 * The overview file of one level of a TopoJSON in longitude/latitude (object name = level),
 * projected by `projection` (polandProjection(); given by the pipeline, so the browser's
 * decoder does not load d3).
 */
export function encodeOverview(
  topology: Topology,
  level: string,
  projection: GeoProjection,
  grid = OVERVIEW_GRID,
  tolerance: number = DETAIL.overview,
): OverviewFile {
  const arcs = projectArcs(topology, projection, grid, tolerance);
  const lengths: number[] = [];
  const coords: number[] = [];
  let px = 0;
  let py = 0;
  for (const a of arcs) {
    lengths.push(a.length / 2);
    for (let k = 0; k < a.length; k += 2) {
      coords.push((a[k] - px) / grid, (a[k + 1] - py) / grid);
      px = a[k];
      py = a[k + 1];
    }
  }
  const object = topology.objects[level] as unknown as { geometries: TopoGeometry[] };
  const geometries = object.geometries.map((g): Geometry => {
    const code = String(g.id);
    if (g.type === 'MultiPolygon') return [code, (g.arcs as number[][][]).map((p) => p.map(stepRefs)), 1];
    if (g.type === 'Polygon') return [code, (g.arcs as number[][]).map(stepRefs)];
    throw new Error(`${level} ${code}: a ${g.type} is not an area`);
  });
  return { format: OVERVIEW_FORMAT, level, grid, tolerance, errorUnits: overviewError(grid, tolerance), lengths, coords, geometries };
}

const DECODED = new WeakMap<OverviewFile, Topology>();
/** decodeOverview, once per file object (the page's warm-up and the island share the prefetched one: map-warm.ts). */
export function decodedOverview(file: OverviewFile): Topology {
  let t = DECODED.get(file);
  if (!t) DECODED.set(file, (t = decodeOverview(file)));
  return t;
}

/** The overview file as a TopoJSON in viewBox units (marked as projected). */
export function decodeOverview(file: OverviewFile): Topology {
  if (file?.format !== OVERVIEW_FORMAT) throw new Error(`not a map overview file (${String(file?.format)})`);
  const g = file.grid;
  const arcs: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let k = 0;
  for (const n of file.lengths) {
    // TopoJSON arcs are delta-encoded per arc: the first point absolute, then steps.
    const arc: [number, number][] = [];
    let ax = 0;
    let ay = 0;
    for (let i = 0; i < n; i++, k += 2) {
      x += file.coords[k] * g;
      y += file.coords[k + 1] * g;
      arc.push([x - ax, y - ay]);
      ax = x;
      ay = y;
    }
    arcs.push(arc);
  }
  const geometries = file.geometries.map((geom) =>
    geom[2] === 1
      ? { type: 'MultiPolygon', id: geom[0], arcs: (geom[1] as number[][][]).map((p) => p.map(unstepRefs)) }
      : { type: 'Polygon', id: geom[0], arcs: (geom[1] as number[][]).map(unstepRefs) },
  );
  return {
    type: 'Topology',
    projected: PROJECTED_MARK,
    ...(file.inner && file.outer ? { lineRoles: { inner: file.inner, outer: file.outer } } : {}),
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: { [file.level]: { type: 'GeometryCollection', geometries } },
    arcs,
  } as unknown as Topology;
}
