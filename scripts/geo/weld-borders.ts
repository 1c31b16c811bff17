// Welds the borders of neighbouring gminas before the topology is built.
//
// The source simplified every gmina on its own (shapely, 0.003 degrees), so the two
// sides of one border often disagree: one side kept vertices the other dropped, or cut
// the corner where three gminas meet. That leaves sliver gaps and overlaps up to a few
// hundred metres wide, which quantization cannot close. Each step below makes both
// sides use the same vertices, but only where the evidence says it is one border.

import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { pushAll } from '#core/arrays.ts';

/** Two versions of one border lie within 2 x 0.003 degrees of each other. */
const TOLERANCE = 0.0065;
const CELL = 0.01;
/** Two corners of one junction, kept separately by each side. */
const PAIR_TOLERANCE = 0.004;

interface Ring {
  feature: number;
  /** Open ring: the closing vertex is not repeated. */
  coords: Position[];
}

export interface WeldReport {
  cornersPaired: number;
  cornersSnapped: number;
  verticesRestored: number;
  sectionsUnified: number;
  sectionsLeftApart: number;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

function segmentDistance(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function closeTo(points: Position[], line: Position[]): boolean {
  return points.every((p) => line.slice(1).some((b, i) => segmentDistance(p, line[i], b) <= TOLERANCE));
}

const edgeKey = (p: Position, q: Position) => [key(p), key(q)].sort().join('|');

/** Who uses which vertex and edge. */
class BorderIndex {
  readonly owners = new Map<string, Set<number>>();
  readonly edges = new Map<string, Set<number>>();
  readonly grid = new Map<string, Position[]>();
  /** Vertex -> the vertices next to it in any ring, with the ring's feature. */
  readonly adjacent = new Map<string, { feature: number; p: Position }[]>();

  constructor(rings: Ring[]) {
    for (const r of rings) {
      r.coords.forEach((p, i) => {
        const q = r.coords[(i + 1) % r.coords.length];
        this.add(this.owners, key(p), r.feature);
        this.add(this.edges, edgeKey(p, q), r.feature);
        this.adjacent.set(key(p), [...(this.adjacent.get(key(p)) ?? []), { feature: r.feature, p: q }]);
        this.adjacent.set(key(q), [...(this.adjacent.get(key(q)) ?? []), { feature: r.feature, p }]);
      });
    }
    for (const [k, owners] of this.owners) {
      if (owners.size < 2) continue; // only shared vertices can be junctions
      const p = k.split(',').map(Number);
      const c = `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)}`;
      this.grid.set(c, [...(this.grid.get(c) ?? []), p]);
    }
  }

  private add(map: Map<string, Set<number>>, k: string, feature: number): void {
    if (!map.has(k)) map.set(k, new Set());
    map.get(k)!.add(feature);
  }

  ownersOf(p: Position): Set<number> {
    return this.owners.get(key(p)) ?? new Set();
  }

  /** Features other than `feature` that use p. */
  others(p: Position, feature: number): number[] {
    return [...this.ownersOf(p)].filter((g) => g !== feature);
  }

  hasEdge(feature: number, p: Position, q: Position): boolean {
    return this.edges.get(edgeKey(p, q))?.has(feature) ?? false;
  }

  /** A border separates two gminas; a third user of an edge means an overlap. */
  edgeIsFull(p: Position, q: Position, feature: number): boolean {
    return [...(this.edges.get(edgeKey(p, q)) ?? [])].filter((g) => g !== feature).length >= 2;
  }

  moveVertex(feature: number, prev: Position, from: Position, to: Position, next: Position): void {
    this.owners.get(key(from))?.delete(feature);
    this.edges.get(edgeKey(prev, from))?.delete(feature);
    this.edges.get(edgeKey(from, next))?.delete(feature);
    this.add(this.owners, key(to), feature);
    this.add(this.edges, edgeKey(prev, to), feature);
    this.add(this.edges, edgeKey(to, next), feature);
  }

  insertVertex(feature: number, a: Position, v: Position, b: Position): void {
    this.edges.get(edgeKey(a, b))?.delete(feature);
    this.add(this.owners, key(v), feature);
    this.add(this.edges, edgeKey(a, v), feature);
    this.add(this.edges, edgeKey(v, b), feature);
  }

  /** Shared vertices near the box [x0, y0, x1, y1]. */
  junctionsNear(x0: number, y0: number, x1: number, y1: number): Position[] {
    const out: Position[] = [];
    for (let cx = Math.floor((x0 - TOLERANCE) / CELL); cx <= Math.floor((x1 + TOLERANCE) / CELL); cx++) {
      for (let cy = Math.floor((y0 - TOLERANCE) / CELL); cy <= Math.floor((y1 + TOLERANCE) / CELL); cy++) {
        pushAll(out, this.grid.get(`${cx},${cy}`) ?? []);
      }
    }
    return out;
  }
}

/** Neighbours at the nearest shared vertex from position i in direction step (±1). */
function neighboursAlong(r: Ring, index: BorderIndex, i: number, step: number): number[] {
  const n = r.coords.length;
  for (let k = 1; k < n; k++) {
    const others = index.others(r.coords[(i + step * k + n * n) % n], r.feature);
    if (others.length > 0) return others;
  }
  return [];
}

/**
 * Where both sides kept a corner of their own, a few metres to a few hundred apart,
 * nothing is shared to weld to. Pair such corners when each is the other's nearest
 * unshared vertex and each gmina borders the other there; the pair then becomes shared.
 */
function pairCorners(rings: Ring[], index: BorderIndex): number {
  const cells = new Map<string, { ring: number; i: number }[]>();
  const cellOf = (p: Position) => `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)}`;
  const candidates: { ring: number; i: number; neighbours: number[] }[][] = rings.map((r, ring) =>
    r.coords.map((p, i) => {
      if (index.others(p, r.feature).length > 0) return { ring, i, neighbours: [] };
      const neighbours = [...neighboursAlong(r, index, i, -1), ...neighboursAlong(r, index, i, 1)];
      const c = cellOf(p);
      cells.set(c, [...(cells.get(c) ?? []), { ring, i }]);
      return { ring, i, neighbours };
    }),
  );
  const nearest = (ring: number, i: number) => {
    const r = rings[ring];
    const p = r.coords[i];
    let best: { ring: number; i: number; d: number } | undefined;
    const [cx, cy] = cellOf(p).split(',').map(Number);
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const c of cells.get(`${x},${y}`) ?? []) {
          const other = rings[c.ring];
          if (other.feature === r.feature) continue;
          if (!candidates[ring][i].neighbours.includes(other.feature)) continue;
          if (!candidates[c.ring][c.i].neighbours.includes(r.feature)) continue;
          const q = other.coords[c.i];
          const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
          if (d <= PAIR_TOLERANCE && (!best || d < best.d)) best = { ...c, d };
        }
      }
    }
    return best;
  };
  let paired = 0;
  rings.forEach((r, ring) => {
    r.coords.forEach((_, i) => {
      if (candidates[ring][i].neighbours.length === 0) return;
      const partner = nearest(ring, i);
      if (!partner || partner.ring < ring) return; // each pair once, from its first ring
      const back = nearest(partner.ring, partner.i);
      if (!back || back.ring !== ring || back.i !== i) return;
      rings[partner.ring].coords[partner.i] = r.coords[i];
      paired++;
    });
  });
  return paired;
}

