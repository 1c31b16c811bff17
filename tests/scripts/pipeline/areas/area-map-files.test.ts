// The map files of planning areas (scripts/pipeline/areas/area-map-files.ts): each area
// its members' shapes with only the arcs they use, and which lines are drawn, on a
// hand-made topology and on the shipped powiat boundaries (an area's ground area = the
// sum of its members', measured with d3-geo; the edge of Poland found alike whatever
// the grouping).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon } from 'geojson';
import {
  arcRoles,
  areaIndicatorFile,
  areaMapNames,
  areaOverview,
  areaTopology,
  pointLocator,
} from '#scripts/pipeline/areas/area-map-files.ts';
import { decodeOverview } from '#features/indicator/map/map-overview.ts';
import { readAreaDefinitions } from '#scripts/pipeline/areas/index.ts';
import type { Territory } from '#core/territory.ts';

// Three unit squares in a row, A | B | C, and a D far away: arcs 0–2 are the outer parts, 3 and 4 the shared edges.
//   A: x 0–1, B: x 1–2, C: x 2–3 (y 0–1); D: x 10–11.
const squares: Topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ], // 0: A's outer part (from B's bottom-left round to its top-left)
    [
      [1, 1],
      [2, 1],
    ], // 1: top of B
    [
      [2, 0],
      [1, 0],
    ], // 2: bottom of B
    [
      [1, 1],
      [1, 0],
    ], // 3: A|B edge
    [
      [2, 0],
      [2, 1],
    ], // 4: B|C edge
    [
      [2, 1],
      [3, 1],
      [3, 0],
      [2, 0],
    ], // 5: C's outer part
    [
      [10, 0],
      [10, 1],
      [11, 1],
      [11, 0],
      [10, 0],
    ], // 6: D
  ],
  objects: {
    powiat: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'A', arcs: [[0, 3]] },
        { type: 'Polygon', id: 'B', arcs: [[~3, 1, ~4, 2]] },
        { type: 'Polygon', id: 'C', arcs: [[4, 5]] },
        { type: 'Polygon', id: 'D', arcs: [[6]] },
      ],
    },
  },
} as unknown as Topology;

describe('areaTopology and arcRoles', () => {
  const areas = [
    { id: 'ab', members: ['A', 'B'] },
    { id: 'c', members: ['C'] },
  ];

  it('gives each area its members’ polygons, with only the arcs they use, renumbered', () => {
    const t = areaTopology(squares, 'powiat', 'owes', areas);
    const g = (t.objects.owes as GeometryCollection).geometries as unknown as { id: string; arcs: number[][][] }[];
    expect(g.map((x) => x.id)).toEqual(['ab', 'c']);
    expect(g[0].arcs).toHaveLength(2); // A's polygon and B's
    // D is in no area: its arc is not shipped; the six others are, renumbered from 0.
    expect(t.arcs).toHaveLength(6);
    expect(t.arcs).not.toContainEqual(squares.arcs[6]);
    const decoded = feature(t, t.objects.owes as GeometryCollection).features;
    expect(geoArea(decoded[0])).toBeCloseTo(
      geoArea(
        feature(squares, {
          type: 'GeometryCollection',
          geometries: [(squares.objects.powiat as GeometryCollection).geometries[0]],
        }) as never,
      ) * 2,
      6,
    );
  });

  it('classifies the line inside an area as inner, the edge as outer, and a line between areas as neither', () => {
    const t = areaTopology(squares, 'powiat', 'owes', areas);
    const roles = arcRoles(t, 'owes', pointLocator(squares, 'powiat', areas));
    const original = (i: number) => squares.arcs.findIndex((a) => a === t.arcs[i]);
    expect(roles.inner.map(original)).toEqual([3]); // A|B, inside "ab"
    expect(roles.outer.map(original).sort()).toEqual([0, 1, 2, 5]); // the outside of A, B and C
    // B|C (arc 4) is the border between the two areas: in neither list.
  });

  it('skips members the topology lacks, and an area with none', () => {
    const t = areaTopology(squares, 'powiat', 'lgd', [
      { id: 'x', members: ['A', 'nope'] },
      { id: 'empty', members: ['nope'] },
    ]);
    expect((t.objects.lgd as GeometryCollection).geometries.map((x) => x.id)).toEqual(['x']);
  });
});

