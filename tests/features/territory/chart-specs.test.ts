import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartCsv, chartLines, chartTableRows, csvDataUrl, hasGaps } from '#features/territory/chart-data.ts';
import { integerTicks } from '#core/chart-style.ts';
import { compactSvg, lineChartOptions, renderLineChartSvg, type LineChartInput } from '#features/territory/chart-specs.ts';
import { gminaFile } from '#test-helpers/site-territory.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const labels = { self: 'Nowy Targ', parent: { code: '1211', label: 'powiat nowotarski' }, country: { code: 'PL', label: 'Polska' } };

describe('chart lines', () => {
  const file = gminaFile();
  it('compares ratios with the parent and the country, sums stand alone', () => {
    expect(chartLines(file, { id: 'SPS_10K', intensive: true }, labels).map((l) => l.role)).toEqual(['self', 'parent', 'country']);
    expect(chartLines(file, { id: 'SPS_KRS', intensive: false }, labels).map((l) => l.role)).toEqual(['self']);
  });
  it('adds similar territories as peers on request', () => {
    const lines = chartLines(file, { id: 'SPS_KRS', intensive: false }, labels, 'similar', [{ code: 'X', label: 'X', file }]);
    expect(lines.map((l) => l.role)).toEqual(['self', 'peer']);
  });
});

describe('the shared Plot spec', () => {
  const input: LineChartInput = {
    years: [2022, 2023, 2024],
    lines: chartLines(gminaFile(), { id: 'REINT', intensive: false }, labels),
    decimals: 0,
    lang: 'pl',
    title: 'Jednostki',
  };
  it('renders at build time to a compact SVG without Plot’s per-chart style', () => {
    const svg = renderLineChartSvg(Plot, input, document as unknown as Document);
    expect(svg.startsWith('<svg role="img"')).toBe(true);
    expect(svg).not.toContain('<style>');
    expect(svg).toContain('class="mes-chart"');
    expect(svg).not.toMatch(/="[^"]*\d\.\d\d/);
  });
  it('adds tooltips only in the interactive variant', () => {
    const marks = (o: ReturnType<typeof lineChartOptions>) => (o.marks ?? []).length;
    expect(marks(lineChartOptions(Plot, { ...input, interactive: true }))).toBe(marks(lineChartOptions(Plot, input)) + 2);
  });
  it('keeps a flat zero series readable (0–1 axis)', () => {
    const zeros = { ...input, lines: [{ ...input.lines[0], values: [0, 0, 0] }] };
    expect(lineChartOptions(Plot, zeros).y?.domain).toEqual([0, 1]);
  });
  it('labels small counts with whole numbers only, each once', () => {
    const small = { ...input, lines: [{ ...input.lines[0], values: [1, 0, 3] }] };
    const svg = renderLineChartSvg(Plot, small, document as unknown as Document);
    const { document: doc } = parseHTML(`<html><body>${svg}</body></html>`);
    const yLabels = [...doc.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(yLabels).toEqual(['0', '1', '2', '3']);
    // Fractions keep Plot's own ticks.
    expect(integerTicks([0.5, 1, 2])).toBeUndefined();
    expect(integerTicks([0, 40, 85])).toBeUndefined();
  });
  it('tables and CSV say "dane niejawne" for confidential values, never 0', () => {
    expect(hasGaps(input)).toBe(false);
    const rows = chartTableRows(input);
    expect(rows.at(-1)!.cells).toEqual(['dane niejawne']);
    const csv = chartCsv(input, { id: 'REINT', unit: 'units' }, '2024');
    expect(csv.split('\n')[3]).toBe('REINT,units,1211092,Nowy Targ,2024,,confidential,suppressed,2024');
    expect(csvDataUrl('a,b\n#1')).toBe('data:text/csv;charset=utf-8,a,b%0A%231');
  });
  it('CSV gives each value its status word: demo for demo values, real for real ones', () => {
    const demo: LineChartInput = { ...input, lines: chartLines(gminaFile(), { id: 'PS_ACT', intensive: false }, labels) };
    const real: LineChartInput = { ...input, lines: chartLines(gminaFile(), { id: 'SPS_KRS', intensive: false }, labels) };
    const statuses = (i: LineChartInput, id: string) => {
      const [head, ...rows] = chartCsv(i, { id, unit: 'entities' }, '2024')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      const at = head.split(',').indexOf('status');
      return rows.map((r) => r.split(',')[at]);
    };
    expect(statuses(demo, 'PS_ACT')).toEqual(['demo', 'demo', 'demo']);
    expect(statuses(real, 'SPS_KRS')).toEqual(['real', 'real', 'real']);
  });
  it('rounds coordinates but not text', () => {
    expect(compactSvg('<svg x="1.23456"><text>0.125</text></svg>')).toBe(
      '<svg role="img" focusable="false" x="1.2"><text>0.125</text></svg>',
    );
  });
});
