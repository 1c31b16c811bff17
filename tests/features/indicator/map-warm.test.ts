// The indicator page's warm-up (map-warm.ts): a prefetched overview file is decoded and its
// geometry built once; the island, reading the same prefetched object, gets both as they are.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overviewGeometry, GeometryCache } from '#features/indicator/map/map-geometry.ts';
import { decodedOverview, type OverviewFile } from '#features/indicator/map/map-overview.ts';
import { warmMap } from '#features/indicator/map/map-warm.ts';
import type { LevelBundle } from '#features/indicator/map/map-data.ts';
import type { Topology } from 'topojson-specification';

const read = (): OverviewFile => JSON.parse(fs.readFileSync('public/data/geo/voivodeship.overview.json', 'utf8')) as OverviewFile;

describe('map warm-up', () => {
  it('builds the geometry the island then takes from the same file object', () => {
    const file = read();
    warmMap(file);
    const topology = decodedOverview(file);
    expect(decodedOverview(file)).toBe(topology);
    const warmed = overviewGeometry(topology, 'voivodeship');
    expect(warmed.codes).toHaveLength(16);
    const bundle = { level: 'voivodeship', topology } as unknown as LevelBundle<Topology>;
    expect(new GeometryCache().get(bundle, 'overview')).toBe(warmed);
  });

  it('leaves other responses alone, and another copy of the file is decoded apart', () => {
    expect(() => warmMap({ release: '2024', codes: [] })).not.toThrow();
    expect(() => warmMap(null)).not.toThrow();
    const a = read();
    const b = read();
    expect(decodedOverview(a)).not.toBe(decodedOverview(b));
  });
});
