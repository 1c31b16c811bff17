// Demo figures never lose their mark on the way out: every builder export (CSV, XLSX,
// JSON) is read back — the CSV parsed, the XLSX unzipped and its XML read, the JSON
// parsed — and every value carries the status its source cell has: real, demo,
// estimate, provisional, confidential or missing. The expected statuses are derived
// here from the raw fixture flags, not with the exporter's code. In the XLSX, demo
// values also sit on a fill that the metadata sheet names, and real ones do not.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '#core/csv.ts';
import type { LevelFile } from '#core/data-types.ts';
import { unzip } from '#core/zip.ts';
import { metadataRows, resultTable, toCsv, toJson } from '#features/builder/builder-export.ts';
import { levelDataFrom, pivot, type PivotContext } from '#features/builder/builder-pivot.ts';
import { defaultState, normaliseState, type BuilderState, type Dim } from '#features/builder/builder-state.ts';
import { resultWorkbook } from '#features/builder/builder-xlsx.ts';
import { ruleLabel, type LabelContext } from '#features/builder/builder-labels.ts';
import { translator } from '#i18n/index.ts';
import { CATALOGUE, CODES, REGISTER } from '#test-helpers/builder-fixture.ts';

// Raw flag bits of the source format (src/core/cells.ts FLAG), spelled out so the expectation does not reuse the code under test.
const DEMO = 1;
const SUPPRESSED = 2;
const ESTIMATE = 4;
const PROVISIONAL = 8;
const YEARS = [2022, 2023];
const VALUES: (number | null)[][] = [
  [1, 2, 3, null, 5],
  [6, null, 8, 9, 10],
];
const FLAGS: number[][] = [
  [0, DEMO, ESTIMATE, SUPPRESSED, PROVISIONAL],
  [0, 0, DEMO | ESTIMATE, PROVISIONAL, 0],
];
/** What each gmina and year must be called in every export. */
function expectedStatus(code: string, year: number): string {
  const yi = YEARS.indexOf(year);
  const ti = CODES.indexOf(code);
  const f = FLAGS[yi][ti];
  if (f & SUPPRESSED) return 'confidential';
  if (VALUES[yi][ti] === null) return 'missing';
  if (f & DEMO) return 'demo';
  if (f & ESTIMATE) return 'estimate';
  if (f & PROVISIONAL) return 'provisional';
  return 'real';
}

const chunk: LevelFile = { release: 'T', level: 'gmina', years: YEARS, codes: CODES, values: { N: VALUES }, flags: { N: FLAGS } };
const CTX: PivotContext = { data: levelDataFrom([chunk]), catalogue: CATALOGUE, register: REGISTER };
const LC: LabelContext = { lang: 'en', t: translator('en'), catalogue: CATALOGUE, register: REGISTER };

function resultFor(rows: Dim[], cols: Dim[]) {
  const state: BuilderState = normaliseState(
    { ...defaultState('T'), level: 'gmina', indicators: ['N'], rows, cols, totals: false },
    { years: YEARS, catalogue: CATALOGUE, hasCode: (c) => REGISTER.has(c) },
  ).state;
  const result = pivot(state, CTX);
  return { state, result, table: resultTable(result, result.rows, LC) };
}

/** Cells of a worksheet by reference ("C2"): style index and text or number. */
function sheetCells(xml: string): Map<string, { s: number; text: string }> {
  const out = new Map<string, { s: number; text: string }>();
  for (const m of xml.matchAll(
    /<c r="([A-Z]+\d+)"( t="inlineStr")?(?: s="(\d+)")?>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*)<\/t><\/is>)<\/c>/g,
  ))
    out.set(m[1], { s: Number(m[3] ?? 0), text: m[4] ?? m[5] });
  return out;
}

/** Fill colour (ARGB) of each cell style of styles.xml, or null for no fill. */
function styleFills(xml: string): (string | null)[] {
  const fills = [...xml.matchAll(/<fill>(.*?)<\/fill>/g)].map(
    (m) => /patternType="solid"><fgColor rgb="([0-9A-F]{8})"/.exec(m[1])?.[1] ?? null,
  );
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(xml)![1];
  return [...xfs.matchAll(/<xf [^>]*fillId="(\d+)"/g)].map((m) => fills[Number(m[1])]);
}

const columnLetter = (i: number) => String.fromCharCode(65 + i);

