import { describe, expect, it } from 'vitest';
import { aggregate, canAggregate, ratioCell, roundTo, sumCells, weightedMeanCells } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';

const v = (value: number, flags = 0, source = 'a'): Cell => ({ value, flags, source });
const suppressed: Cell = { value: null, flags: FLAG.suppressed, source: 'a' };

function ind(id: string, aggregation: Indicator['aggregation']): Indicator {
  return {
    id,
    name: { pl: id, en: id },
    description: { pl: id, en: id },
    unit: 'entities',
    decimals: 0,
    theme: 'entities',
    source: { name: { pl: 's', en: 's' }, frequency: 'annual' },
    polarity: 'neutral',
    levels: ['country', 'gmina'],
    aggregation,
    integer: false,
  };
}

const catalogue = new Map(
  [
    ind('N', { rule: 'sum' }),
    ind('P', { rule: 'sum' }),
    ind('R', { rule: 'ratio', numerator: 'N', denominator: 'P', multiplier: 10000 }),
    ind('M', { rule: 'weighted-mean', weight: 'P' }),
    ind('X', { rule: 'none' }),
  ].map((i) => [i.id, i]),
);

describe('sum', () => {
  it('adds values and marks the total as aggregated, keeping demo flags', () => {
    const total = sumCells([v(1), v(2, FLAG.demo, 'demo'), v(3)]);
    expect(total?.value).toBe(6);
    expect(total!.flags & FLAG.demo).toBeTruthy();
    expect(total!.flags & FLAG.aggregated).toBeTruthy();
    expect(total!.source).toBe('a+demo');
  });
  it('propagates a suppressed member as suppressed, not as 0', () => {
    const total = sumCells([v(5), suppressed, v(1)]);
    expect(total?.value).toBeNull();
    expect(total!.flags & FLAG.suppressed).toBeTruthy();
  });
  it('gives missing (not a partial total) when a member is missing', () => {
    expect(sumCells([v(5), undefined])).toBeUndefined();
    expect(sumCells([])).toBeUndefined();
  });
  it('treats a real zero as a value', () => {
    expect(sumCells([v(0), v(0)])?.value).toBe(0);
  });
});

describe('ratio of sums', () => {
  it('recomputes the ratio from summed numerator and denominator, not the mean of ratios', () => {
    // gmina A: 1 per 1,000 people (10 per 10k); gmina B: 9 per 9,000 ... ratio of sums differs from mean of ratios
    const members = (id: string) => (id === 'N' ? [v(1), v(30)] : [v(1000), v(100000)]);
    const r = aggregate('R', catalogue, members)!;
    expect(r.value).toBeCloseTo((31 / 101000) * 10000, 10);
    const meanOfRatios = (10 + 3) / 2;
    expect(r.value).not.toBeCloseTo(meanOfRatios, 3);
  });
  it('is missing for a zero denominator and suppressed when a part is suppressed', () => {
    expect(ratioCell(v(1), v(0), 100)).toBeUndefined();
    expect(ratioCell(suppressed, v(10), 100)!.flags & FLAG.suppressed).toBeTruthy();
    expect(ratioCell(v(1), undefined, 100)).toBeUndefined();
  });
});

describe('weighted mean', () => {
  it('weights by the weight indicator', () => {
    expect(weightedMeanCells([v(100), v(400)], [v(3), v(1)])?.value).toBe(175);
    const members = (id: string) => (id === 'M' ? [v(100), v(400)] : [v(3), v(1)]);
    expect(aggregate('M', catalogue, members)?.value).toBe(175);
  });
  it('propagates suppression and missing', () => {
    expect(weightedMeanCells([v(1), suppressed], [v(1), v(1)])!.flags & FLAG.suppressed).toBeTruthy();
    expect(weightedMeanCells([v(1), undefined], [v(1), v(1)])).toBeUndefined();
  });
});

describe('non-additive indicators', () => {
  it('refuse grouping', () => {
    expect(aggregate('X', catalogue, () => [v(1), v(2)])).toBeUndefined();
    expect(canAggregate('X', catalogue)).toBe(false);
    expect(canAggregate('R', catalogue)).toBe(true);
    expect(() => aggregate('NOPE', catalogue, () => [])).toThrow(/unknown indicator/);
  });
});

describe('hand-checked fixture', () => {
  // Two powiats of three and two gminas; population and cooperatives by hand:
  // powiat 1: 1200+800+2000 = 4000 people, 1+0+3 = 4 coops → 10.00 per 10k
  // powiat 2: 5000+5000 = 10000 people, 2+3 = 5 coops → 5.00 per 10k
  // country: 14000 people, 9 coops → 6.43 per 10k (mean of the powiat ratios would be 7.50)
  const pop = { p1: [1200, 800, 2000], p2: [5000, 5000] };
  const coops = { p1: [1, 0, 3], p2: [2, 3] };
  const group = (p: 'p1' | 'p2') => (id: string) => (id === 'N' ? coops[p] : pop[p]).map((x) => v(x));
  it('aggregates gmina → powiat → country', () => {
    const p1 = { N: aggregate('N', catalogue, group('p1'))!, P: aggregate('P', catalogue, group('p1'))! };
    const p2 = { N: aggregate('N', catalogue, group('p2'))!, P: aggregate('P', catalogue, group('p2'))! };
    expect(roundTo(aggregate('R', catalogue, group('p1'))!.value!, 2)).toBe(10);
    expect(roundTo(aggregate('R', catalogue, group('p2'))!.value!, 2)).toBe(5);
    const country = aggregate('R', catalogue, (id) => [p1[id as 'N' | 'P'], p2[id as 'N' | 'P']])!;
    expect(roundTo(country.value!, 2)).toBe(6.43);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero at the published precision', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-0.0001, 2)).toBe(0);
  });
});