describe('on the shipped boundaries', () => {
  const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
  const powiats = JSON.parse(fs.readFileSync('data/geo/powiat.topo.json', 'utf8')) as Topology;
  const defs = readAreaDefinitions(register);

  it('every area covers the ground its members cover, and the overview decodes with one shape per area', () => {
    const pc = feature(powiats, powiats.objects.powiat as GeometryCollection).features as Feature<MultiPolygon>[];
    const memberArea = new Map(pc.map((f) => [String(f.id), geoArea(f)]));
    for (const type of ['nuts2', 'nuts3', 'owes'] as const) {
      const areas = defs.byType[type];
      const t = areaTopology(powiats, 'powiat', type, areas);
      const shapes = feature(t, t.objects[type] as GeometryCollection).features as Feature<MultiPolygon>[];
      expect(shapes.map((f) => f.id)).toEqual(areas.map((a) => a.id));
      for (const [i, a] of areas.entries()) {
        const sum = a.members.reduce((s, m) => s + memberArea.get(m)!, 0);
        expect(geoArea(shapes[i]) / sum, `${type} ${a.id}`).toBeCloseTo(1, 9);
      }
      const decoded = decodeOverview(areaOverview(powiats, 'powiat', type, areas));
      expect((decoded.objects[type] as GeometryCollection).geometries.map((g) => g.id)).toEqual(areas.map((a) => a.id));
    }
  });

  it('the edge of Poland is the same lines whatever the grouping, and no line between two areas is hidden', () => {
    const edges = (['nuts2', 'nuts3', 'owes'] as const).map((type) => {
      const areas = defs.byType[type];
      const t = areaTopology(powiats, 'powiat', type, areas);
      const roles = arcRoles(t, type, pointLocator(powiats, 'powiat', areas));
      // Lines shared by two areas are never inner.
      const owners = t.arcs.map(() => new Set<string>());
      for (const g of (t.objects[type] as GeometryCollection).geometries as unknown as { id: string; arcs: number[][][] }[])
        for (const ring of g.arcs.flat()) for (const i of ring) owners[i < 0 ? ~i : i].add(g.id);
      expect(
        roles.inner.filter((a) => owners[a].size > 1),
        type,
      ).toEqual([]);
      return new Set(roles.outer.map((a) => JSON.stringify(t.arcs[a])));
    });
    expect(edges[0].size).toBeGreaterThan(100);
    expect(edges[1]).toEqual(edges[0]);
    expect(edges[2]).toEqual(edges[0]);
  });

  it('names carry the definition status; an indicator file is a level file of the areas', () => {
    expect(areaMapNames('owes', defs.byType.owes).status).toBe(defs.byType.owes.some((a) => a.status === 'demo') ? 'demo' : 'real');
    const names = areaMapNames('nuts2', defs.byType.nuts2);
    expect(names.status).toBe('real');
    expect(names.items[0]).toEqual([defs.byType.nuts2[0].id, defs.byType.nuts2[0].name, 0, defs.byType.nuts2[0].slug]);
    const table = {
      release: 'r',
      years: [2023, 2024],
      ids: ['a', 'b'],
      values: {
        X: [
          [1, 2],
          [3, null],
        ],
        Y: [
          [0, 0],
          [0, 0],
        ],
      },
      flags: {
        X: [
          [1, 0],
          [0, 0],
        ],
        Y: [
          [0, 0],
          [0, 0],
        ],
      },
    };
    expect(areaIndicatorFile(table, 'owes', { id: 'X' })).toEqual({
      release: 'r',
      level: 'owes',
      years: [2023, 2024],
      codes: ['a', 'b'],
      values: {
        X: [
          [1, 2],
          [3, null],
        ],
      },
      flags: {
        X: [
          [1, 0],
          [0, 0],
        ],
      },
    });
  });
});
