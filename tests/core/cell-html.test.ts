// One shown value as table-cell HTML: the number (wrapped or bare), its demo tag and its
// other marks; ranks as plain phrases.
import { describe, expect, it } from 'vitest';
import { rankHtml, valueHtml } from '#core/cell-html.ts';
import { FLAG } from '#core/cells.ts';
import { translator } from '#i18n/index.ts';

const t = translator('pl');

describe('valueHtml', () => {
  it('wraps the number by default and leaves it bare in a numeric cell, keeping the demo tag either way', () => {
    const demo = { value: 2388, flags: FLAG.demo };
    expect(valueHtml(demo, 'pl', t, 0)).toBe('<span class="num">2\u00a0388</span> <span class="demo-tag">demo</span>');
    expect(valueHtml(demo, 'pl', t, 0, { numberSpan: false })).toBe('2\u00a0388 <span class="demo-tag">demo</span>');
  });

  it('keeps confidential and missing values apart, never as a number', () => {
    expect(valueHtml({ value: null, flags: FLAG.suppressed }, 'pl', t, 0, { numberSpan: false })).toContain('empty-cell');
    expect(valueHtml(undefined, 'pl', t, 0, { numberSpan: false })).toContain('empty-cell');
  });
});

describe('rankHtml', () => {
  it('gives the rank in the parent with the national rank below it', () => {
    const html = rankHtml({ year: 2024, level: { rank: 153, of: 2479, percentile: 93.8 }, parent: { rank: 3, of: 14 } }, 'gmina', 'pl', t);
    expect(html).toMatch(/^3\. z 14 gmin w powiecie<span class="sub">153\. z 2\u00a0479 gmin w kraju<\/span>$/);
  });
});
