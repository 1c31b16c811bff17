// Reads a table exported by hand from the BDL website ("Eksport" → CSV) into BDL
// observations, so an analyst can drop a download into data/sources/ and rebuild. The
// format, as in the committed export
// data/sources/population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv:
// `;`-separated, every field quoted except codes and numbers, a trailing `;` (an empty last
// column), header `"Kod";"Nazwa";"<dimension>;…;<year>;[<unit>]";…`, one row per unit.
import { CsvError } from 'csv-parse/sync';
import type { Level } from '#core/territory.ts';
import { readCsvRecords } from '#scripts/pipeline/entities/read-csv.ts';
import type { InputProblem } from '#scripts/pipeline/source-row.ts';
import type { BdlObservation } from './bdl-combine.ts';

export interface BdlExportColumn {
  dimensions: string[];
  year: number;
  unit: string;
}

/** "w wieku produkcyjnym;ogółem;2015;[osoba]" → dimensions, year and unit; undefined if not that shape. */
export function parseExportColumn(header: string): BdlExportColumn | undefined {
  const parts = header.split(';');
  if (parts.length < 3) return undefined;
  const unit = /^\[(.+)\]$/.exec(parts.at(-1)!)?.[1];
  const year = parts.at(-2)!;
  if (!unit || !/^\d{4}$/.test(year)) return undefined;
  return { dimensions: parts.slice(0, -2), year: Number(year), unit };
}

/** A number as the export writes it; a decimal comma is read like a point. */
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function readBdlExport(text: string, file: string, level: Level): { observations: BdlObservation[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const observations: BdlObservation[] = [];
  let records;
  try {
    records = readCsvRecords(text, ';');
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const at = e as CsvError & { lines?: number };
    problems.push({ file, line: at.lines, message: `malformed CSV: ${e.message}`, fix: 'download the table from BDL again as CSV' });
    return { observations, problems };
  }
  const [header, ...rows] = records;
  if (!header || header.fields[0] !== 'Kod' || header.fields[1] !== 'Nazwa') {
    problems.push({
      file,
      line: 1,
      value: header?.fields.slice(0, 2).join(';'),
      message: 'not a BDL export: the header must start with "Kod";"Nazwa"',
      fix: 'export the table from bdl.stat.gov.pl as CSV without changing it',
    });
    return { observations, problems };
  }
  const columns = header.fields.map((h, i) => {
    if (i < 2 || (h === '' && i === header.fields.length - 1)) return undefined; // the trailing empty column
    const col = parseExportColumn(h);
    if (!col)
      problems.push({
        file,
        line: header.line,
        value: h,
        message: `column ${i + 1} is not "<dimension>;…;<year>;[<unit>]"`,
        fix: 'export the table from bdl.stat.gov.pl as CSV without changing it',
      });
    return col;
  });
  for (const { line, fields } of rows) {
    const [code, name] = fields;
    columns.forEach((col, i) => {
      if (!col) return;
      const cell = (fields[i] ?? '').trim();
      if (cell !== '' && !NUMBER.test(cell)) {
        problems.push({
          file,
          line,
          value: cell,
          message: `not a number in column "${header.fields[i]}"`,
          fix: 'leave a missing value empty',
        });
        return;
      }
      observations.push({
        file,
        level,
        code: code.trim(),
        name,
        variable: { dimensions: col.dimensions },
        unit: col.unit,
        year: col.year,
        value: cell === '' ? null : Number(cell.replace(',', '.')),
        suppressed: false,
      });
    });
  }
  return { observations, problems };
}
