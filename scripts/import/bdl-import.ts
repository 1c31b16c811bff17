// Reads BDL figures from data/sources/ into source-table rows: every API snapshot in
// data/sources/bdl/ and any manual BDL CSV export, both through the one mapping in
// bdl-combine.ts. Bad input stops with file, value and what to do (InputError).
import fs from 'node:fs';
import path from 'node:path';
import { pushAll } from '#core/arrays.ts';
import type { Level } from '#core/territory.ts';
import { InputError, type InputProblem } from '#scripts/pipeline/source-row.ts';
import { combineBdl, variableIndex, type BdlImportResult, type BdlObservation, type BdlTarget } from './bdl-combine.ts';
import { readBdlExport } from './bdl-csv-export.ts';
import { readSnapshot, type BdlNoValue } from './bdl-snapshot.ts';

export function importBdlExport(
  text: string,
  file: string,
  level: Level,
  targets: readonly BdlTarget[],
  mapCode: (code: string) => string | undefined,
): BdlImportResult {
  const { observations, problems } = readBdlExport(text, file, level);
  if (problems.length) throw new InputError(problems);
  return combineBdl(observations, targets, mapCode);
}

export interface BdlSnapshotImport extends BdlImportResult {
  files: string[];
  noValue: BdlNoValue[];
}

/** Every `*.json` snapshot in `dir` (none, or no folder at all, gives no rows). */
export function importBdlSnapshots(
  dir: string,
  targets: readonly BdlTarget[],
  mapCode: (code: string) => string | undefined,
): BdlSnapshotImport {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
  const observations: BdlObservation[] = [];
  const noValue: BdlNoValue[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    const read = readSnapshot(fs.readFileSync(file, 'utf8'), file);
    pushAll(observations, read.observations);
    pushAll(noValue, read.noValue);
    pushAll(problems, read.problems);
    const v = read.snapshot?.variable;
    if (v && !targets.some((t) => variableIndex(t.bdl, { id: v.id, dimensions: v.dimensions }) >= 0))
      problems.push({
        file,
        value: String(v.id),
        message: `variable ${v.id} is in no indicator's \`bdl\` block, so its figures would go nowhere`,
        fix: 'add the variable to an indicator in indicators/*.yaml, or delete the snapshot',
      });
  }
  if (problems.length) throw new InputError(problems);
  return { ...combineBdl(observations, targets, mapCode), files, noValue };
}
