// The progress chart (src/features/programme/programme-chart.ts): its input and the SVG
// the build renders.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { allIndicators } from '#features/programme/programme.ts';
import { progressChartInput, progressChartOptions, projectionLine, renderProgressChartSvg } from '#features/programme/programme-chart.ts';
import { projectLinear } from '#features/programme/progress.ts';
import { ind, lubelskie, programmes, slaskie } from './programme-fixture.ts';

describe('chart', () => {
  it('the input holds the path, the goal and the projection the status rule used', () => {
    for (const p of programmes)
      for (const i of allIndicators(p)) {
        const input = progressChartInput(i, 'pl', 't');
        expect(input.path).toEqual(i.path);
        if (i.target.goal !== null) expect(input.goal).toEqual({ year: i.target.year, value: i.target.goal });
        const line = projectionLine(i);
        if (i.progress.projected === null) expect(line).toEqual([]);
        else {
          expect(line[1]).toEqual({ year: i.target.year, value: i.progress.projected });
          expect(line[0].year).toBe(i.progress.projectionYears[0]);
        }
        expect(input.from).toBeLessThanOrEqual(Math.min(i.target.year, ...i.points.map((x) => x.year)));
        expect(input.to).toBeGreaterThanOrEqual(i.target.year);
      }
  });

  it('the projection line is the least-squares line of the fitted years', () => {
    const i = ind(lubelskie, 'ps-act');
    const fit = i.progress.projectionYears.map((y) => ({ year: y, value: i.points.find((p) => p.year === y)?.value ?? i.baseline.value! }));
    const line = projectionLine(i);
    expect(line[0].value).toBeCloseTo(projectLinear(fit, line[0].year)!, 6);
  });

  it('renders to a labelled SVG at build time, with hollow dots for demo values and a gap for a confidential year', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const input = progressChartInput(ind(slaskie, 'reint'), 'pl', 'REINT');
    const svg = renderProgressChartSvg(Plot, input, document as unknown as Document);
    expect(svg).toMatch(/^<svg role="img" focusable="false" /);
    expect(svg).toContain('aria-label="REINT"');
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('fill="#ffffff"');
    const opts = progressChartOptions(Plot, input);
    expect(opts.x?.domain).toEqual([input.from, input.to]);
  });
});
