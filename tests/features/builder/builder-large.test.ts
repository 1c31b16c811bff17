// A gmina table at full size: 2,479 gminas × 10 years × 6 indicators with rows
// territory, year, indicator is 148,740 rows. Pivoting, sorting and exporting it must
// not overflow the call stack (no spread of an unbounded array as call arguments), and
// every export holds every row even though the screen shows one page at a time.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '#core/csv.ts';
import { resultTable, toCsv } from '#features/builder/builder-export.ts';
import { pivot, sortRows } from '#features/builder/builder-pivot.ts';
import { defaultState, normaliseState, type BuilderState } from '#features/builder/builder-state.ts';
import { xlsx } from '#features/builder/builder-xlsx.ts';
import { translator } from '#i18n/index.ts';
import type { LabelContext } from '#features/builder/builder-labels.ts';
import { GMINAS, INDICATORS, largeContext, YEARS } from '#test-helpers/builder-large-fixture.ts';

const CTX = largeContext();
const ROWS = GMINAS * YEARS.length * INDICATORS.length;
const LC: LabelContext = { lang: 'pl', t: translator('pl'), catalogue: CTX.catalogue, register: CTX.register };

const state = (over: Partial<BuilderState>): BuilderState =>
  normaliseState(
    { ...defaultState('T'), level: 'gmina', indicators: INDICATORS, ...over },
    { years: YEARS, catalogue: CTX.catalogue, hasCode: (c) => CTX.register.has(c) },
  ).state;

// Generous timeouts: a full-size export on a shared two-core machine takes seconds (never asserted).
describe('a 148,740-row gmina table', { timeout: 120_000 }, () => {
  const s = state({ rows: ['territory', 'year', 'indicator'], cols: [], totals: true });
  const result = pivot(s, CTX);

  it('pivots with one row per gmina, year and indicator, plus one total row per year and indicator', () => {
    expect(ROWS).toBe(148_740);
    expect(result.territories).toBe(GMINAS);
    expect(result.rows.filter((r) => r.kind === 'data')).toHaveLength(ROWS);
    expect(result.rows.filter((r) => r.kind === 'total')).toHaveLength(YEARS.length * INDICATORS.length);
    const lastCode = [...CTX.data.codes].sort().at(-1);
    expect(result.rows[ROWS - 1].keys).toEqual([lastCode, 2024, 'A6']);
  });

  it('sorts by value and by label without losing a row', () => {
    const collator = new Intl.Collator('pl');
    const byValue = sortRows(result, { key: 'c0', dir: 'desc' }, (_d, v) => String(v), collator);
    expect(byValue).toHaveLength(result.rows.length);
    expect(byValue[0].cells[0].value).toBe(96);
  });

  it('keeps subtotals with a block of every row (all gminas are rural) and sorts within it', () => {
    const sub = pivot(state({ rows: ['kind', 'territory', 'year', 'indicator'], cols: [], subtotals: true, totals: false }), CTX);
    expect(sub.rows.filter((r) => r.kind === 'data')).toHaveLength(ROWS);
    expect(sub.rows.filter((r) => r.kind === 'subtotal')).toHaveLength(YEARS.length * INDICATORS.length);
    const sorted = sortRows(sub, { key: 'c0', dir: 'asc' }, (_d, v) => String(v), new Intl.Collator('pl'));
    expect(sorted).toHaveLength(sub.rows.length);
    expect(sorted.at(-1)!.kind).toBe('subtotal');
  });

  it('exports every row to CSV and XLSX', () => {
    const table = resultTable(result, result.rows, LC);
    expect(table.rows).toHaveLength(result.rows.length);
    const csv = toCsv(table, { separator: ';', decimal: ',' });
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(result.rows.length + 2); // header, rows, and the empty string after the last CRLF
    const lastCode = String(result.rows[ROWS - 1].keys[0]);
    expect(parseCsv(`${lines[ROWS]}\r\n`, ';')[0].fields.slice(0, 3)).toEqual([lastCode, `Gmina ${lastCode}`, '2024']);
    const book = xlsx([{ name: 'S', rows: [table.header.map((h) => ({ kind: 'text' as const, text: h })), ...table.rows] }]);
    const text = new TextDecoder().decode(book);
    expect(text).toContain(`<row r="${result.rows.length + 1}">`);
  });
});
