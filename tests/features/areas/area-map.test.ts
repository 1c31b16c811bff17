// The locator map of a planning area (src/features/areas/area-map.ts): for every shipped
// area, the shape drawn covers the ground its members cover (d3-geo areas of the members'
// full boundaries; the locator's lines are simplified, hence the 5 % margin). topojson's
// merge failed this for several areas (3 % of a NUTS 3 subregion, an inverted LAG area).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import { AreaMaps } from '#features/areas/area-map.ts';
import type { AreaIndexFile } from '#features/areas/area-types.ts';

const topo = Object.fromEntries(
  ['country', 'voivodeship', 'powiat', 'gmina'].map((l) => [l, JSON.parse(fs.readFileSync(`data/geo/${l}.topo.json`, 'utf8')) as Topology]),
);
const release = JSON.parse(fs.readFileSync('public/data/releases.json', 'utf8')).latest as string;
const index: AreaIndexFile = JSON.parse(fs.readFileSync(`public/data/${release}/areas/index.json`, 'utf8'));

describe('area locator maps', () => {
  const maps = new AreaMaps(topo as never);
  for (const t of index.types)
    it(`every ${t.type} area covers its members' ground`, () => {
      const level = t.memberLevel;
      const members = new Map(
        (feature(topo[level], topo[level].objects[level] as GeometryCollection).features as Feature[]).map((f) => [
          String(f.id),
          geoArea(f),
        ]),
      );
      for (const a of t.areas) {
        const sum = a.members.reduce((s, m) => s + members.get(m)!, 0);
        const drawn = geoArea(maps.dissolved(level, a.members));
        expect(Math.abs(drawn / sum - 1), `${t.type} ${a.id}`).toBeLessThan(0.05);
      }
      expect(maps.panel(level, t.areas[0].members, 'x', 'id')).toContain('class="loc-focus loc-area"');
    });
});
