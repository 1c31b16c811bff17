// Classed colour scales of the choropleth maps (src/features/indicator/map/map-scale.ts).
import { describe, expect, it } from 'vitest';
import {
  classIndex,
  colourOf,
  contrast,
  DIVERGING_ABOVE,
  DIVERGING_BELOW,
  divergingScale,
  EMPTY_STYLE,
  naturalThresholds,
  quantileSorted,
  quantileThresholds,
  scaleKindFor,
  sequentialScale,
  SEQUENTIAL,
} from '#features/indicator/map/map-scale.ts';

describe('quantile classes', () => {
  it('uses values that occur in the data', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(v, 0.2)).toBe(2);
    expect(quantileThresholds(v, 5)).toEqual([2, 4, 6, 8, 10]);
  });

  it('makes 0 a class of its own when most values are 0, and still splits the rest', () => {
    const v = [...new Array(80).fill(0), 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 85];
    const t = quantileThresholds(v, 5);
    expect(t[0]).toBe(0);
    expect(t.length).toBe(5);
    expect(t.at(-1)).toBe(85);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
    expect(new Set(t).size).toBe(t.length);
  });

  it('gives fewer classes than asked when there are fewer distinct values', () => {
    expect(quantileThresholds([0, 0, 0, 1, 1], 5)).toEqual([0, 1]);
    expect(quantileThresholds([3, 3, 3], 5)).toEqual([3]);
    expect(quantileThresholds([], 5)).toEqual([]);
  });
});

describe('natural breaks', () => {
  it('finds the gaps between clusters', () => {
    const v = [1, 2, 2, 3, 10, 11, 12, 30, 31, 33].sort((a, b) => a - b);
    expect(naturalThresholds(v, 3)).toEqual([3, 12, 33]);
  });

  it('ends at the maximum even when sampling a long list', () => {
    const v = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1000).sort((a, b) => a - b);
    const t = naturalThresholds(v, 5);
    expect(t.length).toBe(5);
    expect(t.at(-1)).toBe(999);
  });
});

describe('classIndex and the sequential scale', () => {
  it('puts a value in the first class whose upper bound it does not exceed', () => {
    const t = [0, 3, 10];
    expect(classIndex(t, 0)).toBe(0);
    expect(classIndex(t, 1)).toBe(1);
    expect(classIndex(t, 3)).toBe(1);
    expect(classIndex(t, 3.01)).toBe(2);
    expect(classIndex(t, 10)).toBe(2);
  });

  it('labels each class with the smallest and largest value it holds', () => {
    const s = sequentialScale([0, 0, 0, 0, 1, 2, 3, 5, 8, 13, null, null], 'quantile', 3);
    expect(s.kind).toBe('sequential');
    expect(s.classes.map((c) => [c.lo, c.hi])).toEqual([
      [0, 0],
      [1, 3],
      [5, 13],
    ]);
    expect(s.classes.map((c) => c.colour)).toEqual(SEQUENTIAL[3]);
    expect(colourOf(s, 2)).toBe(SEQUENTIAL[3][1]);
    expect(colourOf(s, null)).toBeNull();
  });
});

describe('diverging scale', () => {
  it('splits at the midpoint: at or below it orange, above it purple', () => {
    const values = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7];
    const s = divergingScale(values, 3, 'quantile');
    expect(s.kind).toBe('diverging');
    expect(s.midpoint).toBe(3);
    const below = s.classes.filter((c) => c.side === 'below');
    const above = s.classes.filter((c) => c.side === 'above');
    expect(below.at(-1)!.hi).toBeLessThanOrEqual(3);
    expect(above[0].lo).toBeGreaterThan(3);
    expect(below.map((c) => c.colour)).toEqual(DIVERGING_BELOW[below.length]);
    expect(above.map((c) => c.colour)).toEqual(DIVERGING_ABOVE[above.length]);
    expect(colourOf(s, 3)).toBe(below.at(-1)!.colour);
    expect(colourOf(s, 3.5)).toBe(above[0].colour);
  });

  it('is used for ratios and means with a national value, never for sums', () => {
    expect(scaleKindFor({ aggregation: { rule: 'ratio' } }, 2.5)).toBe('diverging');
    expect(scaleKindFor({ aggregation: { rule: 'ratio' } }, null)).toBe('sequential');
    expect(scaleKindFor({ aggregation: { rule: 'sum' } }, 100)).toBe('sequential');
  });

  it('is not used when zeros are the bulk of the map or one side is nearly empty', () => {
    const ratio = { aggregation: { rule: 'ratio' } };
    // 1,790 of 2,479 gminas with no social cooperative, the national rate 0.45 per 10k.
    const gminas = [...Array(1790).fill(0), ...Array.from({ length: 689 }, (_, i) => 0.2 + i / 100)];
    expect(scaleKindFor(ratio, 0.45, gminas)).toBe('sequential');
    // Both sides populated, few zeros: diverging.
    const spread = Array.from({ length: 100 }, (_, i) => i / 10);
    expect(scaleKindFor(ratio, 5, spread)).toBe('diverging');
    // Only 5 % above the midpoint: one side would be a single lonely colour.
    expect(scaleKindFor(ratio, 9.45, spread)).toBe('sequential');
  });

  it('gives zero a class of its own on the "below" side too', () => {
    const values = [0, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7];
    const s = divergingScale(values, 3, 'quantile');
    expect(s.classes[0]).toMatchObject({ lo: 0, hi: 0, side: 'below' });
    expect(colourOf(s, 0)).not.toBe(colourOf(s, 0.5));
  });
});

describe('zero as a class of its own', () => {
  it('separates 0 from small positive values with natural breaks too', () => {
    const values = [...Array(70).fill(0), 0.1, 0.2, 0.3, 0.4, 1, 2, 3, 5, 8, 13, 21, 34];
    for (const method of ['quantile', 'natural'] as const) {
      const s = sequentialScale(values, method, 5);
      expect(s.classes[0]).toMatchObject({ lo: 0, hi: 0 });
      expect(colourOf(s, 0.1)).not.toBe(colourOf(s, 0));
    }
  });

  it('leaves scales without zeros or with negative values as they were', () => {
    const s = sequentialScale([-2, -1, 0, 1, 2, 3], 'quantile', 3);
    expect(s.classes[0].lo).toBe(-2);
  });
});

describe('colours', () => {
  it('keeps "no data" and "confidential" apart from every class colour and each other', () => {
    const classColours = new Set([
      ...Object.values(SEQUENTIAL).flat(),
      ...Object.values(DIVERGING_BELOW).flat(),
      ...Object.values(DIVERGING_ABOVE).flat(),
    ]);
    expect(classColours.has(EMPTY_STYLE.missing.background)).toBe(false);
    expect(classColours.has(EMPTY_STYLE.suppressed.background)).toBe(false);
    // The confidential fill is dark, "no data" light: they differ by lightness, not hue.
    expect(contrast(EMPTY_STYLE.missing.background, EMPTY_STYLE.suppressed.background)).toBeGreaterThan(4.5);
  });

  it('orders sequential palettes from light to dark, so they read without hue', () => {
    for (const palette of Object.values(SEQUENTIAL)) {
      const lum = palette.map((c) => contrast(c, '#000000'));
      for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
    }
  });
});
