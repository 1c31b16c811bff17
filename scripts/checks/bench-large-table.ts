// The pipeline on a source table at the size it must handle (scripts/checks/large-source-table.ts:
// every gmina × 10 years × 20 indicators): wall time and peak memory of a whole run, in a
// child process so its memory is its own. The child works in a temporary folder whose
// data/ links to the repository's shared inputs (scripts/pipeline/shared-inputs.ts) and holds one
// release (the latest one's release.yaml) with only the large table; the pipeline's paths
// are relative, so nothing of the repository is written.
//
//   node --experimental-strip-types scripts/checks/bench-large-table.ts   # on its own
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Territory } from '#core/territory.ts';
import { CREATED_GMINAS_FILE, existedIn, firstYears, readCreatedGminas } from '#scripts/pipeline/created-gminas.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { listReleases, readYaml, releaseSchema } from '#scripts/pipeline/read-release.ts';
import { linkSharedInputs } from '#scripts/pipeline/shared-inputs.ts';
import { largeSourceTable } from './large-source-table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The memory the run should take at most (the goal); `npm run bench` prints a miss loudly but does not fail on it. */
export const LARGE_TABLE_MEMORY_BUDGET = 1.5 * 1024 ** 3;

export interface LargeTableBench {
  release: string;
  rows: number;
  seconds: number;
  /** Peak resident memory of the child process, in bytes. */
  peakBytes: number;
}

export function benchLargeTable(): LargeTableBench {
  const register: Territory[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/geo/territories.json'), 'utf8'));
  const catalogue = loadCatalogue(path.join(ROOT, 'indicators'));
  const release = listReleases(path.join(ROOT, 'data/releases')).at(-1)!;
  const yamlFile = path.join(ROOT, 'data/releases', release, 'release.yaml');
  const info = readYaml(yamlFile, releaseSchema);
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-bench-large-'));
  try {
    fs.mkdirSync(path.join(cwd, 'data', 'releases', release), { recursive: true });
    linkSharedInputs(ROOT, cwd);
    fs.copyFileSync(yamlFile, path.join(cwd, 'data', 'releases', release, 'release.yaml'));
    const first = firstYears(readCreatedGminas(register, path.join(ROOT, CREATED_GMINAS_FILE)));
    const table = largeSourceTable(register, catalogue, {
      years: info.years,
      source: 'gus-bdl-population',
      existed: (code, year) => existedIn(first, code, year),
    });
    fs.writeFileSync(path.join(cwd, 'data', 'releases', release, 'large.csv'), table.csv);

    const script =
      `const m = await import(${JSON.stringify(path.join(ROOT, 'scripts/pipeline/run.ts'))});` +
      `m.runPipeline('out'); console.log('maxRSS ' + process.resourceUsage().maxRSS);`;
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    const rss = /maxRSS (\d+)/.exec(run.stdout ?? '');
    if (run.status !== 0 || !rss) throw new Error(`bench-large-table: the pipeline failed (exit ${run.status}):\n${run.stderr}`);
    return { release, rows: table.rows, seconds, peakBytes: Number(rss[1]) * 1024 };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = benchLargeTable();
  console.log(
    `large table: release ${r.release} with ${r.rows} source rows: ${r.seconds.toFixed(1)} s, peak memory ${(r.peakBytes / 1048576).toFixed(0)} MB` +
      ` (budget ${(LARGE_TABLE_MEMORY_BUDGET / 1048576).toFixed(0)} MB)`,
  );
}
