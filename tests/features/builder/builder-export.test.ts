// The builder's writers: CSV (BOM, separator and decimal mark options, quoting,
// formula injection), the stored-zip XLSX (structure, CRC-32, metadata sheet) and JSON.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '#core/csv.ts';
import {
  exportName,
  metadataRows,
  neutralise,
  percentText,
  resultTable,
  toCsv,
  toJson,
  formatCsvNumber,
  type OutTable,
} from '#features/builder/builder-export.ts';
import { columnName, resultWorkbook, xlsx, xmlText } from '#features/builder/builder-xlsx.ts';
import { crc32, zip } from '#core/zip.ts';
import { pivot } from '#features/builder/builder-pivot.ts';
import { defaultState, normaliseState } from '#features/builder/builder-state.ts';
import { translator } from '#i18n/index.ts';
import { countForm, levelLabel, ruleLabel, unitLabel, voivodeshipName, type LabelContext } from '#features/builder/builder-labels.ts';
import { CATALOGUE, CTX, REGISTER } from '#test-helpers/builder-fixture.ts';

const LC: LabelContext = { lang: 'pl', t: translator('pl'), catalogue: CATALOGUE, register: REGISTER };
const STATE = normaliseState(
  {
    ...defaultState('T'),
    level: 'gmina',
    indicators: ['N', 'R'],
    rows: ['powiat'],
    cols: ['indicator'],
    years: { from: 2022, to: 2022 },
    totals: true,
  },
  { years: [2022, 2023], catalogue: CATALOGUE, hasCode: (c) => REGISTER.has(c) },
).state;
const RESULT = pivot(STATE, CTX);
const TABLE = resultTable(RESULT, RESULT.rows, LC);

