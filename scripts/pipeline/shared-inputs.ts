// What the pipeline reads besides the releases' own folders (data/releases/<id>/): the
// register and boundaries, programmes, entities, planning-area definitions, the source list,
// the powiat → NUTS table and the catalogue. The bench and the tests that run the pipeline in
// a temporary working folder link these in, so a new input is added here once.
import fs from 'node:fs';
import path from 'node:path';

export const SHARED_INPUTS = [
  'data/geo',
  'data/programmes',
  'data/entities',
  'data/areas',
  'data/sources.yaml',
  'data/sources/regions',
  'indicators',
] as const;

/** Links every shared input of the repository at `repo` into the working folder `cwd`. */
export function linkSharedInputs(repo: string, cwd: string): void {
  for (const rel of SHARED_INPUTS) {
    fs.mkdirSync(path.dirname(path.join(cwd, rel)), { recursive: true });
    fs.symlinkSync(path.join(repo, rel), path.join(cwd, rel));
  }
}
