// Reads one release folder: release.yaml and every source table (*.csv) beside it.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { findDuplicates, validateSourceTable, type ValidationContext } from './validate-source-table.ts';
import { InputError, type InputProblem, type SourceRow } from './source-row.ts';
import { pushAll } from '#core/arrays.ts';
import { httpUrl, multilineText, singleLineText } from '#core/safe-text-schema.ts';

/** Release notes may run over lines; titles are one line. Neither may hide control or bidirectional characters. */
const text = z.object({ pl: multilineText, en: multilineText }).strict();
const title = z.object({ pl: singleLineText, en: singleLineText }).strict();
/** True for a real day of the Gregorian calendar written YYYY-MM-DD (2025-02-29 and 2025-13-45 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Years a release may cover. The register is TERC after the 1999 reform and BDL's series
 * start in 1995; the demo generator and every file hold one column per year, so a typo
 * such as 2204 or a span of centuries must stop here rather than run for hours.
 */
export const RELEASE_YEARS = { first: 1995, last: 2100, maxSpan: 30 } as const;
const releaseYear = z.number().int().min(RELEASE_YEARS.first).max(RELEASE_YEARS.last);

export const releaseSchema = z
  .object({
    id: z.string().regex(/^\d{4}$/, "the release id is a four-digit year, quoted (e.g. '2024')"),
    years: z
      .object({ from: releaseYear, to: releaseYear })
      .strict()
      .refine((y) => y.from <= y.to, { message: 'from must not be later than to', path: ['from'] })
      .refine((y) => y.to - y.from < RELEASE_YEARS.maxSpan, {
        message: `a release covers at most ${RELEASE_YEARS.maxSpan} years`,
        path: ['to'],
      }),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, quoted')
      .refine(isCalendarDate, 'not a calendar date (month 01-12, a day that month has)'),
    demoSeed: z.string().min(1),
    notes: text,
  })
  .strict();
export type ReleaseInfo = z.infer<typeof releaseSchema>;

export const sourcesSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/),
  z
    .object({
      kind: z.literal('demo').optional(),
      title,
      url: httpUrl.optional(),
      licence: z.string(),
      via: z.string().optional(),
    })
    .strict(),
);
export type SourceRegistry = z.infer<typeof sourcesSchema>;

export function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError([{ file, message: `not valid YAML: ${(e as Error).message}`, fix: 'fix the YAML syntax' }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues.map((i) => ({
        file,
        message: `${i.path.join('.') || '(root)'}: ${i.message}`,
        value: valueAt(raw, i.path),
        fix: 'correct the YAML file',
      })),
    );
  return parsed.data;
}

/** The offending value of a schema issue, for the message (undefined for objects and absent keys). */
function valueAt(raw: unknown, at: readonly PropertyKey[]): string | undefined {
  let v: unknown = raw;
  for (const k of at) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  if (v && typeof v === 'object' && 'from' in v && 'to' in v) return JSON.stringify(v);
  return v === undefined || (v !== null && typeof v === 'object') ? undefined : String(v);
}

export function listReleases(root = 'data/releases'): string[] {
  return fs
    .readdirSync(root)
    .filter((d) => fs.existsSync(path.join(root, d, 'release.yaml')))
    .sort();
}

/** Files a release folder may hold besides its source tables: the release itself and notes for people. */
const RELEASE_FOLDER_EXTRAS = new Set(['release.yaml', 'README.md', '.gitkeep']);

/**
 * The source tables of a release folder (any case of .csv, e.g. a spreadsheet's .CSV), and a
 * problem for every other entry: a table saved as .txt or .xlsx, or a misspelt release.yml,
 * would otherwise be skipped without a word.
 */
export function releaseFolderTables(
  dir: string,
  entries: { name: string; isFile: boolean }[],
): { tables: string[]; problems: InputProblem[] } {
  const tables: string[] = [];
  const problems: InputProblem[] = [];
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isFile && /\.csv$/i.test(e.name)) tables.push(e.name);
    else if (!(e.isFile && RELEASE_FOLDER_EXTRAS.has(e.name)))
      problems.push({
        file: path.join(dir, e.name),
        message: e.isFile ? 'unknown file in a release folder' : 'unexpected folder in a release folder',
        value: e.name,
        fix: `a release folder holds release.yaml and source tables (*.csv, see data/README.md); convert the table to CSV or move the ${e.isFile ? 'file' : 'folder'} out of ${dir}`,
      });
  }
  return { tables, problems };
}

export function readRelease(dir: string, ctx: Omit<ValidationContext, 'years'>): { info: ReleaseInfo; rows: SourceRow[] } {
  const info = readYaml(path.join(dir, 'release.yaml'), releaseSchema);
  const problems: InputProblem[] = [];
  if (path.basename(dir) !== info.id)
    problems.push({ file: path.join(dir, 'release.yaml'), message: `id ${info.id} differs from the folder name`, fix: 'make them equal' });
  const folder = releaseFolderTables(
    dir,
    fs
      .readdirSync(dir, { withFileTypes: true })
      .map((e) => ({ name: e.name, isFile: e.isFile() || (e.isSymbolicLink() && fs.statSync(path.join(dir, e.name)).isFile()) })),
  );
  pushAll(problems, folder.problems);
  // Rows and problems are appended with loops: a spread of a 500,000-row table into push()
  // overflows the call stack (src/core/arrays.ts).
  const rows: SourceRow[] = [];
  for (const f of folder.tables) {
    const file = path.join(dir, f);
    const result = validateSourceTable(file, fs.readFileSync(file, 'utf8'), { ...ctx, years: info.years });
    pushAll(rows, result.rows);
    pushAll(problems, result.problems);
  }
  pushAll(problems, findDuplicates(rows));
  if (problems.length) throw new InputError(problems);
  return { info, rows };
}