/**
 * A ring that kept its own corner near a junction of two neighbours, instead of the
 * junction, leaves a sliver there. Move the corner onto the junction when the junction
 * belongs to the neighbours found on both sides of the corner.
 */
function snapCorners(rings: Ring[], index: BorderIndex): number {
  let snapped = 0;
  for (const r of rings) {
    const best = new Map<string, { i: number; d: number }>();
    r.coords.forEach((w, i) => {
      if (index.others(w, r.feature).length > 0) return;
      const before = neighboursAlong(r, index, i, -1);
      const after = neighboursAlong(r, index, i, 1);
      for (const j of index.junctionsNear(w[0], w[1], w[0], w[1])) {
        const own = index.ownersOf(j);
        const d = Math.hypot(j[0] - w[0], j[1] - w[1]);
        if (own.has(r.feature) || d > TOLERANCE) continue;
        if (!before.some((g) => own.has(g)) || !after.some((g) => own.has(g))) continue;
        const k = key(j);
        if (!best.has(k) || best.get(k)!.d > d) best.set(k, { i, d });
      }
    });
    const moved = new Set<number>();
    const n = r.coords.length;
    for (const [k, { i }] of [...best].sort((x, y) => x[1].d - y[1].d)) {
      const [prev, from, next, to] = [r.coords[(i + n - 1) % n], r.coords[i], r.coords[(i + 1) % n], k.split(',').map(Number)];
      if (moved.has(i) || index.edgeIsFull(prev, to, r.feature) || index.edgeIsFull(to, next, r.feature)) continue;
      moved.add(i);
      index.moveVertex(r.feature, prev, from, to, next);
      r.coords[i] = to;
      snapped++;
    }
  }
  return snapped;
}

