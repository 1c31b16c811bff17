// Dissolves groups of gmina polygons of one topology into powiat, voivodeship and
// country polygons that reuse the gminas' arcs, so all levels share their borders.
//
// topojson-client's mergeArcs does the same when the topology is clean, but its stitch
// step assumes at most two outline arcs meet at a point. The source gminas still leave
// small gaps and overlaps after welding, where four or more outline arcs meet, and
// mergeArcs then returns broken rings (an "exterior" of a fraction of the country). Here
// the outline arcs are followed with a turn rule instead, which always closes rings,
// and rings that are only slivers between gminas are dropped.
import { pushAll } from '#core/arrays.ts';

/** Arcs as absolute [lon, lat] positions (the topology must not be quantized yet). */
export type Arcs = number[][][];
/** A polygon as rings of arc indices (negative: ~index, reversed). */
export type PolygonArcs = number[][];

export interface DissolveReport {
  /** Rings dropped: gaps (holes), overlaps (exteriors inside the outline), specks. */
  slivers: number;
  /** Holes kept: enclaves of other territories, e.g. a city inside its powiat. */
  holes: number;
}

const RAD = Math.PI / 180;
// Parts smaller than this are mostly specks where two gminas' borders overlap (some of
// zero area, which d3 would draw inverted, as the whole globe); see dissolveLevel.
const MIN_PART_KM2 = 0.5;
const MIN_SPECK_KM2 = 0.01;

function arcPoints(arcs: Arcs, i: number): number[][] {
  return i < 0 ? [...arcs[~i]].reverse() : arcs[i];
}

function ringPoints(arcs: Arcs, ring: number[]): number[][] {
  const out: number[][] = [];
  for (const i of ring) pushAll(out, arcPoints(arcs, i).slice(out.length ? 1 : 0));
  return out;
}

/** Signed area in km² on a sinusoidal (equal-area) projection; negative = clockwise. */
function signedArea(points: number[][]): number {
  let sum = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const [x0, y0] = points[k];
    const [x1, y1] = points[k + 1];
    sum += x0 * Math.cos(y0 * RAD) * y1 - x1 * Math.cos(y1 * RAD) * y0;
  }
  return (sum / 2) * RAD * RAD * 6371 ** 2;
}

