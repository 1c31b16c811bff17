// The map's drawing space and the SVG geometry of every territory of a level: the viewBox
// (640 × 600 px on a grid of 0.1 px), arcs projected once onto the grid (by a projection
// the caller gives — src/core/projection.ts — or none for the pipeline's pre-projected
// overviews), simplified, and stitched into paths, with bounds, centroids, borders and
// the outline; and the keyboard's neighbour search over the centroids. No d3 here: the
// indicator page draws its first map from projected overviews, and d3-geo (≈ 17 KB
// compressed) is loaded only where a map projects longitude and latitude.
//
// Speed: instead of d3's geoPath per feature (which projects every shared border twice,
// resamples and clips), each TopoJSON arc is projected once onto an integer grid of
// 0.1 px, repeated points are dropped, and the paths are stitched from the projected
// arcs as short relative commands. Bounds, centroids, the voivodeship borders and the
// outline come from the same arcs. For 2,479 gminas this is several times faster than
// geoPath and gives a smaller DOM.
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';

/** The map's coordinate space: 640 × 600 px drawn on a grid of 0.1 px (viewBox units). */
export const UNITS_PER_PX = 10;
export const MAP_VIEW = { width: 6400, height: 6000, pad: 60 };

export type Box = [[number, number], [number, number]];

export interface LevelGeometry {
  /** TERYT codes in the TopoJSON's order. */
  codes: string[];
  /** SVG path data per territory, in viewBox units. */
  paths: string[];
  /** Projected centroid and bounding box per territory. */
  centroids: [number, number][];
  boxes: Box[];
  /** Borders between voivodeships (drawn over powiats and gminas) and the outline of Poland. */
  voivodeshipBorders: string;
  outline: string;
  /**
   * Planning areas only: the borders between areas, drawn as lines because each area's
   * shape is not stroked (its members' lines inside it are not a border).
   */
  areaBorders?: string;
  index: Map<string, number>;
  ms: number;
}

interface TopoGeometry {
  type: string;
  id?: string | number;
  arcs?: number[][] | number[][][];
}

/**
 * Decodes (delta, quantised) and projects every arc once onto the integer grid; repeated
 * grid points are dropped. With a tolerance (viewBox units), each arc is then simplified
 * by Douglas–Peucker; arcs are shared, so neighbours still meet exactly, and an arc's
 * ends stay put, so the topology holds.
 */
export function projectArcs(topology: Topology, projection: GeoProjection, grid: number, tolerance: number): Int32Array[] {
  const t = topology.transform;
  const [kx, ky] = t ? t.scale : [1, 1];
  const [dx, dy] = t ? t.translate : [0, 0];
  const p: [number, number] = [0, 0];
  return (topology.arcs as number[][][]).map((arc) => {
    const out = new Int32Array(arc.length * 2);
    let n = 0;
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i++) {
      if (t) {
        x += arc[i][0];
        y += arc[i][1];
      } else {
        x = arc[i][0];
        y = arc[i][1];
      }
      p[0] = x * kx + dx;
      p[1] = y * ky + dy;
      const q = projection(p);
      if (!q) continue;
      const px = Math.round(q[0] / grid) * grid;
      const py = Math.round(q[1] / grid) * grid;
      // Keep the last point of an arc even if it repeats, so rings close where they should.
      if (n >= 2 && out[n - 2] === px && out[n - 1] === py && i < arc.length - 1) continue;
      out[n++] = px;
      out[n++] = py;
    }
    const projected = out.subarray(0, n);
    return tolerance > 0 && n > 4 ? simplifyArc(projected, tolerance) : projected;
  });
}

/** Douglas–Peucker on one arc of interleaved x, y; keeps both ends. */
export function simplifyArc(pts: Int32Array, tolerance: number): Int32Array {
  const n = pts.length / 2;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const t2 = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    if (b - a < 2) continue;
    const ax = pts[2 * a];
    const ay = pts[2 * a + 1];
    const bx = pts[2 * b];
    const by = pts[2 * b + 1];
    const ex = bx - ax;
    const ey = by - ay;
    const len2 = ex * ex + ey * ey;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const px = pts[2 * i] - ax;
      const py = pts[2 * i + 1] - ay;
      // Squared distance to the segment (to the point a when the ends coincide: a closed arc).
      let d: number;
      if (len2 === 0) d = px * px + py * py;
      else {
        const cross = px * ey - py * ex;
        d = (cross * cross) / len2;
      }
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(a, worst, worst, b);
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) m += keep[i];
  const out = new Int32Array(m * 2);
  let k = 0;
  for (let i = 0; i < n; i++)
    if (keep[i]) {
      out[k++] = pts[2 * i];
      out[k++] = pts[2 * i + 1];
    }
  return out;
}

