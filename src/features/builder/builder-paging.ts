// Paging of the result table: a gmina table can hold 150 000 rows, and a browser that
// renders them all at once stops answering. The table shows one page at a time; the
// exports always hold every row.

/**
 * Rows per page of the result table, at most. The browser's table layout is most of the cost
 * of showing a page, in proportion to its cells: a page of 500 gmina rows × 30 columns took
 * 0.4 s to lay out on a desktop (≈ 1.6 s on a phone); 100 rows, a fifth of that.
 */
export const PAGE_SIZE = 100;

/**
 * Cells (row headers and values) a page holds at most, so a wide table gets fewer rows a
 * page: a gmina table of 3 indicators × 10 years (31 cells a row) was shown 0.69 s after it
 * was computed with 100 rows a page and 0.44 s with 50, on the phone profile of
 * `npm run bench` (medians of 6). A table of up to 16 cells a row keeps 100 rows.
 */
export const PAGE_CELLS = 1600;
/** Rows per page, at least, however wide the table. */
export const MIN_PAGE_SIZE = 20;

/** Rows per page for rows of `cellsPerRow` cells: within the cell budget, a round ten, 20 to 100. */
export function pageSizeFor(cellsPerRow: number): number {
  const fit = Math.floor(PAGE_CELLS / Math.max(1, cellsPerRow) / 10) * 10;
  return Math.max(MIN_PAGE_SIZE, Math.min(PAGE_SIZE, fit));
}

export interface Page {
  /** 0-based page number, clamped into the table. */
  index: number;
  /** How many pages the table has (at least 1, even when empty). */
  count: number;
  /** 0-based index of the first row on the page (inclusive). */
  start: number;
  /** 0-based index after the last row on the page (exclusive). */
  end: number;
}

/** The page `index` of a table of `total` rows; an index out of range goes to the nearest page. */
export function pageOf(total: number, index: number, size: number = PAGE_SIZE): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const i = Math.min(count - 1, Math.max(0, Math.floor(index)));
  const start = i * size;
  return { index: i, count, start, end: Math.min(total, start + size) };
}
