// A small RFC 4180 CSV reader/writer. It keeps the 1-based line number of each
// record, which the pipeline's error messages need, and handles the BOM and CRLF
// that official Polish files (TERC, BDL) carry.
//
// Kept instead of csv-parse for the files it reads (scripts/checks/csv-bench.ts): on
// TERC (0.19 MB) 2 ms against 35–107 ms, on the BDL population table (1.5 MB) 45–160 ms
// against 160–270 ms, the same records and lines; and it needs no Node Buffer, so any
// side may import it. csv-parse reads large files with far less memory, which is why
// the entity lists use it (scripts/pipeline/entities/read-csv.ts).

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || fields.length) endRecord();
  return out;
}

/** Quotes a field only when it must be quoted, so files stay readable and diffable. */
export function csvField(value: string | number | null | undefined, separator = ','): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /["\n\r]/.test(s) || s.includes(separator) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: (string | number | null | undefined)[][], separator = ','): string {
  return [header, ...rows].map((r) => r.map((f) => csvField(f, separator)).join(separator)).join('\n') + '\n';
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a formula (OWASP
 * "CSV injection"). Text from the data gets a leading apostrophe then, which spreadsheets
 * hide; numbers are written as numbers and never pass through here.
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