class RingWriter {
  parts: string[] = [];
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  /** Signed-area-weighted centroid sums of the current feature. */
  area = 0;
  cx = 0;
  cy = 0;

  /** Writes one ring from its arcs; returns the ring's signed area (grid units²). */
  ring(arcs: Int32Array[], indices: number[]): number {
    let first = true;
    let sx = 0;
    let sy = 0;
    let a = 0;
    let cx = 0;
    let cy = 0;
    let px = 0;
    let py = 0;
    let s = '';
    let head = '';
    for (const idx of indices) {
      const arc = arcs[idx < 0 ? ~idx : idx];
      const n = arc.length / 2;
      for (let k = 0; k < n; k++) {
        if (k === 0 && !first) continue;
        const j = idx < 0 ? n - 1 - k : k;
        const x = arc[2 * j];
        const y = arc[2 * j + 1];
        if (first) {
          head = `M${x} ${y}l`;
          sx = px = x;
          sy = py = y;
          first = false;
        } else {
          if (x === px && y === py) continue;
          s += `${x - px} ${y - py} `;
          const cross = px * y - x * py;
          a += cross;
          cx += (px + x) * cross;
          cy += (py + y) * cross;
          px = x;
          py = y;
        }
        if (x < this.x0) this.x0 = x;
        if (x > this.x1) this.x1 = x;
        if (y < this.y0) this.y0 = y;
        if (y > this.y1) this.y1 = y;
      }
    }
    // A ring that collapsed to a point on the grid draws nothing.
    if (first || !s) return 0;
    const cross = px * sy - sx * py;
    a += cross;
    cx += (px + sx) * cross;
    cy += (py + sy) * cross;
    this.parts.push(`${head}${s.trimEnd()}z`);
    // Holes wind the other way, so their signed area subtracts from the polygon's.
    this.area += a;
    this.cx += cx;
    this.cy += cy;
    return a;
  }

  reset() {
    this.parts = [];
    this.x0 = this.y0 = Infinity;
    this.x1 = this.y1 = -Infinity;
    this.area = this.cx = this.cy = 0;
  }
}

/** Path data of chains of arcs (borders, outlines): one subpath per arc. */
function arcsPath(arcs: Int32Array[], indices: Iterable<number>): string {
  let s = '';
  for (const i of indices) {
    const arc = arcs[i];
    if (arc.length < 4) continue;
    s += `M${arc[0]} ${arc[1]}l`;
    for (let k = 2; k < arc.length; k += 2) s += `${arc[k] - arc[k - 2]} ${arc[k + 1] - arc[k - 1]} `;
  }
  return s.trimEnd();
}

/**
 * Paths of every territory of a level. `grid` is the snapping step in viewBox units
 * (1 = 0.1 px). `tolerance` (viewBox units) simplifies the lines: about half a pixel
 * for the whole country, where finer detail costs paint time and shows nothing, and 0
 * for a zoomed view.
 */
export const DETAIL = { overview: 6, zoomed: 0 };

/**
 * The foreign member marking a TopoJSON whose arcs are already in the map's viewBox units
 * (integers on the 0.1 px grid, delta-encoded, transform scale 1): the whole-country
 * boundaries the map draws first, projected and simplified once by the pipeline.
 */
export const PROJECTED_MARK = 'mes-map-view';
export const isProjectedTopology = (t: Topology): boolean => (t as unknown as { projected?: string }).projected === PROJECTED_MARK;
/** The arcs' roles a planning-area overview carries (src/features/indicator/map/map-overview.ts). */
const lineRolesOf = (t: Topology) => (t as unknown as { lineRoles?: { inner: number[]; outer: number[] } }).lineRoles;
const IDENTITY = ((p: [number, number]) => p) as unknown as GeoProjection;

