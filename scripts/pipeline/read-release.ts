// Reads one release folder: release.yaml and every source table (*.csv) beside it.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { findDuplicates, validateSourceTable, type ValidationContext } from './validate-source-table.ts';
import { InputError, type InputProblem, type SourceRow } from './source-row.ts';

const text = z.object({ pl: z.string(), en: z.string() }).strict();
export const releaseSchema = z
  .object({
    id: z.string().regex(/^\d{4}$/),
    years: z.object({ from: z.number().int(), to: z.number().int() }).strict(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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
      title: text,
      url: z.string().optional(),
      licence: z.string(),
      via: z.string().optional(),
    })
    .strict(),
);
export type SourceRegistry = z.infer<typeof sourcesSchema>;

export function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(YAML.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues.map((i) => ({ file, message: `${i.path.join('.')}: ${i.message}`, fix: 'correct the YAML file' })),
    );
  return parsed.data;
}

export function listReleases(root = 'data/releases'): string[] {
  return fs
    .readdirSync(root)
    .filter((d) => fs.existsSync(path.join(root, d, 'release.yaml')))
    .sort();
}

export function readRelease(dir: string, ctx: Omit<ValidationContext, 'years'>): { info: ReleaseInfo; rows: SourceRow[] } {
  const info = readYaml(path.join(dir, 'release.yaml'), releaseSchema);
  const problems: InputProblem[] = [];
  if (path.basename(dir) !== info.id)
    problems.push({ file: path.join(dir, 'release.yaml'), message: `id ${info.id} differs from the folder name`, fix: 'make them equal' });
  const rows: SourceRow[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const file = path.join(dir, f);
    const result = validateSourceTable(file, fs.readFileSync(file, 'utf8'), { ...ctx, years: info.years });
    rows.push(...result.rows);
    problems.push(...result.problems);
  }
  problems.push(...findDuplicates(rows));
  if (problems.length) throw new InputError(problems);
  return { info, rows };
}
