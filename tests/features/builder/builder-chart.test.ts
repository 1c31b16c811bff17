// The builder's chart rules: which charts a layout allows, the entity a bar or a map
// area stands for, the series taken from the same aggregated cells as the table, and
// the map's quantile classes.
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import {
  availability,
  barOptions,
  chartSeries,
  classOf,
  effectiveChart,
  entityIdDim,
  lineOptions,
  pointsFor,
  quantileBreaks,
} from '#features/builder/builder-chart.ts';
import { pivot } from '#features/builder/builder-pivot.ts';
import { defaultState, normaliseState, type BuilderState } from '#features/builder/builder-state.ts';
import { CATALOGUE, CTX, REGISTER } from '#test-helpers/builder-fixture.ts';

const state = (over: Partial<BuilderState>): BuilderState =>
  normaliseState(
    { ...defaultState('T'), level: 'gmina', ...over },
    { years: [2022, 2023], catalogue: CATALOGUE, hasCode: (c) => REGISTER.has(c) },
  ).state;

describe('chart rules', () => {
  it('finds the field that names one entity', () => {
    expect(entityIdDim(['powiat', 'territory'])).toBe('territory');
    expect(entityIdDim(['voivodeship', 'powiat'])).toBe('powiat');
    expect(entityIdDim(['voivodeship'])).toBe('voivodeship');
    expect(entityIdDim(['kind'])).toBeNull();
    expect(entityIdDim(['powiat', 'kind'])).toBeNull();
    expect(entityIdDim([])).toBeNull();
  });

  it('offers a map only for areas of one level, and a line only for several years', () => {
    const byPowiat = pivot(state({ indicators: ['N'], rows: ['powiat'] }), CTX);
    expect(availability(byPowiat, 'gmina')).toEqual({ bar: true, line: true, map: 'powiat' });
    const byKind = pivot(state({ indicators: ['N'], rows: ['kind'], years: { from: 2022, to: 2022 } }), CTX);
    expect(availability(byKind, 'gmina')).toEqual({ bar: true, line: false, map: null });
    expect(effectiveChart('map', availability(byKind, 'gmina'))).toBe('bar');
    expect(effectiveChart('none', availability(byKind, 'gmina'))).toBe('none');
  });

  it('draws the same cells as the table, in the table’s order', () => {
    const res = pivot(state({ indicators: ['R'], rows: ['powiat'] }), CTX);
    const series = chartSeries(res, res.rows, 'R', (_d, v) => String(v));
    expect(series.map((s) => s.code)).toEqual(['1201', '1202', '1401']);
    const pts = pointsFor(series, [2022], 2);
    expect(pts.map((p) => [p.label, p.value, p.state])).toEqual([
      ['1201', 4, 'value'],
      ['1202', null, 'suppressed'],
      ['1401', 10, 'value'],
    ]);
  });

  it('splits values into quantile classes', () => {
    const b = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(b).toEqual([3, 5, 7, 9]);
    expect([1, 3, 4, 10].map((v) => classOf(v, b))).toEqual([0, 1, 1, 4]);
    expect(quantileBreaks([5, 5, 5])).toEqual([]);
  });
});

describe('axes of small counts', () => {
  it('tick whole numbers only, so "0, 1, 1, 2" never repeats a label', () => {
    const pt = (entity: string, year: number, value: number) => ({
      entity,
      label: entity,
      year,
      value,
      state: 'value' as const,
      demo: false,
    });
    const pts = [pt('a', 2022, 0), pt('a', 2023, 3), pt('b', 2022, 1), pt('b', 2023, 2)];
    const o = { lang: 'pl' as const, decimals: 0, title: 't', width: 600, years: [2022, 2023] };
    expect((lineOptions(Plot, pts, o).y as { ticks?: number[] }).ticks).toEqual([0, 1, 2, 3]);
    const empty = { suppressed: 's', missing: 'm', refused: 'r' };
    expect((barOptions(Plot, pts.slice(0, 2), { ...o, empty }).x as { ticks?: number[] }).ticks).toEqual([0, 1, 2, 3]);
    const big = [pt('a', 2022, 0), pt('a', 2023, 120)];
    expect((lineOptions(Plot, big, o).y as { ticks?: number[] }).ticks).toBeUndefined();
  });
});