describe('formula injection', () => {
  it('neutralises text starting with = + - @ tab or CR, and nothing else', () => {
    for (const bad of ['=1+1', '+48 123', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")'])
      expect(neutralise(bad)).toBe(`'${bad}`);
    for (const ok of ['Nowy Targ', '12', 'a=b', ' =1', "'=1", '']) expect(neutralise(ok)).toBe(ok);
  });

  it('applies to CSV text cells, never to numbers (negative ones stay numbers); XLSX inline strings keep the text as it is', () => {
    const t: OutTable = {
      header: ['=cmd', 'value'],
      rows: [
        [
          { kind: 'text', text: '@evil' },
          { kind: 'num', value: -1.5, decimals: 1, demo: false },
        ],
      ],
    };
    const csv = toCsv(t, { separator: ';', decimal: ',' });
    expect(csv).toBe("\ufeff'=cmd;value\r\n'@evil;-1,5\r\n");
    const book = new TextDecoder().decode(
      xlsx([{ name: 'S', rows: [t.header.map((h) => ({ kind: 'text' as const, text: h })), ...t.rows] }]),
    );
    // An inline string is never run as a formula, so a guard apostrophe would only show as a literal "'".
    expect(book).toContain('<t>=cmd</t>');
    expect(book).toContain('<t>@evil</t>');
    expect(book).not.toContain("'");
    expect(book).toContain('<v>-1.5</v>');
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = toCsv(TABLE, { separator: ',', decimal: '.' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes the shown table: code and name columns, rounded numbers, words for confidential', () => {
    const csv = toCsv(TABLE, { separator: ',', decimal: '.' });
    const rows = parseCsv(csv).map((r) => r.fields);
    expect(rows[0]).toEqual([
      'Powiat (TERYT)',
      'Powiat',
      'Wskaźnik N (podmioty) — 2022',
      'Wskaźnik N (podmioty) — 2022 — status',
      'Wskaźnik R (podmioty) — 2022',
      'Wskaźnik R (podmioty) — 2022 — status',
    ]);
    // Powiat 1201 holds the demo gmina 1201022, so its groups are demo; 1401 has one real member.
    expect(rows[1]).toEqual(['1201', 'powiat a', '4', 'demo', '4.00', 'demo']);
    expect(rows[2]).toEqual(['1202', 'powiat b', 'dane niejawne', 'confidential', 'dane niejawne', 'confidential']);
    expect(rows[3]).toEqual(['1401', 'powiat c', '5', 'real', '10.00', 'real']);
    expect(rows[4]).toEqual(['', 'Ogółem', 'dane niejawne', 'confidential', 'dane niejawne', 'confidential']);
  });

  it('offers semicolon and decimal comma for Polish Excel, and quotes when the decimal comma meets a comma separator', () => {
    const excel = toCsv(TABLE, { separator: ';', decimal: ',' });
    expect(excel.split('\r\n')[1]).toBe('1201;powiat a;4;demo;4,00;demo');
    const mixed = toCsv(TABLE, { separator: ',', decimal: ',' });
    expect(mixed.split('\r\n')[1]).toBe('1201,powiat a,4,demo,"4,00",demo');
    expect(parseCsv(mixed)[1].fields[4]).toBe('4,00');
    const semi = toCsv(TABLE, { separator: ';', decimal: '.' });
    expect(semi.split('\r\n')[1]).toBe('1201;powiat a;4;demo;4.00;demo');
  });

  it('formats numbers with fixed decimals and no grouping', () => {
    expect(formatCsvNumber(1234567.891, 2, ',')).toBe('1234567,89');
    expect(formatCsvNumber(2.5, 0, '.')).toBe('3');
    expect(formatCsvNumber(0.1 + 0.2, 1, '.')).toBe('0.3');
  });
});

/** Reads a stored zip back (local headers), checking each CRC with Node's own zlib.crc32. */
function readZip(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  while (v.getUint32(p, true) === 0x04034b50) {
    expect(v.getUint16(p + 8, true)).toBe(0); // stored
    const crc = v.getUint32(p + 14, true);
    const size = v.getUint32(p + 18, true);
    const nameLen = v.getUint16(p + 26, true);
    const extra = v.getUint16(p + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 30, p + 30 + nameLen));
    const data = bytes.subarray(p + 30 + nameLen + extra, p + 30 + nameLen + extra + size);
    expect(zlib.crc32(data)).toBe(crc);
    out.set(name, new TextDecoder().decode(data));
    p += 30 + nameLen + extra + size;
  }
  expect(v.getUint32(bytes.length - 22, true)).toBe(0x06054b50);
  expect(v.getUint16(bytes.length - 22 + 10, true)).toBe(out.size);
  return out;
}

describe('XLSX', () => {
  it('computes CRC-32 like zlib', () => {
    for (const s of ['', 'a', 'Zażółć gęślą jaźń', 'x'.repeat(10000)]) {
      const b = new TextEncoder().encode(s);
      expect(crc32(b)).toBe(zlib.crc32(b));
    }
  });

  it('writes a valid stored zip that unzip accepts', () => {
    const bytes = zip([
      { name: 'a.txt', data: new TextEncoder().encode('hello') },
      { name: 'dir/ż.xml', data: new TextEncoder().encode('<x/>') },
    ]);
    const file = path.join(os.tmpdir(), `builder-test-${process.pid}.zip`);
    fs.writeFileSync(file, bytes);
    try {
      const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(out).toContain('No errors detected');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // no unzip on this machine: readZip below still checks
    } finally {
      fs.rmSync(file, { force: true });
    }
    expect([...readZip(bytes).keys()]).toEqual(['a.txt', 'dir/ż.xml']);
  });

  it('holds the result sheet and a metadata sheet with source, release, filters, definitions and the demo flag', () => {
    const meta = metadataRows(
      STATE,
      RESULT,
      {
        title: 'Tytuł & <próba>',
        site: 'https://example.org',
        siteName: 'Monitor Ekonomii Społecznej',
        url: 'https://example.org/zestawienia/?v=1',
        release: 'T',
        published: '2025-11-30',
        lang: 'pl',
        scope: 'cały kraj',
        years: [2022],
        levelLabel: 'Gminy',
        kindsLabel: 'wszystkie rodzaje',
        layout: 'Wiersze: Powiat / Kolumny: Wskaźnik, Rok',
        ruleOf: (i) => ruleLabel(i, LC.t),
        sourceOf: (i) => i.source.name.pl,
        involved: ['N', 'R', 'P'],
      },
      LC,
    );
    const files = readZip(resultWorkbook(TABLE, meta, { table: 'Zestawienie', meta: 'Metadane' }, 'Tytuł'));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain(
      '<sheet name="Zestawienie" sheetId="1" r:id="rId1"/><sheet name="Metadane" sheetId="2" r:id="rId2"/>',
    );
    const sheet1 = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet1).toContain('<c r="A2" t="inlineStr"><is><t>1201</t></is></c>'); // codes are text: leading zeros survive
    // Real values in the plain number formats; demo values in the same formats on the demo fill.
    expect(sheet1).toContain('<c r="C4" s="1"><v>5</v></c>'); // 0 decimals → "#,##0"
    expect(sheet1).toContain('<c r="E4" s="3"><v>10</v></c>'); // 2 decimals → "#,##0.00"
    expect(sheet1).toContain('<c r="C2" s="8"><v>4</v></c>');
    expect(sheet1).toContain('<c r="E2" s="10"><v>4</v></c>');
    expect(sheet1).toContain('<c r="D2" t="inlineStr"><is><t>demo</t></is></c>');
    expect(sheet1).toContain('<t>dane niejawne</t>');
    const sheet2 = files.get('xl/worksheets/sheet2.xml')!;
    expect(sheet2).toContain('<t>Tytuł &amp; &lt;próba&gt;</t>');
    expect(sheet2).toContain('<t>Wydanie danych</t>');
    expect(sheet2).toContain('<t>Dane demonstracyjne</t>');
    expect(sheet2).toMatch(/<t>TAK — \d+\u00a0% wartości to dane demonstracyjne/);
    expect(sheet2).toContain('<t>iloraz sum: N / P × 10000</t>');
    for (const xml of files.values()) expect(xml.startsWith('<?xml')).toBe(true);
  });

  it('names columns like a spreadsheet and strips characters XML forbids', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(xmlText('a\u0001b<c>&"')).toBe('ab&lt;c&gt;&amp;&quot;');
    expect(xmlText('Gmina Łącko — 1211092')).toBe('Gmina Łącko — 1211092');
    expect(xmlText('a\ud83d\ude00b\ud800c\ufffe')).toBe('a\ud83d\ude00bc');
  });
});

describe('JSON', () => {
  it('carries the state, the definitions and every cell with its state and flags', () => {
    const doc = JSON.parse(
      toJson(
        RESULT,
        RESULT.rows,
        STATE,
        { title: 't', site: 's', url: 'u', release: 'T', lang: 'pl', scope: 'cały kraj', years: [2022] },
        LC,
      ),
    );
    expect(doc.state).toEqual(STATE);
    expect(doc.indicators.map((i: { id: string }) => i.id)).toEqual(['N', 'R']);
    expect(doc.rows[0]).toMatchObject({
      kind: 'data',
      keys: { powiat: '1201' },
      cells: [
        { value: 4, state: 'value' },
        { value: 4, state: 'value' },
      ],
    });
    expect(doc.rows[0].cells[0].flags).toEqual(['demo', 'aggregated']);
    expect(doc.rows[1].cells[0]).toMatchObject({ value: null, state: 'suppressed' });
    expect(doc.demo).toBe(true);
  });
});

describe('language conventions (from the dictionary, not from the code)', () => {
  const pl = translator('pl');
  const en = translator('en');
  it('names export files, writes percentages and quotes indicator names per language', () => {
    expect(exportName(STATE, 'csv', pl)).toBe('zestawienie-T-gmina-N-R.csv');
    expect(exportName(STATE, 'xlsx', en)).toBe('table-T-gmina-N-R.xlsx');
    expect(percentText(0.974, 'pl')).toBe('97\u00a0%');
    expect(percentText(0.974, 'en')).toBe('97%');
    expect(pl('builder.quoted', { name: 'X' })).toBe('„X”');
    expect(en('builder.quoted', { name: 'X' })).toBe('“X”');
    expect([pl('builder.csvDefaultSeparator'), pl('builder.csvDefaultDecimal')]).toEqual([';', ',']);
    expect([en('builder.csvDefaultSeparator'), en('builder.csvDefaultDecimal')]).toEqual([',', '.']);
  });
  it('counts with the plural forms of each language', () => {
    const keys = ['builder.rowsOne', 'builder.rowsFew', 'builder.rowsMany'] as const;
    expect([1, 2, 5, 22, 25].map((n) => countForm(pl, 'pl', n, [...keys]))).toEqual([
      '1 wiersz',
      '2 wiersze',
      '5 wierszy',
      '22 wiersze',
      '25 wierszy',
    ]);
    expect([1, 2, 5].map((n) => countForm(en, 'en', n, [...keys]))).toEqual(['1 row', '2 rows', '5 rows']);
  });
  it('labels levels, units and voivodeships from the shared dictionary and names', () => {
    expect(levelLabel('gmina', { t: pl })).toBe('Gminy');
    expect(levelLabel('country', { t: en })).toBe('Poland');
    expect(unitLabel('N', { t: en, catalogue: CATALOGUE })).toBe('entities');
    expect(voivodeshipName('kujawsko-pomorskie', 'pl')).toBe('kujawsko-pomorskie');
    expect(voivodeshipName('kujawsko-pomorskie', 'en')).toBe('Kujawsko-Pomorskie');
  });
});