/**
 * A ring that dropped a vertex of its neighbour's border cuts the corner past it. Put
 * the vertex v back into the segment a-b when a neighbour's own border runs a -> v (or
 * v -> b) and v lies within the tolerance of a-b. Vertices that the neighbours at both
 * ends reach (the junction itself) go first.
 */
function restoreDroppedVertices(rings: Ring[], index: BorderIndex): number {
  let inserted = 0;
  for (const r of rings) {
    const n = r.coords.length;
    const next: Position[] = [];
    r.coords.forEach((a, i) => {
      next.push(a);
      const b = r.coords[(i + 1) % n];
      const [ownA, ownB] = [index.others(a, r.feature), index.others(b, r.feature)];
      if (ownA.length === 0 && ownB.length === 0) return;
      const reached = (end: Position, own: number[]) =>
        (index.adjacent.get(key(end)) ?? []).filter((x) => own.includes(x.feature)).map((x) => x.p);
      const fromA = reached(a, ownA);
      const fromB = reached(b, ownB);
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const found = [...fromA, ...fromB]
        .filter((v) => !index.ownersOf(v).has(r.feature))
        .map((v) => {
          const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / (dx * dx + dy * dy);
          const both = fromA.some((x) => key(x) === key(v)) && fromB.some((x) => key(x) === key(v));
          return { v, t, both, d: segmentDistance(v, a, b) };
        })
        .filter((c) => c.t > 0 && c.t < 1 && c.d <= TOLERANCE)
        .sort((x, y) => Number(y.both) - Number(x.both) || x.d - y.d);
      const best = found[0];
      if (best && !index.edgeIsFull(a, best.v, r.feature) && !index.edgeIsFull(best.v, b, r.feature)) {
        index.insertVertex(r.feature, a, best.v, b);
        next.push(best.v);
        inserted++;
      }
    });
    r.coords = next;
  }
  return inserted;
}

interface Section {
  ring: number;
  feature: number;
  start: number;
  end: number;
  /** Positions start..end (cyclic); both ends shared with the neighbour, the inside not. */
  path: Position[];
}

/**
 * Between two vertices that both neighbours share, their paths should be one border.
 * When the two paths are close, the one with fewer vertices takes the other's.
 */
