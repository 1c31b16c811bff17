// Build-time geography of the directory (topology subsets, the map files, neighbours),
// the "in my area" grouping, and the map's hexagonal binning.
import fs from 'node:fs';
import { feature } from 'topojson-client';
// @ts-expect-error -- topojson-server ships no type declarations
import { topology as buildTopology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaEntries, groupByOffer, neighboursOf } from '#features/directory/directory-area.ts';
import { countryMap, neighbourLists, neighboursFile, subsetTopology, voivodeshipMap } from '#features/directory/directory-geo.ts';
import { binRadius, binSizeFor, hexbin, paddedBox } from '#features/directory/directory-map.ts';
import type { DirRow } from '#features/directory/directory-filter.ts';

// Three unit squares in a row, A | B | C, and D apart.
const square = (id: string, x: number, y = 0) => ({
  type: 'Feature' as const,
  id,
  properties: { name: id },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});
const toy: Topology = buildTopology({
  gmina: { type: 'FeatureCollection', features: [square('1201011', 0), square('1201022', 1), square('1202011', 2), square('1401011', 5)] },
});

const ringsOf = (t: Topology) =>
  (feature(t, t.objects.gmina as GeometryCollection) as unknown as FeatureCollection<Polygon>).features.map((f) => ({
    id: f.id,
    ring: [...f.geometry.coordinates[0]].map((p) => p.join(',')).sort(),
  }));

describe('subsets of a topology', () => {
  it('keep only the chosen geometries and the arcs they use, with the same shapes', () => {
    const sub = subsetTopology(toy, 'gmina', (id) => id.startsWith('12'));
    expect((sub.objects.gmina as GeometryCollection).geometries.map((g) => g.id)).toEqual(['1201011', '1201022', '1202011']);
    expect(sub.arcs.length).toBeLessThan(toy.arcs.length);
    const want = ringsOf(toy).filter((r) => String(r.id).startsWith('12'));
    expect(ringsOf(sub)).toEqual(want);
    // Properties are dropped: the island has its own names.
    expect((sub.objects.gmina as GeometryCollection).geometries.every((g) => !('properties' in g))).toBe(true);
  });

  it('give neighbours as territories sharing a border', () => {
    const n = neighbourLists(toy, 'gmina');
    const named = Object.fromEntries(n.codes.map((c, i) => [c, n.neighbours[i].map((j) => n.codes[j]).sort()]));
    expect(named).toEqual({ '1201011': ['1201022'], '1201022': ['1201011', '1202011'], '1202011': ['1201022'], '1401011': [] });
  });
});

const geo = (level: string): Topology => JSON.parse(fs.readFileSync(`public/data/geo/${level}.topo.json`, 'utf8'));
const haveGeo = fs.existsSync('public/data/geo/gmina.topo.json');

describe.skipIf(!haveGeo)('on the shipped boundaries', () => {
  const gminas = haveGeo ? geo('gmina') : toy;
  const powiats = haveGeo ? geo('powiat') : toy;
  const file = neighboursFile(gminas, powiats);

  it('every gmina and powiat is listed, and being neighbours is mutual', () => {
    expect(file.gmina.codes).toHaveLength(2479);
    expect(file.powiat.codes).toHaveLength(380);
    for (const level of [file.gmina, file.powiat])
      level.neighbours.forEach((list, i) => {
        for (const j of list) expect(level.neighbours[j]).toContain(i);
      });
  });

  it('knows real neighbours: the rural gmina Nowy Targ borders the town of Nowy Targ and Czarny Dunajec', () => {
    const n = neighboursOf(file, '1211092');
    expect(n).toContain('1211011');
    expect(n).toContain('1211033');
    expect(neighboursOf(file, '1211011')).toContain('1211092');
    expect(neighboursOf(file, '1211011')).not.toContain('1211033');
    // Powiat nowotarski borders powiat tatrzański.
    expect(neighboursOf(file, '1211')).toContain('1217');
    expect(neighboursOf(file, '12')).toEqual([]);
  });

  it('map files are small and keep every territory', () => {
    const pl = countryMap(geo('voivodeship'));
    expect((pl.objects.voivodeship as GeometryCollection).geometries).toHaveLength(16);
    expect(JSON.stringify(pl).length).toBeLessThan(40_000);
    const m = voivodeshipMap(gminas, '14');
    const ids = (m.objects.gmina as GeometryCollection).geometries.map((g) => String(g.id));
    expect(ids.length).toBe(file.gmina.codes.filter((c) => c.startsWith('14')).length);
    expect(ids.every((id) => id.startsWith('14'))).toBe(true);
    expect(JSON.stringify(m).length).toBeLessThan(150_000);
  });
});

