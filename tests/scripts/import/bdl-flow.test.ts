// The connector end to end, offline: a fixture variable served as BDL API pages is fetched
// into a snapshot, imported into a release table and run through the real pipeline, in a
// scratch data folder beside the real register, catalogue and sources. Its figures must
// reach the gmina's territory file and the level file the map and the builder read, as real
// values (no demo flag), with the confidential one confidential.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BdlSource } from '#core/catalogue.ts';
import { valueStatus } from '#core/cells.ts';
import type { LevelFile, TerritoryFile } from '#core/data-types.ts';
import { DATA_FILE } from '#core/urls.ts';
import { createBdlClient } from '#scripts/fetch/bdl-client.ts';
import { fetchSnapshot, formatSnapshot, snapshotPath } from '#scripts/fetch/fetch-bdl.ts';
import { fixtureFetch, recordingSleep } from '../fetch/bdl-fixture-fetch.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NODE = [process.execPath, '--experimental-strip-types', '--no-warnings'] as const;
const block: BdlSource = { variables: [{ id: 1000001, dimensions: ['ogółem'] }], unit: 'osoba', levels: ['gmina'] };

let dir: string;
const out = (rel: string) => path.join(dir, 'public/data/2024', rel);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-bdl-flow-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(path.join(data, 'sources/bdl'), { recursive: true });
  // The real register, programmes, entities, source list and raw sources; only bdl/ is the fixture's.
  for (const d of ['geo', 'programmes', 'entities', 'areas', 'sources.yaml'])
    fs.symlinkSync(path.join(ROOT, 'data', d), path.join(data, d));
  for (const d of fs.readdirSync(path.join(ROOT, 'data/sources')))
    if (d !== 'bdl') fs.symlinkSync(path.join(ROOT, 'data/sources', d), path.join(data, 'sources', d));
  // The real catalogue, with POP's `bdl` block pointing at the fixture variable.
  fs.mkdirSync(path.join(dir, 'indicators'));
  for (const f of fs.readdirSync(path.join(ROOT, 'indicators'))) {
    const text = fs.readFileSync(path.join(ROOT, 'indicators', f), 'utf8');
    fs.writeFileSync(path.join(dir, 'indicators', f), f === 'POP.yaml' ? YAML.stringify({ ...YAML.parse(text), bdl: block }) : text);
  }
  // One short release keeps the pipeline to seconds.
  fs.mkdirSync(path.join(data, 'releases/2024'), { recursive: true });
  fs.writeFileSync(
    path.join(data, 'releases/2024/release.yaml'),
    "id: '2024'\nyears: { from: 2023, to: 2024 }\npublished: '2025-11-30'\ndemoSeed: 'monitor-es'\nnotes: { pl: Test., en: Test. }\n",
  );

  const client = createBdlClient({ fetch: fixtureFetch().fetch, sleep: recordingSleep().sleep, now: () => 0 });
  const snapshot = await fetchSnapshot(
    client,
    { file: 'indicators/POP.yaml', variable: { id: 1000001, dimensions: ['ogółem'] }, block, years: [2023, 2024], pageSize: 2 },
    new Date(),
  );
  fs.writeFileSync(snapshotPath(path.join(data, 'sources/bdl'), 1000001), formatSnapshot(snapshot));

  execFileSync(NODE[0], [...NODE.slice(1), path.join(ROOT, 'scripts/import/run.ts')], { cwd: dir, stdio: 'pipe' });
  execFileSync(NODE[0], [...NODE.slice(1), path.join(ROOT, 'scripts/pipeline/run.ts')], { cwd: dir, stdio: 'pipe' });
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a BDL variable from snapshot to the shipped files', () => {
  it('lands in the release table, the confidential value as suppressed', () => {
    const table = fs.readFileSync(path.join(dir, 'data/releases/2024/bdl-api.csv'), 'utf8').split('\n');
    expect(table).toContain('1211092,2024,POP,24301,persons,,gus-bdl-api');
    expect(table).toContain('1201022,2024,POP,,persons,suppressed,gus-bdl-api');
  });

  it('reaches the gmina territory file as real figures from the BDL API', () => {
    const file: TerritoryFile = JSON.parse(fs.readFileSync(out(DATA_FILE.territory('1211092')), 'utf8'));
    expect(file.years).toEqual([2023, 2024]);
    const pop = file.series.POP;
    expect(pop.v).toEqual([24300, 24301]);
    // `s` is one string when every year has the same source; `f` is left out when no year has a flag.
    expect(pop.v.map((_, i) => (typeof pop.s === 'string' ? pop.s : pop.s?.[i]))).toEqual(['gus-bdl-api', 'gus-bdl-api']);
    expect(pop.v.map((v, i) => valueStatus({ value: v, flags: pop.f?.[i] ?? 0 }))).toEqual(['real', 'real']);
  });

  it('reaches the level file the map and the builder read, real and confidential as given', () => {
    const level: LevelFile = JSON.parse(fs.readFileSync(out(DATA_FILE.levelIndicator('gmina', 'POP')), 'utf8'));
    const cell = (code: string, year: number) => {
      const [y, c] = [level.years.indexOf(year), level.codes.indexOf(code)];
      return { value: level.values.POP[y][c], flags: level.flags.POP[y][c] };
    };
    expect(cell('1211092', 2024)).toEqual({ value: 24301, flags: 0 });
    expect(valueStatus(cell('1211011', 2024))).toBe('real');
    expect(valueStatus(cell('1201022', 2024))).toBe('confidential');
    // a gmina the fixture does not cover stays demonstration data
    expect(valueStatus(cell('0201011', 2024))).toBe('demo');
  });

  it('reports the unit with no current territory by file and code', () => {
    const report = fs.readFileSync(path.join(dir, 'data/import-report.md'), 'utf8');
    expect(report).toContain('- units that could not be mapped to a current territory: 1');
    expect(report).toContain('  - data/sources/bdl/1000001.json: 3203042 Ostrowice: no successor in the code history');
  });
});