function unifySections(rings: Ring[], index: BorderIndex): { unified: number; leftApart: number } {
  const sections = new Map<string, Section[]>();
  rings.forEach((r, ring) => {
    const n = r.coords.length;
    const neighbours = new Set(r.coords.flatMap((p) => index.others(p, r.feature)));
    for (const g of neighbours) {
      const positions = r.coords.flatMap((p, i) => (index.ownersOf(p).has(g) ? [i] : []));
      if (positions.length < 2) continue;
      positions.forEach((start, k) => {
        const end = positions[(k + 1) % positions.length];
        const length = (end - start + n) % n || n;
        const path = Array.from({ length: length + 1 }, (_, i) => r.coords[(start + i) % n]);
        if (!path.slice(1, -1).every((p) => index.ownersOf(p).size === 1)) return;
        const ends = [key(path[0]), key(path.at(-1)!)].sort().join('|');
        const id = `${Math.min(r.feature, g)}|${Math.max(r.feature, g)}|${ends}`;
        sections.set(id, [...(sections.get(id) ?? []), { ring, feature: r.feature, start, end, path }]);
      });
    }
  });

  const replacements = new Map<number, { start: number; end: number; inner: Position[] }[]>();
  let unified = 0;
  let leftApart = 0;
  for (const pair of sections.values()) {
    if (pair.length !== 2 || pair[0].feature === pair[1].feature) continue;
    const [a, b] = pair;
    const bPath = key(b.path[0]) === key(a.path[0]) ? b.path : [...b.path].reverse();
    if (bPath.map(key).join(';') === a.path.map(key).join(';')) continue;
    if (!closeTo(a.path, bPath) || !closeTo(bPath, a.path)) {
      leftApart++;
      continue;
    }
    const aWins = a.path.length > b.path.length || (a.path.length === b.path.length && a.feature < b.feature);
    const [winner, loser] = aWins ? [a, b] : [b, a];
    const inner = key(winner.path[0]) === key(loser.path[0]) ? winner.path : [...winner.path].reverse();
    replacements.set(loser.ring, [
      ...(replacements.get(loser.ring) ?? []),
      { start: loser.start, end: loser.end, inner: inner.slice(1, -1) },
    ]);
    unified++;
  }

  for (const [ring, list] of replacements) {
    const coords = rings[ring].coords;
    const n = coords.length;
    const insertAfter = new Map<number, Position[]>();
    const removed = new Set<number>();
    for (const { start, end, inner } of list.sort((x, y) => x.start - y.start)) {
      const span = Array.from({ length: ((end - start + n) % n || n) - 1 }, (_, i) => (start + 1 + i) % n);
      if (insertAfter.has(start) || span.some((i) => removed.has(i))) continue;
      span.forEach((i) => removed.add(i));
      insertAfter.set(start, inner);
    }
    const next: Position[] = [];
    coords.forEach((p, i) => {
      if (!removed.has(i)) next.push(p);
      pushAll(next, insertAfter.get(i) ?? []);
    });
    rings[ring].coords = next;
  }
  return { unified, leftApart };
}

/** Drops repeated vertices that snapping can leave behind. */
function dedupe(r: Ring): void {
  r.coords = r.coords.filter((p, i, all) => key(p) !== key(all[(i + 1) % all.length]) || all.length === 1);
}

/** Welds the features' shared borders in place. */
export function weldBorders(features: Feature<Polygon | MultiPolygon>[]): WeldReport {
  const polygonsOf = (f: Feature<Polygon | MultiPolygon>) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings: Ring[] = [];
  features.forEach((f, feature) => {
    for (const polygon of polygonsOf(f)) for (const ring of polygon) rings.push({ feature, coords: ring.slice(0, -1) });
  });

  // Pairing and snapping create the shared vertices that the later steps weld to; a
  // second pass of all four steps was tried and changed nothing.
  const cornersPaired = pairCorners(rings, new BorderIndex(rings));
  const cornersSnapped = snapCorners(rings, new BorderIndex(rings));
  rings.forEach(dedupe);
  const verticesRestored = restoreDroppedVertices(rings, new BorderIndex(rings));
  const { unified, leftApart } = unifySections(rings, new BorderIndex(rings));

  const broken = rings.filter((r) => new Set(r.coords.map(key)).size < 3);
  if (broken.length > 0) throw new Error(`welding collapsed rings of features ${broken.map((r) => r.feature)}`);

  let i = 0;
  for (const f of features) {
    for (const polygon of polygonsOf(f)) {
      for (let k = 0; k < polygon.length; k++) {
        const open = rings[i++].coords;
        polygon[k] = [...open, open[0]];
      }
    }
  }
  return { cornersPaired, cornersSnapped, verticesRestored, sectionsUnified: unified, sectionsLeftApart: leftApart };
}
