// Reads indicators/*.yaml and validates every file against the one catalogue schema.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { checkCatalogue, indicatorSchema, type Indicator } from '#core/catalogue.ts';
import { InputError, type InputProblem } from './source-row.ts';

export function parseCatalogue(files: { file: string; text: string }[]): Indicator[] {
  const problems: InputProblem[] = [];
  const entries: { file: string; indicator: Indicator }[] = [];
  for (const { file, text } of files) {
    let raw: unknown;
    try {
      raw = YAML.parse(text);
    } catch (e) {
      problems.push({ file, message: `not valid YAML: ${(e as Error).message}`, fix: 'fix the YAML syntax' });
      continue;
    }
    const parsed = indicatorSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file,
          message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          fix: 'make the file match the schema in src/core/catalogue.ts',
        });
      continue;
    }
    entries.push({ file, indicator: parsed.data });
  }
  for (const p of checkCatalogue(entries)) problems.push({ ...p, fix: 'fix the indicator definition' });
  if (problems.length) throw new InputError(problems);
  return entries.map((e) => e.indicator).sort((a, b) => a.id.localeCompare(b.id));
}

export function loadCatalogue(dir = 'indicators'): Indicator[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return parseCatalogue(files);
}
