// Gminas created after the years some data cover (data/geo/created-gminas.csv, kept by
// hand: TERC only says a code is new, not when or out of which gmina it was made).
// Before its creation a gmina's land and people belong to the gmina it was carved out
// of, whose figures include them; so no value of any kind may exist for it then, and a
// parent's total for such a year is the sum of the gminas that did exist.
import fs from 'node:fs';
import { parseCsv } from '#core/csv.ts';
import { type InputProblem, InputError, type SourceRow } from './source-row.ts';

export interface CreatedGmina {
  code: string;
  name: string;
  /** The day it came into being (YYYY-MM-DD). */
  createdOn: string;
  /** The gmina whose area it was until then. */
  carvedFrom: string;
  legalBasis: string;
}

/** Code → first year whose figures (as of 31 December) can be the new gmina's own. */
export type FirstYears = ReadonlyMap<string, number>;

const HEADER = ['code', 'name', 'createdOn', 'carvedFrom', 'legalBasis'];

/** Reads the file; every malformed line is reported with its line number. */
export function parseCreatedGminas(text: string, file: string, currentCodes: ReadonlySet<string>): CreatedGmina[] {
  const [header, ...records] = parseCsv(text);
  if (!header || header.fields.join(',') !== HEADER.join(','))
    throw new InputError([
      { file, line: 1, value: header?.fields.join(','), message: 'wrong header', fix: `the first line must be ${HEADER.join(',')}` },
    ]);
  const problems: InputProblem[] = [];
  const out: CreatedGmina[] = [];
  for (const { line, fields } of records) {
    const [code, name, createdOn, carvedFrom, legalBasis] = fields.map((f) => f.trim());
    const bad = (message: string, value: string, fix: string) => problems.push({ file, line, value, message, fix });
    if (!currentCodes.has(code)) bad('not a current gmina code', code, 'use the 7-digit code of data/geo/territories.json');
    else if (!currentCodes.has(carvedFrom))
      bad('carvedFrom is not a current gmina code', carvedFrom, 'give the gmina the new one was made from');
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(createdOn)) bad('createdOn is not a date', createdOn, 'write the day of creation as YYYY-MM-DD');
    else out.push({ code, name, createdOn, carvedFrom, legalBasis: legalBasis ?? '' });
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

export function firstYears(created: readonly CreatedGmina[]): Map<string, number> {
  return new Map(created.map((c) => [c.code, Number(c.createdOn.slice(0, 4))]));
}

/** Whether a territory existed in a year (only created gminas have a first year). */
export const existedIn = (first: FirstYears | undefined, code: string, year: number): boolean => (first?.get(code) ?? -Infinity) <= year;

/** Rows that give a value for a gmina in a year before it existed: they belong to the gmina it was carved out of. */
export function rowsBeforeCreation(rows: readonly SourceRow[], created: readonly CreatedGmina[]): InputProblem[] {
  const byCode = new Map(created.map((c) => [c.code, c]));
  const problems: InputProblem[] = [];
  for (const r of rows) {
    const c = byCode.get(r.code);
    if (!c || r.year >= Number(c.createdOn.slice(0, 4))) continue;
    problems.push({
      file: r.file,
      line: r.line,
      value: `${r.code},${r.year},${r.indicator}`,
      message: `${c.name} (${c.code}) did not exist in ${r.year}: it was created on ${c.createdOn} out of ${c.carvedFrom}`,
      fix: `remove the row; until ${c.createdOn} the area is counted in ${c.carvedFrom}`,
    });
  }
  return problems;
}

export const CREATED_GMINAS_FILE = 'data/geo/created-gminas.csv';

/** The hand-kept list, checked against the register. */
export function readCreatedGminas(register: readonly { code: string; level: string }[], file = CREATED_GMINAS_FILE): CreatedGmina[] {
  const gminas = new Set(register.filter((t) => t.level === 'gmina').map((t) => t.code));
  return parseCreatedGminas(fs.readFileSync(file, 'utf8'), file, gminas);
}