describe.each([
  ['wide: gminas in rows, years in columns, a status column beside each value column', ['territory'], ['year', 'indicator']],
  ['long: gmina, year and indicator in rows, one value column and its status', ['territory', 'year', 'indicator'], []],
] as [string, Dim[], Dim[]][])('%s', (_name, rows, cols) => {
  const { state, result, table } = resultFor(rows, cols);
  /** Every value of the result as [row index in the table, value column index, expected status]. */
  const expected: [number, number, string][] = [];
  result.rows.forEach((r, ri) =>
    r.cells.forEach((_c, ci) => {
      const code = String(r.keys[rows.indexOf('territory')]);
      const yearAt = rows.indexOf('year');
      const year = yearAt >= 0 ? Number(r.keys[yearAt]) : Number(result.cols[ci][cols.indexOf('year')]);
      expected.push([ri, ci, expectedStatus(code, year)]);
    }),
  );
  const firstValueColumn = table.header.length - result.cols.length * 2;

  it('covers all six statuses', () => {
    expect(new Set(expected.map((e) => e[2]))).toEqual(new Set(['real', 'demo', 'estimate', 'provisional', 'confidential', 'missing']));
  });

  it('CSV: the status column beside each value says the status of that value', () => {
    const csv = parseCsv(toCsv(table, { separator: ';', decimal: ',' }), ';').map((r) => r.fields);
    for (let ci = 0; ci < result.cols.length; ci++)
      expect(csv[0][firstValueColumn + 2 * ci + 1]).toBe(`${csv[0][firstValueColumn + 2 * ci]} — status`);
    for (const [ri, ci, status] of expected) {
      const line = csv[ri + 1];
      const value = line[firstValueColumn + 2 * ci];
      expect(line[firstValueColumn + 2 * ci + 1], `row ${ri + 1}, value column ${ci}`).toBe(status);
      if (status === 'missing') expect(value).toBe('');
      else if (status === 'confidential') expect(value).toBe('confidential');
      else expect(value).toMatch(/^\d+$/);
    }
  });

  it('XLSX: status columns as in the CSV, demo values on the fill the metadata sheet names, real values on none', () => {
    const meta = metadataRows(
      state,
      result,
      {
        title: 't',
        site: 's',
        siteName: 'Monitor',
        url: 'u',
        release: 'T',
        lang: 'en',
        scope: 'Poland',
        years: YEARS,
        levelLabel: 'Gminas',
        kindsLabel: 'all',
        layout: 'l',
        ruleOf: (i) => ruleLabel(i, LC.t),
        sourceOf: (i) => i.source.name.en,
        involved: ['N'],
      },
      LC,
    );
    const files = new Map(
      unzip(resultWorkbook(table, meta, { table: 'Table', meta: 'Metadata' }, 't')).map((f) => [f.name, new TextDecoder().decode(f.data)]),
    );
    const cells = sheetCells(files.get('xl/worksheets/sheet1.xml')!);
    const fills = styleFills(files.get('xl/styles.xml')!);
    const demoFill = new Set(
      expected.filter((e) => e[2] === 'demo').map(([ri, ci]) => fills[cells.get(`${columnLetter(firstValueColumn + 2 * ci)}${ri + 2}`)!.s]),
    );
    expect(demoFill.size).toBe(1);
    const [fill] = [...demoFill];
    expect(fill).toMatch(/^FF[0-9A-F]{6}$/);
    for (const [ri, ci, status] of expected) {
      const row = ri + 2; // after the header row
      const value = cells.get(`${columnLetter(firstValueColumn + 2 * ci)}${row}`);
      expect(cells.get(`${columnLetter(firstValueColumn + 2 * ci + 1)}${row}`)?.text, `row ${row}, value column ${ci}`).toBe(status);
      if (status === 'missing') expect(value).toBeUndefined();
      else if (status === 'confidential') expect(value?.text).toBe('confidential');
      else expect(fills[value!.s]).toBe(status === 'demo' ? fill : null);
    }
    // The metadata sheet states the convention and the fill colour.
    const metaXml = files.get('xl/worksheets/sheet2.xml')!;
    expect(metaXml).toContain(`#${fill!.slice(2)}`);
    for (const word of ['real', 'demo', 'estimate', 'provisional', 'confidential', 'missing']) expect(metaXml).toContain(word);
  });

  it('JSON: every value has its status', () => {
    const doc = JSON.parse(
      toJson(result, result.rows, state, { title: 't', site: 's', url: 'u', release: 'T', lang: 'en', scope: 'Poland', years: YEARS }, LC),
    );
    for (const [ri, ci, status] of expected) expect(doc.rows[ri].cells[ci].status, `row ${ri}, value column ${ci}`).toBe(status);
    expect(doc.conventions.status).toContain('demo');
  });
});
