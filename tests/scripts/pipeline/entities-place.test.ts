// Placing entities without coordinates inside their gmina (data/geo/gmina.topo.json).
import fs from 'node:fs';
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { gminaPlacer, interiorPoint, placeEntities } from '#scripts/pipeline/entities/place.ts';

const topology: Topology = JSON.parse(fs.readFileSync('data/geo/gmina.topo.json', 'utf8'));
const features = new Map(
  feature(topology, topology.objects.gmina as GeometryCollection).features.map((f) => [String(f.id), f as Feature<Polygon | MultiPolygon>]),
);
const placer = gminaPlacer(topology, 'test-seed');
const inside = (code: string, lon: number, lat: number) => geoContains(features.get(code)!, [lon, lat]);

describe('the anchor point of a gmina', () => {
  it('is the centroid where the centroid lies inside the gmina', () => {
    const krakow = features.get('1261011')!;
    const c = geoCentroid(krakow);
    expect(placer.anchor('1261011')).toEqual(c);
    expect(c[0]).toBeCloseTo(19.95, 1);
    expect(c[1]).toBeCloseTo(50.05, 1);
  });

  it('is inside a rural gmina ringed round a town, whose centroid falls in the town', () => {
    // Kłodzko: the rural gmina 0208072 surrounds the town 0208021 (one of 73 gminas whose centroid lies outside them).
    const c = geoCentroid(features.get('0208072')!);
    expect(inside('0208072', c[0], c[1])).toBe(false);
    expect(inside('0208021', c[0], c[1])).toBe(true);
    const [lon, lat] = placer.anchor('0208072');
    expect(inside('0208072', lon, lat)).toBe(true);
    expect(inside('0208021', lon, lat)).toBe(false);
  });

  it('is inside its gmina for every one of the 2,479 gminas', () => {
    expect(features.size).toBe(2479);
    const outside = [...features.keys()].filter((code) => {
      const [lon, lat] = placer.anchor(code);
      return !inside(code, lon, lat);
    });
    expect(outside).toEqual([]);
  }, 60_000);

  it('interiorPoint keeps away from the boundary', () => {
    const [lon, lat] = interiorPoint(features.get('0208072')!);
    expect(inside('0208072', lon, lat)).toBe(true);
    // 0.01° in every direction (about 1 km) is still inside.
    for (const [dx, dy] of [
      [0.01, 0],
      [-0.01, 0],
      [0, 0.01],
      [0, -0.01],
    ])
      expect(inside('0208072', lon + dx, lat + dy)).toBe(true);
  });
});

describe('the spiral of several entities in one gmina', () => {
  const positions = (code: string, n: number) => Array.from({ length: n }, (_, k) => placer.position(code, k));

  it('keeps every point inside the gmina, on distinct 4-decimal coordinates, close to the anchor', () => {
    for (const [code, n] of [
      ['1465011', 150],
      ['0208072', 30],
      ['0208021', 20],
      ['0221031', 20],
      ['0201011', 12],
    ] as const) {
      const ps = positions(code, n);
      for (const p of ps) expect(inside(code, p.lon, p.lat), `${code} ${p.lat},${p.lon}`).toBe(true);
      expect(new Set(ps.map((p) => `${p.lat},${p.lon}`)).size).toBe(n);
      for (const p of ps) {
        expect(p.lat).toBe(Math.round(p.lat * 1e4) / 1e4);
        expect(p.lon).toBe(Math.round(p.lon * 1e4) / 1e4);
      }
      const [alon, alat] = placer.anchor(code);
      const far = Math.max(...ps.map((p) => Math.hypot((p.lon - alon) * Math.cos((alat * Math.PI) / 180), p.lat - alat)));
      expect(far).toBeLessThan(0.002 * Math.sqrt(n) + 0.001);
    }
  });

  it('puts the first entity on the anchor, and is deterministic for a seed but turned differently for another', () => {
    const [lon, lat] = placer.anchor('1465011');
    expect(placer.position('1465011', 0)).toEqual({ lon: Math.round(lon * 1e4) / 1e4, lat: Math.round(lat * 1e4) / 1e4 });
    const again = gminaPlacer(topology, 'test-seed');
    const other = gminaPlacer(topology, 'other-seed');
    expect(again.position('1465011', 5)).toEqual(placer.position('1465011', 5));
    expect(other.position('1465011', 5)).not.toEqual(placer.position('1465011', 5));
  });
});

describe('placeEntities', () => {
  it('keeps given coordinates, places the rest in id order and marks them approximate', () => {
    const given = { lat: 50.0614, lon: 19.9372, approximate: false };
    const out = placeEntities(
      [
        { id: 'b', gmina: '1261011', location: null },
        { id: 'x', gmina: '1261011', location: given },
        { id: 'a', gmina: '1261011', location: null },
      ],
      placer,
    );
    expect(out[1].location).toBe(given);
    expect(out[2].location).toEqual({ ...placer.position('1261011', 0), approximate: true });
    expect(out[0].location).toEqual({ ...placer.position('1261011', 1), approximate: true });
  });
});
