// Places entities without coordinates inside their gmina (data/geo/gmina.topo.json).
//
// Anchor: the gmina's centroid (d3-geo geoCentroid), or, when the centroid falls outside
// the gmina — a rural gmina ringed round a town, a crescent, islands — the grid point
// inside it farthest from its boundary. Entities of one gmina, in id order, sit on a
// sunflower spiral around the anchor (the first on it, the k-th at STEP·√k, turned by
// the golden angle, the whole spiral rotated by a seeded angle), so no two overlap; a
// point that would leave the gmina is pulled in (half, quarter… the radius) or moved to a
// later spiral position. All such points are marked approximate.
import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { uniformFor } from '#scripts/pipeline/demo/random.ts';

/** Spiral step in degrees of latitude (about 220 m). */
export const STEP = 0.002;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const GRID = 24;

type Area = Feature<Polygon | MultiPolygon>;

export interface GminaPlacer {
  /** Whether the topology has the gmina. */
  has(code: string): boolean;
  /** [lon, lat] of the anchor point. */
  anchor(code: string): [number, number];
  /** The k-th position (0-based) of the gmina's spiral, always inside the gmina. */
  position(code: string, k: number): { lat: number; lon: number };
  contains(code: string, lon: number, lat: number): boolean;
}

function rings(f: Area): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Planar distance (km-like, longitude scaled by cos lat) from a point to the nearest boundary segment. */
function boundaryDistance(f: Area, lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings(f))
    for (let i = 1; i < ring.length; i++) {
      const ax = ring[i - 1][0] * k;
      const ay = ring[i - 1][1];
      const bx = ring[i][0] * k;
      const by = ring[i][1];
      const px = lon * k;
      const py = lat;
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
      const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
      if (d < best) best = d;
    }
  return best;
}

/** The grid point inside the area farthest from its boundary (a coarse pole of inaccessibility). */
export function interiorPoint(f: Area): [number, number] {
  const [[x0, y0], [x1, y1]] = geoBounds(f);
  let best: [number, number] | undefined;
  let bestD = -1;
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++) {
      const lon = x0 + ((x1 - x0) * (i + 0.5)) / (GRID + 1);
      const lat = y0 + ((y1 - y0) * (j + 0.5)) / (GRID + 1);
      if (!geoContains(f, [lon, lat])) continue;
      const d = boundaryDistance(f, lon, lat);
      if (d > bestD) {
        bestD = d;
        best = [lon, lat];
      }
    }
  // A sliver thinner than the grid: fall back to the midpoint of the first edge, nudged inwards.
  if (!best) {
    const r = rings(f)[0];
    best = [(r[0][0] + r[1][0]) / 2, (r[0][1] + r[1][1]) / 2];
  }
  return best;
}

export function gminaPlacer(topology: Topology, seed: string, objectName = 'gmina'): GminaPlacer {
  const object = topology.objects[objectName] as GeometryCollection;
  const fc = feature(topology, object);
  const features = new Map<string, Area>();
  for (const f of fc.features) if (f.id !== undefined) features.set(String(f.id), f as Area);
  const anchors = new Map<string, [number, number]>();
  const get = (code: string): Area => {
    const f = features.get(code);
    if (!f) throw new Error(`gmina ${code} is not in the topology`);
    return f;
  };
  const anchor = (code: string): [number, number] => {
    let a = anchors.get(code);
    if (!a) {
      const f = get(code);
      const c = geoCentroid(f) as [number, number];
      a = geoContains(f, c) ? c : interiorPoint(f);
      anchors.set(code, a);
    }
    return a;
  };
  const contains = (code: string, lon: number, lat: number) => geoContains(get(code), [lon, lat]);
  const spiral = (code: string, k: number, scale: number): [number, number] => {
    const [lon, lat] = anchor(code);
    const rot = 2 * Math.PI * uniformFor(seed, 'entity-spiral', code);
    const r = STEP * Math.sqrt(k) * scale;
    const t = rot + k * GOLDEN_ANGLE;
    return [lon + (r * Math.cos(t)) / Math.cos((lat * Math.PI) / 180), lat + r * Math.sin(t)];
  };
  return {
    has: (code) => features.has(code),
    anchor,
    contains,
    position(code, k) {
      const round = (p: [number, number]) => ({ lon: Math.round(p[0] * 1e4) / 1e4, lat: Math.round(p[1] * 1e4) / 1e4 });
      if (k === 0) {
        const q = round(anchor(code));
        if (contains(code, q.lon, q.lat)) return q;
      }
      for (const scale of k === 0 ? [] : [1, 0.5, 0.25]) {
        const p = spiral(code, k, scale);
        const q = round(p);
        if (contains(code, q.lon, q.lat)) return q;
      }
      // Later positions of the spiral at a small scale, offset so they do not meet earlier points.
      for (let m = 1; m < 200; m++) {
        const p = spiral(code, k + m * 997, 0.1);
        const q = round(p);
        if (contains(code, q.lon, q.lat)) return q;
      }
      return round(anchor(code));
    },
  };
}

/** Places every entity without a location, in id order within each gmina. */
export function placeEntities<T extends { id: string; gmina: string; location: { lat: number; lon: number; approximate: boolean } | null }>(
  entities: T[],
  placer: GminaPlacer,
): (T & { location: { lat: number; lon: number; approximate: boolean } })[] {
  const byGmina = new Map<string, T[]>();
  for (const e of entities) if (!e.location) byGmina.set(e.gmina, [...(byGmina.get(e.gmina) ?? []), e]);
  const placed = new Map<string, { lat: number; lon: number; approximate: boolean }>();
  for (const [code, list] of byGmina) {
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list.forEach((e, k) => placed.set(e.id, { ...placer.position(code, k), approximate: true }));
  }
  return entities.map((e) => ({ ...e, location: e.location ?? placed.get(e.id)! }));
}
