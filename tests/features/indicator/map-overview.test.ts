// The map's whole-country boundaries as shipped (map-overview.ts): decoded, they describe
// the same areas in the same order as the full TopoJSON, and every point of the full
// boundaries lies within the stated error of the overview's lines (recomputed here from the
// full TopoJSON with d3's projection, not with the map's own projection code).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { geoConicEqualArea } from 'd3-geo';
import { decodeOverview, encodeOverview, overviewError, OVERVIEW_GRID } from '#features/indicator/map/map-overview.ts';
import { overviewFiles, overviewErrorPx } from '#scripts/pipeline/map-topology.ts';
import { DETAIL, levelGeometry, MAP_VIEW } from '#core/map-view.ts';
import { CENTRAL_MERIDIAN, POLAND_PARALLELS, polandProjection } from '#core/projection.ts';

const read = (level: string) => JSON.parse(fs.readFileSync(`data/geo/${level}.topo.json`, 'utf8')) as Topology;

/** Absolute arcs of a TopoJSON with a transform (delta-decoded, scaled). */
function absoluteArcs(t: Topology): [number, number][][] {
  const [kx, ky] = t.transform!.scale;
  const [dx, dy] = t.transform!.translate;
  return (t.arcs as [number, number][][]).map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([a, b]) => {
      x += a;
      y += b;
      return [x * kx + dx, y * ky + dy];
    });
  });
}

function distToPolyline(p: [number, number], line: [number, number][]): number {
  let best = Infinity;
  for (let i = 0; i < line.length; i++) {
    const a = line[i];
    const b = line[Math.min(i + 1, line.length - 1)];
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const len2 = ex * ex + ey * ey;
    const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / len2)) : 0;
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * ex, p[1] - a[1] - t * ey));
  }
  return best;
}

describe('map overview boundaries', () => {
  const voiv = read('voivodeship');
  const file = encodeOverview(voiv, 'voivodeship', polandProjection());
  const decoded = decodeOverview(JSON.parse(JSON.stringify(file)));

  it('keeps every area, in the full TopoJSON order, and states its error', () => {
    const full = levelGeometry(voiv, 'voivodeship', { tolerance: DETAIL.overview, projection: polandProjection() });
    const over = levelGeometry(decoded, 'voivodeship');
    expect(over.codes).toEqual(full.codes);
    expect(over.paths.every((p) => p.length > 0)).toBe(true);
    expect(file.errorUnits).toBeCloseTo(DETAIL.overview + OVERVIEW_GRID * Math.SQRT1_2, 10);
    // 640-unit-wide map drawn at 640 px and at a phone's 390 px.
    expect(overviewErrorPx(file, MAP_VIEW.width / 10)).toBeLessThan(1);
    expect(overviewErrorPx(file, 390)).toBeLessThan(0.6);
  });

  it('every point of the full boundaries is within the stated error of the overview line', () => {
    // An independent projection with the same parameters, from d3 directly.
    const ref = polandProjection();
    const proj = geoConicEqualArea()
      .parallels(POLAND_PARALLELS)
      .rotate([-CENTRAL_MERIDIAN, 0])
      .scale(ref.scale())
      .translate(ref.translate());
    const fullArcs = absoluteArcs(voiv);
    const overArcs = absoluteArcs(decoded);
    expect(overArcs.length).toBe(fullArcs.length);
    let worst = 0;
    fullArcs.forEach((arc, i) => {
      const line = overArcs[i];
      for (const p of arc) worst = Math.max(worst, distToPolyline(proj(p)!, line));
    });
    expect(worst).toBeLessThanOrEqual(overviewError(OVERVIEW_GRID, DETAIL.overview));
    expect(worst).toBeGreaterThan(0);
  });

  it('the gmina overview is at most 40 % of the full TopoJSON (bytes)', () => {
    const files = overviewFiles({ voivodeship: voiv, powiat: read('powiat'), gmina: read('gmina') });
    expect(files.gmina.length).toBeLessThan(0.4 * fs.statSync('data/geo/gmina.topo.json').size);
    expect(decodeOverview(JSON.parse(files.gmina)).objects.gmina).toBeTruthy();
  });

  it('refuses a file of another format', () => {
    expect(() => decodeOverview({ format: 'x' } as never)).toThrow(/not a map overview/);
  });
});
