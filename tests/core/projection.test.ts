// Map geometry (src/core/map-view.ts, with src/core/projection.ts) on the real voivodeship TopoJSON: an
// equal-area conic fitted to Poland, paths for every territory, zoom boxes and
// arrow-key neighbours.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { DETAIL, levelGeometry, MAP_VIEW, neighbourInDirection, nearestTo, simplifyArc, unionBox, viewBoxFor } from '#core/map-view.ts';
import { polandProjection } from '#core/projection.ts';

const topo = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'geo', 'voivodeship.topo.json'), 'utf8')) as Topology;
const g = levelGeometry(topo, 'voivodeship', { projection: polandProjection() });

describe('levelGeometry without a projection', () => {
  it('refuses a topology in longitude and latitude (only the pipeline’s projected overviews need none)', () => {
    expect(() => levelGeometry(topo, 'voivodeship')).toThrow(/not projected onto the map's grid/);
  });
});

describe('levelGeometry', () => {
  it('draws every voivodeship inside the frame', () => {
    expect(g.codes.length).toBe(16);
    expect(g.paths.every((p) => p.startsWith('M'))).toBe(true);
    const all = unionBox(g.boxes)!;
    expect(all[0][0]).toBeGreaterThanOrEqual(MAP_VIEW.pad - 0.5);
    expect(all[1][0]).toBeLessThanOrEqual(MAP_VIEW.width - MAP_VIEW.pad + 0.5);
    expect(all[1][1]).toBeLessThanOrEqual(MAP_VIEW.height - MAP_VIEW.pad + 0.5);
    expect(g.outline.length).toBeGreaterThan(100);
  });

  it('puts the voivodeships where they are: Pomorskie north of Małopolskie, Lubuskie west of Lubelskie', () => {
    const c = (code: string) => g.centroids[g.index.get(code)!];
    expect(c('22')[1]).toBeLessThan(c('12')[1]);
    expect(c('08')[0]).toBeLessThan(c('06')[0]);
  });

  it('uses a conic projection with Poland’s meridian and parallels, not Web Mercator', () => {
    const p = polandProjection(feature(topo, topo.objects.voivodeship as GeometryCollection) as unknown as FeatureCollection);
    expect(p.rotate()[0]).toBe(-19);
    // Parallels converge northward in a conic: 14°E and 24°E lie closer together at 55°N than at 49°N.
    const span = (lat: number) => p([24, lat])![0] - p([14, lat])![0];
    expect(span(55)).toBeLessThan(span(49));
  });
});

describe('zoom and keyboard neighbours', () => {
  it('zooms to a voivodeship keeping the map’s aspect ratio', () => {
    const [x, y, w, h] = viewBoxFor(g.boxes[g.index.get('12')!]);
    expect(w / h).toBeCloseTo(MAP_VIEW.width / MAP_VIEW.height, 2);
    expect(w).toBeLessThan(MAP_VIEW.width / 2);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(viewBoxFor(undefined)).toEqual([0, 0, MAP_VIEW.width, MAP_VIEW.height]);
  });

  it('moves right from Mazowieckie to Lubelskie or Podlaskie, and down to a southern neighbour', () => {
    const from = g.index.get('14')!;
    const right = g.codes[neighbourInDirection(g.centroids, from, 'right')];
    expect(['06', '20']).toContain(right);
    const down = g.codes[neighbourInDirection(g.centroids, from, 'down')];
    expect(['26', '06', '12']).toContain(down);
    const centre = nearestTo(g.centroids, MAP_VIEW.width / 2, MAP_VIEW.height / 2);
    expect(['14', '10']).toContain(g.codes[centre]);
  });

  it('stays inside the shown area when asked', () => {
    const from = g.index.get('14')!;
    expect(neighbourInDirection(g.centroids, from, 'right', (i) => i === from)).toBe(-1);
  });
});

describe('simplification for the whole-country view', () => {
  it('keeps both ends of an arc and drops points within the tolerance', () => {
    const line = new Int32Array([0, 0, 10, 1, 20, 0, 30, 40, 40, 0]);
    expect([...simplifyArc(line, 2)]).toEqual([0, 0, 20, 0, 30, 40, 40, 0]);
    expect([...simplifyArc(line, 100)]).toEqual([0, 0, 40, 0]);
  });

  it('simplifies the gminas to fewer points, with neighbours still sharing borders', () => {
    const gminas = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'geo', 'gmina.topo.json'), 'utf8')) as Topology;
    const full = levelGeometry(gminas, 'gmina', { tolerance: DETAIL.zoomed, projection: polandProjection() });
    const overview = levelGeometry(gminas, 'gmina', { tolerance: DETAIL.overview, projection: polandProjection() });
    const points = (g: typeof full) => g.paths.reduce((s, p) => s + p.split(' ').length, 0);
    expect(overview.codes).toEqual(full.codes);
    expect(points(overview)).toBeLessThan(points(full) * 0.7);
    expect(overview.paths.every((p) => p.length > 0)).toBe(true);
    expect(overview.voivodeshipBorders.length).toBeGreaterThan(1000);
  });
});