export function levelGeometry(
  topology: Topology,
  objectName: string,
  opts: { grid?: number; tolerance?: number; projection?: GeoProjection } = {},
): LevelGeometry {
  const t0 = performance.now();
  // A topology already projected onto the map's grid (scripts/pipeline/map-topology.ts)
  // is read as it is: no projection, no second simplification.
  const projected = isProjectedTopology(topology);
  const projection = projected ? IDENTITY : opts.projection;
  // The projection (d3, src/core/projection.ts) is the caller's, so a page that draws only
  // projected overviews never loads d3.
  if (!projection)
    throw new Error(`levelGeometry: ${objectName} is not projected onto the map's grid; pass a projection (polandProjection())`);
  const arcs = projectArcs(topology, projection, opts.grid ?? 1, projected ? 0 : (opts.tolerance ?? 0));
  const object = topology.objects[objectName] as unknown as { geometries: TopoGeometry[] };
  const codes: string[] = [];
  const paths: string[] = [];
  const centroids: [number, number][] = [];
  const boxes: Box[] = [];
  // Which geometries use each arc: one owner = the outline, two with different
  // voivodeship codes = a voivodeship border.
  const owner1 = new Int32Array(arcs.length).fill(-1);
  const owner2 = new Int32Array(arcs.length).fill(-1);
  const w = new RingWriter();
  object.geometries.forEach((g, gi) => {
    codes.push(String(g.id));
    w.reset();
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        w.ring(arcs, ring);
        for (const idx of ring) {
          const a = idx < 0 ? ~idx : idx;
          if (owner1[a] === -1) owner1[a] = gi;
          else if (owner1[a] !== gi) owner2[a] = gi;
        }
      }
    }
    paths.push(w.parts.join(''));
    boxes.push([
      [w.x0, w.y0],
      [w.x1, w.y1],
    ]);
    centroids.push(w.area !== 0 ? [w.cx / (3 * w.area), w.cy / (3 * w.area)] : [(w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2]);
  });
  const border: number[] = [];
  const outer: number[] = [];
  const roles = lineRolesOf(topology);
  const inner = new Set(roles?.inner);
  const edge = new Set(roles?.outer);
  const between: number[] = [];
  for (let a = 0; a < arcs.length; a++) {
    if (owner1[a] < 0) continue;
    if (roles) {
      if (edge.has(a)) outer.push(a);
      else if (!inner.has(a)) between.push(a);
    } else if (owner2[a] < 0) outer.push(a);
    if (owner2[a] >= 0 && objectName !== 'voivodeship' && codes[owner1[a]].slice(0, 2) !== codes[owner2[a]].slice(0, 2)) border.push(a);
  }
  return {
    ...(roles ? { areaBorders: arcsPath(arcs, between) } : {}),
    codes,
    paths,
    centroids,
    boxes,
    voivodeshipBorders: arcsPath(arcs, border),
    outline: arcsPath(arcs, outer),
    index: new Map(codes.map((c, i) => [c, i])),
    ms: performance.now() - t0,
  };
}

/** Union of boxes. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [[a, b], [c, d]] of boxes) {
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** A viewBox showing the box with a margin, in the map's aspect ratio; the whole map when none. */
export function viewBoxFor(box: Box | undefined, view = MAP_VIEW, margin = 0.06): [number, number, number, number] {
  if (!box) return [0, 0, view.width, view.height];
  const [[x0, y0], [x1, y1]] = box;
  let w = (x1 - x0) * (1 + 2 * margin);
  let h = (y1 - y0) * (1 + 2 * margin);
  const aspect = view.width / view.height;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  // Never zoom in beyond 12×: a tiny gmina would otherwise fill the frame.
  const minW = view.width / 12;
  if (w < minW) {
    w = minW;
    h = w / aspect;
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return [Math.round(cx - w / 2), Math.round(cy - h / 2), Math.round(w), Math.round(h)];
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The territory an arrow key moves to: the nearest centroid in that direction, within a
 * 60° cone either side, preferring ones straight ahead. `keep` limits the choice to the
 * territories shown (a zoomed voivodeship).
 */
export function neighbourInDirection(
  centroids: readonly [number, number][],
  from: number,
  dir: Direction,
  keep: (i: number) => boolean = () => true,
): number {
  const [fx, fy] = centroids[from];
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < centroids.length; i++) {
    if (i === from || !keep(i)) continue;
    const dx = centroids[i][0] - fx;
    const dy = centroids[i][1] - fy;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along * 1.7) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** The territory whose centroid is nearest a point (where keyboard navigation starts). */
export function nearestTo(centroids: readonly [number, number][], x: number, y: number, keep: (i: number) => boolean = () => true): number {
  let best = -1;
  let bestD = Infinity;
  centroids.forEach(([cx, cy], i) => {
    if (!keep(i)) return;
    const d = (cx - x) ** 2 + (cy - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}
