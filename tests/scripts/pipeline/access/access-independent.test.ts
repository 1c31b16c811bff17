// The access indicators recomputed independently for sampled gminas, from the shipped
// files only and with no pipeline module: this file's own haversine and a brute force
// over every unit of the published directory (entities/index.json) and every OWES office
// the release lists (access/owes-offices.csv). Checked against
// access/access.csv (distance to 0.1 km, counts within 10/25/50 km), the white-spots
// file (distance rounded up to 10 m), the catalogue's gmina values (ACC_*_KM, ACC_*_N25)
// and their demo flag. The reference point itself is checked to lie inside its gmina.
//
// ACCESS_DATA_DIR=/tmp/out points it at another pipeline output (default public/data).
import fs from 'node:fs';
import path from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const ROOT = process.env.ACCESS_DATA_DIR ?? path.resolve('public/data');
const { latest } = JSON.parse(fs.readFileSync(path.join(ROOT, 'releases.json'), 'utf8')) as { latest: string };
const dir = path.join(ROOT, latest);
const read = (rel: string) => JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8'));

// Written out here on purpose, not imported: the test must not share the code it checks.
const R = 6371.0088;
function distanceKm(a: [number, number], b: [number, number]): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const s1 = Math.sin(toRad(b[0] - a[0]) / 2);
  const s2 = Math.sin(toRad(b[1] - a[1]) / 2);
  const h = s1 * s1 + Math.cos(toRad(a[0])) * Math.cos(toRad(b[0])) * s2 * s2;
  return 2 * R * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

const index = read('entities/index.json') as {
  count: number;
  vocab: { category: string[] };
  category: number[];
  lat: number[];
  lon: number[];
  se: number[];
  demo: number[];
};
const ws = read('access/white-spots.json') as {
  codes: string[];
  point: [number, number][];
  distance: Record<string, (number | null)[]>;
  mode: string;
};
const csvLines = fs.readFileSync(path.join(dir, 'access/access.csv'), 'utf8').trim().split('\n');
const header = csvLines[0].split(',');
const csvRow = new Map(csvLines.slice(1).map((l) => [l.split(',')[0], l.split(',')]));

// Units of each kind: [lat, lon] and whether any is demo.
const KINDS: { kind: string; id: string; units: [number, number][]; demo: boolean }[] = [];
const directoryKind = (kind: string, id: string, member: (i: number) => boolean) => {
  const units: [number, number][] = [];
  let demo = false;
  for (let i = 0; i < index.count; i++)
    if (member(i)) {
      units.push([index.lat[i], index.lon[i]]);
      if (index.demo[i]) demo = true;
    }
  KINDS.push({ kind, id, units, demo });
};
for (const [kind, id] of [
  ['cis', 'CIS'],
  ['kis', 'KIS'],
  ['zaz', 'ZAZ'],
  ['wtz', 'WTZ'],
  ['social-cooperative', 'SPS'],
])
  directoryKind(kind, id, (i) => index.vocab.category[index.category[i]] === kind);
directoryKind('social-enterprise', 'PS', (i) => index.se[i] === 1);
// OWES offices: area_id,office_name,lat,lon,status (names may be quoted, so read from the end).
const officeRows = fs
  .readFileSync(path.join(dir, 'access/owes-offices.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\n')
  .slice(1);
KINDS.push({
  kind: 'owes',
  id: 'OWES',
  units: officeRows.map((l) => l.split(',').slice(-3, -1).map(Number) as [number, number]),
  demo: officeRows.some((l) => l.endsWith(',demo')),
});
// A row of access.csv is demo when any kind's units are.
const rowDemo = KINDS.some((k) => k.demo);

// Ten gminas spread over the list, plus the first and last.
const sample = [0, ...Array.from({ length: 10 }, (_, k) => Math.floor(((k + 0.5) * ws.codes.length) / 10)), ws.codes.length - 1];

describe(`access indicators recomputed by brute force (release ${latest})`, () => {
  const topo = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo/gmina.topo.json'), 'utf8')) as Topology;
  const features = new Map(feature(topo, topo.objects.gmina as GeometryCollection).features.map((f) => [String(f.id), f]));
  const levelFile = (id: string) =>
    read(`level/gmina/${id}.json`) as {
      years: number[];
      codes: string[];
      values: Record<string, (number | null)[][]>;
      flags: Record<string, number[][]>;
    };

  it.each(sample)('gmina #%i: reference point inside the gmina', (gi) => {
    const code = ws.codes[gi];
    const [lat, lon] = ws.point[gi];
    expect(geoContains(features.get(code)!, [lon, lat])).toBe(true);
  });

  it('measures to every OWES office listed, one or more per OWES area', () => {
    expect(officeRows.length).toBeGreaterThan(15);
    for (const [lat, lon] of KINDS.at(-1)!.units) {
      expect(lat).toBeGreaterThan(49);
      expect(lat).toBeLessThan(55);
      expect(lon).toBeGreaterThan(14);
      expect(lon).toBeLessThan(24.2);
    }
  });

  for (const { kind, id, units, demo: anyDemo } of KINDS) {
    const km = levelFile(`ACC_${id}_KM`);
    const n25 = levelFile(`ACC_${id}_N25`);
    const last = km.years.length - 1;

    it.each(sample)(`${kind}: gmina #%i`, (gi) => {
      const code = ws.codes[gi];
      const ds = units.map((u) => distanceKm(ws.point[gi], u));
      const nearest = Math.min(...ds);
      const within = (r: number) => ds.filter((d) => d <= r).length;
      const row = csvRow.get(code)!;
      const col = (name: string) => row[header.indexOf(name)];
      expect(Number(col(`${kind}_km`))).toBeCloseTo(nearest, 1);
      expect(Number(col(`${kind}_within_10km`))).toBe(within(10));
      expect(Number(col(`${kind}_within_25km`))).toBe(within(25));
      expect(Number(col(`${kind}_within_50km`))).toBe(within(50));
      expect(col('status')).toBe(rowDemo ? 'demo' : 'real');
      // White spots: rounded up to 10 m.
      expect(ws.distance[kind][gi]).toBeGreaterThanOrEqual(nearest - 1e-9);
      expect(ws.distance[kind][gi]! - nearest).toBeLessThan(0.0100001);
      // The catalogue's values and flags (demo = 1).
      const ti = km.codes.indexOf(code);
      expect(km.values[`ACC_${id}_KM`][last][ti]).toBeCloseTo(nearest, 1);
      expect(n25.values[`ACC_${id}_N25`][last][ti]).toBe(within(25));
      expect((km.flags[`ACC_${id}_KM`][last][ti] & 1) === 1).toBe(anyDemo);
    });
  }
});
