// A minimal XLSX writer with no dependency: an Office Open XML workbook is a zip of a
// few XML files. Cells are inline strings or numbers with a number format of the
// indicator's decimals. The zip comes from src/core/zip.ts: stored in the browser (no
// zlib there), deflated when the pipeline passes a `deflate`. Output is deterministic
// (fixed timestamps), so tests can compare bytes.
import type { OutCell } from './builder-export.ts';
import { maxOf } from '#core/arrays.ts';
import { zip, type ZipOptions } from '#core/zip.ts';

// ---------------------------------------------------------------- workbook

export interface Sheet {
  name: string;
  /** The first row is a header (bold, frozen). */
  rows: OutCell[][];
  /** Column widths in characters; default from the content. */
  widths?: number[];
}

/** Anything but plain text: markup characters (" & < >), characters XML 1.0 forbids, and surrogates. */
const XML_SPECIAL = /[^\t\n\r\u0020\u0021\u0023-\u0025\u0027-\u003b\u003d\u003f-\ud7ff\ue000-\ufffd]/;

/** Text is safe in XML: markup escaped, characters XML 1.0 forbids dropped. */
export function xmlText(s: string): string {
  // Most cells (codes, names, status words) need nothing: one test instead of five
  // replacements keeps a 150 000-row sheet quick. Any surrogate takes the full path,
  // which drops the lone ones.
  if (!XML_SPECIAL.test(s)) return s;
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** "A", "B", … "Z", "AA" … for 0-based column numbers. */
export function columnName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Style index by decimals (cellXfs in styles.xml): grouped thousands, fixed decimals. */
const NUM_STYLE = [1, 2, 3, 4];
const BOLD_STYLE = 5;
const WRAP_STYLE = 6;
const HEADER_STYLE = 7;
/** The same number formats on the demo fill (the site's demo colour), so a demo figure stands out in the sheet. */
const DEMO_NUM_STYLE = [8, 9, 10, 11];

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="#,##0.000"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF3C4"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="12"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="3" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/><xf numFmtId="4" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/><xf numFmtId="165" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function cellXml(c: OutCell, ref: string, header: boolean): string {
  if (c.kind === 'empty') return '';
  if (c.kind === 'num')
    return `<c r="${ref}" s="${(c.demo ? DEMO_NUM_STYLE : NUM_STYLE)[Math.min(3, Math.max(0, c.decimals))]}"><v>${c.value}</v></c>`;
  // No formula guard here, unlike the CSV: an inline string (t="inlineStr") is never
  // evaluated, so a leading apostrophe would only show up as a literal character.
  const t = xmlText(c.text);
  const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : '';
  const s = header ? HEADER_STYLE : c.bold ? BOLD_STYLE : t.length > 60 ? WRAP_STYLE : 0;
  return `<c r="${ref}" t="inlineStr"${s ? ` s="${s}"` : ''}><is><t${space}>${t}</t></is></c>`;
}

function widthOf(c: OutCell | undefined): number {
  if (!c || c.kind === 'empty') return 0;
  if (c.kind === 'num') return String(c.value).length + 3;
  return Math.min(c.text.length, 60);
}

export function sheetXml(sheet: Sheet): string {
  // maxOf, not Math.max(...rows): a sheet of 150 000 rows spread as arguments overflows the stack.
  const ncol = Math.max(0, maxOf(sheet.rows.map((r) => r.length)));
  const sample = sheet.rows.slice(1, 500);
  const widths =
    sheet.widths ??
    // Sized by the data (first 500 rows); a long header wraps instead of widening its column.
    Array.from({ length: ncol }, (_, j) =>
      Math.max(8, Math.min(60, sample.reduce((w, r) => Math.max(w, widthOf(r[j])), Math.min(24, widthOf(sheet.rows[0]?.[j]))) + 2)),
    );
  const cols = widths.length
    ? `<cols>${widths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const names = Array.from({ length: ncol }, (_, j) => columnName(j));
  const rows = sheet.rows
    .map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cellXml(c, `${names[j]}${i + 1}`, i === 0)).join('')}</row>`)
    .join('');
  const pane =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${pane}${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(s: string): string {
  return s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

/** A workbook; pass `zip.deflate` (Node's zlib) to compress it, as the pipeline does. */
export function xlsx(sheets: Sheet[], meta: { title?: string } = {}, zipOptions: ZipOptions = {}): Uint8Array {
  const enc = new TextEncoder();
  const names = sheets.map((s) => sheetName(s.name));
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join(
          '',
        )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(meta.title ?? '')}</dc:title></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
        .map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)]),
  ];
  return zip(
    files.map(([name, xml]) => ({ name, data: enc.encode(xml) })),
    zipOptions,
  );
}

/** The result sheet and the metadata sheet as one workbook. */
export function resultWorkbook(
  table: { header: string[]; rows: OutCell[][] },
  metadata: OutCell[][],
  names: { table: string; meta: string },
  title: string,
): Uint8Array {
  const head: OutCell[] = table.header.map((h) => ({ kind: 'text', text: h, bold: true }));
  const metaWidths = [28, 60, 18, 10, 30, 60, 40];
  return xlsx(
    [
      { name: names.table, rows: [head, ...table.rows] },
      { name: names.meta, rows: metadata, widths: metaWidths },
    ],
    { title },
  );
}
