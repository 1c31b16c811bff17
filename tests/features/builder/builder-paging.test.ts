// Paging of the result table: every row is on exactly one page, pages hold PAGE_SIZE
// rows (fewer in a wide table), and an index out of range goes to the nearest page.
import { describe, expect, it } from 'vitest';
import { MIN_PAGE_SIZE, PAGE_CELLS, PAGE_SIZE, pageOf, pageSizeFor } from '#features/builder/builder-paging.ts';

describe('result table pages', () => {
  it('shows 100 rows a page', () => {
    expect(PAGE_SIZE).toBe(100);
  });

  it('covers 148,800 rows in 1,488 pages, each row exactly once', () => {
    const total = 148_800;
    const first = pageOf(total, 0);
    expect(first).toEqual({ index: 0, count: 1488, start: 0, end: 100 });
    let covered = 0;
    let next = 0;
    for (let i = 0; i < first.count; i++) {
      const p = pageOf(total, i);
      expect(p.start).toBe(next);
      covered += p.end - p.start;
      next = p.end;
    }
    expect(covered).toBe(total);
    expect(pageOf(total, 1487)).toEqual({ index: 1487, count: 1488, start: 148_700, end: 148_800 });
  });

  it('clamps a page index out of range and keeps one empty page for an empty table', () => {
    expect(pageOf(1200, 99)).toEqual({ index: 11, count: 12, start: 1100, end: 1200 });
    expect(pageOf(1200, -3)).toEqual({ index: 0, count: 12, start: 0, end: 100 });
    expect(pageOf(0, 0)).toEqual({ index: 0, count: 1, start: 0, end: 0 });
    expect(pageOf(10, 0, 4)).toEqual({ index: 0, count: 3, start: 0, end: 4 });
  });

  it('gives a wide table fewer rows a page, in round tens, never beyond the cell budget but 20 rows at least', () => {
    expect(pageSizeFor(4)).toBe(100); // territory, year, indicator and one value column
    expect(pageSizeFor(16)).toBe(100);
    expect(pageSizeFor(17)).toBe(90);
    expect(pageSizeFor(31)).toBe(50); // gmina × 3 indicators × 10 years
    expect(pageSizeFor(200)).toBe(MIN_PAGE_SIZE);
    expect(pageSizeFor(0)).toBe(PAGE_SIZE);
    for (let cells = 1; cells <= 80; cells++) {
      const size = pageSizeFor(cells);
      expect(size % 10).toBe(0);
      expect(size).toBeLessThanOrEqual(PAGE_SIZE);
      expect(size * cells).toBeLessThanOrEqual(PAGE_CELLS);
    }
  });
});
