// Locator maps (src/features/territory/locator-map.ts) on the real TopoJSON: drawn in the
// portal's one projection (src/core/projection.ts, as the choropleth), inside the panel,
// north up, the territory highlighted.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { LocatorMaps, PANEL, pathData, type Topologies } from '#features/territory/locator-map.ts';
import { polandProjection } from '#core/projection.ts';

const read = (level: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'geo', `${level}.topo.json`), 'utf8')) as Topology;
const topo: Topologies = { country: read('country'), voivodeship: read('voivodeship'), powiat: read('powiat'), gmina: read('gmina') };
const maps = new LocatorMaps(topo);

/** Every absolute point of relative path data ("M x y l dx dy …"). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const sub of d.split('M').filter(Boolean)) {
    const nums = sub.replace(/[lz]/g, ' ').replace(/-/g, ' -').trim().split(/\s+/).map(Number);
    let x = nums[0];
    let y = nums[1];
    out.push([x, y]);
    for (let i = 2; i + 1 < nums.length; i += 2) out.push([(x += nums[i]), (y += nums[i + 1])]);
  }
  return out;
}

const pathsOf = (svg: string) => [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]);

describe('LocatorMaps', () => {
  it('draws the home map of voivodeships in the shared projection', () => {
    const codes = ['02', '12', '20', '32'];
    const svg = maps.voivodeshipLinks(
      codes.map((code) => ({ code, href: `/${code}/`, label: code })),
      'Województwa',
      'm',
    );
    const projection = polandProjection(maps.feature('country', 'PL')!, {
      width: PANEL.width * 2,
      height: PANEL.height * 2,
      pad: PANEL.pad,
    });
    expect(pathsOf(svg)).toEqual(codes.map((code) => pathData(projection, maps.feature('voivodeship', code)!)));
  });

  it('keeps Poland inside the panel, north up', () => {
    const svg = maps.countryPanel('12', undefined, 'Małopolskie', 'a');
    expect(svg).toContain(`viewBox="0 0 ${PANEL.width} ${PANEL.height}"`);
    const land = points(pathsOf(svg)[0]);
    for (const [x, y] of land) {
      expect(x).toBeGreaterThanOrEqual(PANEL.pad - 1);
      expect(x).toBeLessThanOrEqual(PANEL.width - PANEL.pad + 1);
      expect(y).toBeGreaterThanOrEqual(PANEL.pad - 1);
      expect(y).toBeLessThanOrEqual(PANEL.height - PANEL.pad + 1);
    }
    // Małopolskie (filled) lies south of Poland's middle.
    const focus = points(pathsOf(svg).at(-1)!);
    const ys = land.map((p) => p[1]);
    const middle = (Math.min(...ys) + Math.max(...ys)) / 2;
    expect(Math.min(...focus.map((p) => p[1]))).toBeGreaterThan(middle);
  });

  it('highlights a gmina in its voivodeship panel', () => {
    const svg = maps.regionPanel('gmina', '1211092', 'Nowy Targ', 'b');
    expect(svg).toContain('class="loc-focus"');
    expect(svg).toContain('<title id="b">Nowy Targ</title>');
  });
});
