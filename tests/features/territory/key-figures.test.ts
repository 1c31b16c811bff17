import { describe, expect, it } from 'vitest';
import { computeKeyFigures, figureContext, latestIndex } from '#features/territory/key-figures.ts';
import { CATALOGUE, gminaFile } from '#test-helpers/site-territory.ts';

describe('computeKeyFigures', () => {
  const file = gminaFile();
  const figs = computeKeyFigures(file, CATALOGUE);
  const by = (id: string) => figs.find((f) => f.indicator.id === id)!;

  it('takes the latest year with a value, and the change since the previous one', () => {
    expect(by('SPS_KRS').latest).toEqual({ year: 2024, value: 5, flags: 0 });
    expect(by('SPS_KRS').previous?.value).toBe(2);
    expect(by('SPS_KRS').change).toBe(3);
  });
  it('keeps a confidential latest year as confidential, without a change', () => {
    expect(by('REINT').latest).toEqual({ year: 2024, value: null, flags: 2 });
    expect(by('REINT').change).toBeUndefined();
  });
  it('skips indicators with no value and no confidential cell', () => {
    expect(figs.find((f) => f.indicator.id === 'CIS')).toBeUndefined();
  });
  it('compares with the parent and the country in the same year', () => {
    expect(by('SPS_10K').parent?.value).toBe(0.36);
    expect(by('SPS_10K').country?.value).toBe(2.1);
    expect(by('SPS_10K').vsParent).toBeCloseTo(2.06 / 0.36 - 1, 6);
  });
  it('does not compare sums across levels', () => {
    expect(by('SPS_KRS').vsParent).toBeUndefined();
    expect(by('POP').vsCountry).toBeUndefined();
  });
  it('attaches ranks of the same year and flags demo rows', () => {
    expect(by('SPS_10K').rank?.parent).toEqual({ rank: 1, of: 14 });
    expect(by('PS_ACT').demo).toBe(true);
    expect(by('SPS_KRS').demo).toBe(false);
  });
  it('treats the country as a voivodeship’s only comparison', () => {
    const v = { ...file, parents: [file.parents[0]], countrySeries: undefined };
    const ctx = figureContext(v);
    expect(ctx.parent).toBeUndefined();
    expect(ctx.country).toBe(v.parentSeries);
  });
  it('finds the latest index including suppressed cells', () => {
    expect(latestIndex({ v: [1, null, null], f: [0, 2, 0] })).toBe(1);
    expect(latestIndex({ v: [null, null] })).toBe(-1);
  });
});
