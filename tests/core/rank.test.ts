import { describe, expect, it } from 'vitest';
import { rankValues } from '#core/rank.ts';

describe('rankValues', () => {
  it('uses competition ranking for ties and skips missing values', () => {
    const r = rankValues([10, 30, null, 30, 5]);
    expect(r.map((x) => x?.rank ?? null)).toEqual([3, 1, null, 1, 4]);
    expect(r[0]!.of).toBe(4);
  });
  it('gives percentiles from 0 (lowest) to 100 (highest), ties sharing the midpoint', () => {
    const r = rankValues([1, 2, 3]);
    expect(r.map((x) => x!.percentile)).toEqual([0, 50, 100]);
    const t = rankValues([7, 7]);
    expect(t.map((x) => x!.percentile)).toEqual([50, 50]);
  });
  it('handles a single value and an empty list', () => {
    expect(rankValues([4])[0]).toEqual({ rank: 1, of: 1, percentile: 50 });
    expect(rankValues([])).toEqual([]);
  });
});