function contains(ring: number[][], [x, y]: number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point just inside the ring beside its first edge (right of it for a clockwise ring). */
function probe(ring: number[][], area: number): number[] {
  const [a, b] = ring;
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const side = (area < 0 ? 1e-6 : -1e-6) / Math.hypot(dx, dy);
  return [(a[0] + b[0]) / 2 + dy * side, (a[1] + b[1]) / 2 - dx * side];
}

const pointKey = (p: number[]) => `${p[0]},${p[1]}`;

/**
 * Follows the outline arcs of one group (arcs used once within it) into closed rings.
 * At a point where several outline arcs leave, take the first one counter-clockwise
 * from the way we came: with clockwise exteriors this keeps touching rings apart.
 */
function outlineRings(arcs: Arcs, polygons: PolygonArcs[]): number[][] {
  // Net use: an arc that one gmina uses forwards and its neighbour backwards is an
  // inner border. Whatever does not cancel (once, or twice the same way where two
  // gminas overlap) is outline, as often as it is left over, so every point keeps as
  // many outline arcs arriving as leaving and the walk below always closes.
  const net = new Map<number, number>();
  for (const polygon of polygons) {
    for (const ring of polygon) for (const i of ring) net.set(i < 0 ? ~i : i, (net.get(i < 0 ? ~i : i) ?? 0) + (i < 0 ? -1 : 1));
  }
  const outline: number[] = [];
  for (const [i, n] of [...net].sort((x, y) => x[0] - y[0])) {
    for (let k = 0; k < Math.abs(n); k++) outline.push(n > 0 ? i : ~i);
  }
  const leaving = new Map<string, number[]>();
  outline.forEach((arc, id) => {
    const k = pointKey(arcPoints(arcs, arc)[0]);
    leaving.set(k, [...(leaving.get(k) ?? []), id]);
  });
  const angle = (from: number[], to: number[]) => Math.atan2(to[1] - from[1], (to[0] - from[0]) * Math.cos(from[1] * RAD));
  const used = new Set<number>();
  const rings: number[][] = [];
  outline.forEach((firstArc, first) => {
    if (used.has(first)) return;
    const ring = [first];
    used.add(first);
    const start = pointKey(arcPoints(arcs, firstArc)[0]);
    for (;;) {
      const points = arcPoints(arcs, outline[ring.at(-1)!]);
      const end = points.at(-1)!;
      const back = angle(end, points.at(-2)!);
      const turn = (id: number) => {
        const a = angle(end, arcPoints(arcs, outline[id])[1]) - back;
        return a <= 0 ? a + 2 * Math.PI : a;
      };
      const options = (leaving.get(pointKey(end)) ?? []).filter((id) => !used.has(id)).sort((x, y) => turn(x) - turn(y));
      // Closing the ring is one more option: its next arc would be the first one.
      if (options.length === 0 || (pointKey(end) === start && turn(first) <= turn(options[0]))) break;
      ring.push(options[0]);
      used.add(options[0]);
    }
    const ends = ringPoints(
      arcs,
      ring.map((id) => outline[id]),
    );
    if (pointKey(ends[0]) !== pointKey(ends.at(-1)!)) throw new Error('dissolve: an outline ring does not close');
    pushAll(
      rings,
      splitLoops(
        arcs,
        ring.map((id) => outline[id]),
      ),
    );
  });
  return rings;
}

/**
 * A walk that passes a point twice (where two gminas overlap along an arc) is split
 * into simple loops there, so that the overlap becomes a ring of its own.
 */
function splitLoops(arcs: Arcs, ring: number[]): number[][] {
  const loops: number[][] = [];
  const stack: number[] = [];
  const startAt = new Map<string, number>();
  const startKey = (i: number) => pointKey(arcPoints(arcs, i)[0]);
  for (const arc of ring) {
    startAt.set(startKey(arc), stack.length);
    stack.push(arc);
    const back = startAt.get(pointKey(arcPoints(arcs, arc).at(-1)!));
    if (back === undefined) continue;
    const loop = stack.splice(back);
    for (const a of loop) startAt.delete(startKey(a));
    loops.push(loop);
  }
  if (stack.length > 0) throw new Error('dissolve: a loop of an outline ring does not close');
  return loops;
}

/**
 * Dissolves each group of gmina polygons (one group per territory of the level).
 * - An exterior ring inside a larger exterior of the same territory is an overlap
 *   between two of its gminas: dropped.
 * - A hole is an enclave (a city inside its powiat) when other territories of the level
 *   use at least half of its arcs; otherwise it is a gap between the territory's own
 *   gminas: dropped.
 * - Parts under MIN_PART_KM2 are kept only when other territories use all their arcs,
 *   as with the 0.1-0.3 km² exclaves of Dobrzyca, Przysucha or Tomaszów Mazowiecki
 *   inside a neighbouring powiat; the rest are specks where borders overlap.
 */
export function dissolveLevel(arcs: Arcs, groups: Map<string, PolygonArcs[]>, report: DissolveReport): Map<string, PolygonArcs[]> {
  const rings = new Map(
    [...groups].map(([code, polygons]) => [
      code,
      outlineRings(arcs, polygons).map((ring) => {
        const points = ringPoints(arcs, ring);
        return { ring, points, area: signedArea(points) };
      }),
    ]),
  );
  const users = new Map<number, Set<string>>();
  for (const [code, list] of rings) {
    for (const { ring } of list) for (const i of ring) users.set(i < 0 ? ~i : i, (users.get(i < 0 ? ~i : i) ?? new Set()).add(code));
  }
  const sharedShare = (ring: number[], code: string) =>
    ring.filter((i) => [...users.get(i < 0 ? ~i : i)!].some((c) => c !== code)).length / ring.length;
  const smallButShared = (r: { ring: number[]; area: number }, code: string) =>
    Math.abs(r.area) >= MIN_SPECK_KM2 && sharedShare(r.ring, code) === 1;

  const out = new Map<string, PolygonArcs[]>();
  for (const [code, list] of rings) {
    const exteriors = list.filter((r) => r.area < 0).sort((a, b) => a.area - b.area);
    const kept = exteriors.filter((r, k) => {
      const inside = exteriors.slice(0, k).some((big) => contains(big.points, probe(r.points, r.area)));
      const keep = k === 0 || (!inside && (-r.area >= MIN_PART_KM2 || smallButShared(r, code)));
      if (!keep) report.slivers++;
      return keep;
    });
    const polygons: PolygonArcs[] = kept.map((r) => [r.ring]);
    for (const hole of list.filter((r) => r.area >= 0)) {
      const owner = kept.findLastIndex((r) => -r.area > hole.area && contains(r.points, probe(hole.points, hole.area)));
      const enclave = hole.area >= MIN_PART_KM2 ? sharedShare(hole.ring, code) >= 0.5 : smallButShared(hole, code);
      if (owner < 0 || !enclave) {
        report.slivers++;
        continue;
      }
      polygons[owner].push(hole.ring);
      report.holes++;
    }
    out.set(code, polygons);
  }
  return out;
}
