// The indicator map's planning-area levels (NUTS 2, NUTS 3, OWES, LAG): per release and
// type, the areas' boundaries as an overview file (each area its members' shapes, with
// which lines to draw: the edge, the borders between areas, not the lines inside one), the names the map labels and links them by, and one
// small level file per indicator, shaped like a territory level's so the map reads both
// alike. Per release, not in the shared /data/geo/: a real definition file can change an
// area's members from one release to the next.
import { geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

interface MemberGeometry {
  type: string;
  id?: string | number;
  arcs?: number[][] | number[][][];
}
import type { Feature, Geometry } from 'geojson';
import type { Indicator } from '#core/catalogue.ts';
import { arcRenumbering } from '#core/topology-arcs.ts';
import { encodeOverview, type OverviewFile } from '#features/indicator/map/map-overview.ts';
import { polandProjection } from '#core/projection.ts';
import type { AreaType } from '#features/areas/area-types.ts';
import type { AreaMapNames, AreaLevelFile } from '#features/areas/area-map-data.ts';
import type { AreaDefinition } from './definitions.ts';

/**
 * One geometry per area: its members' polygons together, in a topology holding only the
 * arcs they use (renumbered). The members are not merged (topojson's mergeArcs keeps one
 * exterior ring per connected group and turns the other rings into holes, which on these
 * boundaries, whose neighbours often do not share a line, cut away whole members); the
 * lines inside an area are left undrawn instead (arcRoles). Members missing from the
 * topology are skipped; an area with none left has no shape.
 */
export function areaTopology(
  members: Topology,
  memberLevel: 'powiat' | 'gmina',
  type: AreaType,
  areas: readonly Pick<AreaDefinition, 'id' | 'members'>[],
): Topology {
  const byId = new Map(
    ((members.objects[memberLevel] as GeometryCollection).geometries as unknown as MemberGeometry[]).map((g) => [String(g.id), g]),
  );
  const polygonsOf = (g: MemberGeometry): number[][][] =>
    g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
  const grouped = areas
    .map((a) => ({
      id: a.id,
      arcs: a.members.flatMap((m) => {
        const g = byId.get(m);
        return g ? polygonsOf(g) : [];
      }),
    }))
    .filter((g) => g.arcs.length > 0);
  const { ref, arcs } = arcRenumbering(members.arcs);
  const geometries = grouped.map((g) => ({
    type: 'MultiPolygon' as const,
    id: g.id,
    arcs: g.arcs.map((polygon) => polygon.map((ring) => ring.map(ref))),
  }));
  return {
    type: 'Topology',
    ...(members.transform ? { transform: members.transform } : {}),
    objects: { [type]: { type: 'GeometryCollection', geometries } },
    arcs,
  } as Topology;
}

/** Absolute longitude/latitude points of every arc (a quantised topology's deltas summed up). */
export function decodeArcs(t: Topology): [number, number][][] {
  const [sx, sy] = t.transform?.scale ?? [1, 1];
  const [tx, ty] = t.transform?.translate ?? [0, 0];
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): [number, number] => {
      if (!t.transform) return [dx, dy];
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** About 200 m: wider than the gaps between neighbours' lines, narrower than any member. */
export const STEP_DEGREES = 0.002;
const STEPS = [STEP_DEGREES / 8, STEP_DEGREES / 4, STEP_DEGREES / 2, STEP_DEGREES];

/**
 * What each arc of an area topology is drawn as. The member boundaries are not a clean
 * topology (neighbours often do not share their line: 2,646 of the powiat map's 6,183
 * arcs belong to one powiat only), so an arc used by one area is not necessarily the
 * edge of the map: it is classified by looking for the nearest area on each side of its middle:
 * the same area on both sides = inner (not drawn), no area on one side = outer (the edge
 * of Poland or of the areas, drawn as the outline), two areas = a border between them.
 */
export function arcRoles(
  areaTopo: Topology,
  type: AreaType,
  areaOfPoint: (p: [number, number]) => string | undefined,
): { inner: number[]; outer: number[] } {
  const geometries = (areaTopo.objects[type] as GeometryCollection).geometries as unknown as { id: string; arcs: number[][][] }[];
  const owners = areaTopo.arcs.map(() => new Set<string>());
  const uses = new Int32Array(areaTopo.arcs.length);
  for (const g of geometries)
    for (const polygon of g.arcs)
      for (const ring of polygon)
        for (const i of ring) {
          owners[i < 0 ? ~i : i].add(g.id);
          uses[i < 0 ? ~i : i]++;
        }
  const points = decodeArcs(areaTopo);
  const inner: number[] = [];
  const outer: number[] = [];
  owners.forEach((own, a) => {
    if (own.size !== 1) return;
    // Shared by two members of one area: inside it, whatever lies beside it.
    if (uses[a] > 1) return void inner.push(a);
    const pts = points[a];
    const k = Math.max(0, Math.floor((pts.length - 2) / 2));
    const p = pts[k];
    const q = pts[Math.min(k + 1, pts.length - 1)];
    const mid: [number, number] = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    // A step perpendicular to the segment, in ground units (a degree of longitude is shorter by cos(latitude)).
    const c = Math.cos((mid[1] * Math.PI) / 180);
    const ex = (q[0] - p[0]) * c;
    const ey = q[1] - p[1];
    const len = Math.hypot(ex, ey) || 1;
    // The nearest area on each side: small steps first (a short arc's neighbours are close), up to STEP_DEGREES.
    const side = (s: number): string | undefined => {
      for (const step of STEPS) {
        const found = areaOfPoint([mid[0] + (s * -ey * step) / len / c, mid[1] + (s * ex * step) / len]);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    const left = side(1);
    const right = side(-1);
    if (left === undefined || right === undefined) outer.push(a);
    else if (left === right) inner.push(a);
  });
  return { inner, outer };
}

/** The area a point lies in, found through the members' shapes (a bounding box first, then d3-geo). */
export function pointLocator(
  members: Topology,
  memberLevel: 'powiat' | 'gmina',
  areas: readonly Pick<AreaDefinition, 'id' | 'members'>[],
): (p: [number, number]) => string | undefined {
  const areaOf = new Map(areas.flatMap((a) => a.members.map((m) => [m, a.id] as const)));
  const shapes = (feature(members, members.objects[memberLevel] as GeometryCollection).features as Feature<Geometry>[])
    .filter((f) => areaOf.has(String(f.id)))
    .map((f) => ({ f, area: areaOf.get(String(f.id))!, box: geoBounds(f) }));
  return (p) =>
    shapes.find(({ f, box: [[x0, y0], [x1, y1]] }) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1 && geoContains(f, p))?.area;
}

/** The overview file of a type's areas (the same format and error bound as a territory level's), with its arcs' roles. */
export function areaOverview(
  members: Topology,
  memberLevel: 'powiat' | 'gmina',
  type: AreaType,
  areas: readonly Pick<AreaDefinition, 'id' | 'members'>[],
): OverviewFile {
  const topo = areaTopology(members, memberLevel, type, areas);
  return { ...encodeOverview(topo, type, polandProjection()), ...arcRoles(topo, type, pointLocator(members, memberLevel, areas)) };
}

/** The map's names of a type's areas: [id, name, 0 (no English name), slug], and whether the definition is demo. */
export function areaMapNames(type: AreaType, areas: readonly Pick<AreaDefinition, 'id' | 'name' | 'slug' | 'status'>[]): AreaMapNames {
  return {
    level: type,
    status: areas.some((a) => a.status === 'demo') ? 'demo' : 'real',
    items: areas.map((a) => [a.id, a.name, 0, a.slug]),
  };
}

/** One indicator of a type's table (areas × years), shaped as a territory level file. */
export function areaIndicatorFile(
  table: {
    release: string;
    years: number[];
    ids: string[];
    values: Record<string, (number | null)[][]>;
    flags: Record<string, number[][]>;
  },
  type: AreaType,
  ind: Pick<Indicator, 'id'>,
): AreaLevelFile {
  return {
    release: table.release,
    level: type,
    years: table.years,
    codes: table.ids,
    values: { [ind.id]: table.values[ind.id] },
    flags: { [ind.id]: table.flags[ind.id] },
  };
}