// ---------------------------------------------------------------- area view

const row = (id: string, gmina: string, offer: DirRow['offer']): DirRow => ({
  id,
  i: 0,
  name: id,
  nameFold: id,
  category: 'social-cooperative',
  gmina,
  powiat: gmina.slice(0, 4),
  voivodeship: gmina.slice(0, 2),
  lat: 50,
  lon: 20,
  approximate: true,
  offer,
  certificates: [],
  socialEnterprise: false,
  socialClauses: null,
  demo: true,
});

describe('what is offered in an area', () => {
  const rows = [
    row('far', '1401011', ['catering']),
    row('next', '1201022', ['it', 'catering']),
    row('home', '1201011', ['catering']),
    row('bare', '1201011', []),
  ];

  it('takes the territory and its neighbours, at the territory level', () => {
    const e = areaEntries(rows, '1201011', ['1201022']);
    expect(e.map((x) => [x.row.id, x.home])).toEqual([
      ['next', false],
      ['home', true],
      ['bare', true],
    ]);
    // A powiat: its gminas are home.
    expect(areaEntries(rows, '1201', []).map((x) => x.row.id)).toEqual(['next', 'home', 'bare']);
  });

  it('groups by offer in vocabulary order, own entities first, entities without an offer last', () => {
    const groups = groupByOffer(areaEntries(rows, '1201011', ['1201022']));
    expect(groups.map((g) => g.offer)).toEqual(['catering', 'it', null]);
    expect(groups[0].entries.map((e) => e.row.id)).toEqual(['home', 'next']);
    expect(groups[1].entries.map((e) => e.row.id)).toEqual(['next']);
    expect(groups[2].entries.map((e) => e.row.id)).toEqual(['bare']);
  });
});

// ---------------------------------------------------------------- map binning

describe('hexagonal binning', () => {
  it('puts every point in exactly one bin, the one whose centre is nearest', () => {
    const points = Array.from({ length: 500 }, (_, k) => ({ x: (k * 37) % 640, y: (k * 91) % 600, item: k }));
    const r = 20;
    const bins = hexbin(points, r);
    expect(bins.reduce((n, b) => n + b.items.length, 0)).toBe(500);
    for (const b of bins)
      for (const k of b.items) {
        const p = points[k];
        const d = Math.hypot(p.x - b.x, p.y - b.y);
        expect(d).toBeLessThanOrEqual(r + 1e-9);
        for (const other of bins) expect(d).toBeLessThanOrEqual(Math.hypot(p.x - other.x, p.y - other.y) + 1e-9);
      }
  });

  it('keeps points close together in one bin and sizes circles by count', () => {
    expect(
      hexbin(
        [
          { x: 100, y: 100, item: 1 },
          { x: 101, y: 99, item: 2 },
        ],
        10,
      ),
    ).toHaveLength(1);
    expect(binRadius(1, 100, 4, 20)).toBe(4);
    expect(binRadius(100, 100, 4, 20)).toBe(20);
    expect(binRadius(25, 100, 4, 20)).toBeGreaterThan(4);
    expect(binSizeFor('')).toBeGreaterThan(binSizeFor('12'));
    expect(binSizeFor('12')).toBeGreaterThanOrEqual(binSizeFor('1211092'));
  });

  it('pads a small area to a minimum span', () => {
    const [[w, s], [e, n]] = paddedBox(
      [
        [20, 50],
        [20.01, 50.01],
      ],
      0.3,
    );
    expect(e - w).toBeCloseTo(0.3);
    expect(n - s).toBeCloseTo(0.2);
    expect((w + e) / 2).toBeCloseTo(20.005);
  });
});
