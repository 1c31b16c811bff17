// Runs the whole pipeline on the real repository data, twice, into temporary folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import type { LevelFile, Manifest, TerritoryFile } from '#core/data-types.ts';
import { runPipeline, type ReleaseStats } from '#scripts/pipeline/run.ts';

const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'mes-a-')), fs.mkdtempSync(path.join(os.tmpdir(), 'mes-b-'))];
let stats: ReleaseStats[];
const read = <T>(rel: string, dir = dirs[0]): T => JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8'));

beforeAll(() => {
  stats = runPipeline(dirs[0]);
  runPipeline(dirs[1]);
}, 240_000);
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })), 60_000);

describe('the pipeline on the repository data', () => {
  it('writes one JSON per territory (1 + 16 + 380 + 2,479) for every release', () => {
    expect(stats.map((s) => s.release)).toEqual(['2023', '2024']);
    for (const s of stats) {
      const files = fs.readdirSync(path.join(dirs[0], s.release, 'territory'));
      expect(files).toHaveLength(2876);
      expect(s.territoryBytes).toHaveLength(2876);
    }
  });

  it('is deterministic: two runs give byte-identical files', () => {
    for (const s of stats) {
      const a = fs.readFileSync(path.join(dirs[0], s.release, 'manifest.json'), 'utf8');
      const b = fs.readFileSync(path.join(dirs[1], s.release, 'manifest.json'), 'utf8');
      expect(a).toBe(b);
    }
  });

  it('lists every file in the manifest with its checksum', () => {
    const m = read<Manifest>('2024/manifest.json');
    expect(m.files.length).toBeGreaterThan(2876);
    expect(m.files.find((f) => f.path === 'territory/PL.json')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps real published figures at the level they were published', () => {
    const pl = read<TerritoryFile>('2024/territory/PL.json');
    const y = (year: number) => pl.years.indexOf(year);
    expect(pl.series.CIS.v[y(2021)]).toBe(201);
    expect(pl.series.REINT.v[y(2019)]).toBe(1289);
    expect(pl.series.SPS_KRS.v[y(2020)]).toBe(1497);
    expect((pl.series.CIS.f?.[y(2021)] ?? 0) & FLAG.demo).toBe(0);
    const pomorskie = read<TerritoryFile>('2024/territory/22.json');
    expect(pomorskie.series.CIS.v[y(2020)]).toBe(22);
  });

  it('uses real BDL population for a gmina and flags demo years as demo', () => {
    const nowyTarg = read<TerritoryFile>('2024/territory/1211092.json');
    const i2019 = nowyTarg.years.indexOf(2019);
    expect(nowyTarg.series.POP.v[i2019]).toBeGreaterThan(20000);
    expect((nowyTarg.series.POP.f?.[i2019] ?? 0) & FLAG.demo).toBe(0);
    expect((nowyTarg.series.POP.f?.[nowyTarg.years.indexOf(2024)] ?? 0) & FLAG.demo).toBeTruthy();
    expect(nowyTarg.hasDemo).toBe(true);
    expect(nowyTarg.parents.map((p) => p.code)).toEqual(['PL', '12', '1211']);
  });

  it('makes demo gmina values add up to the published national total', () => {
    const level = read<LevelFile>('2024/level/gmina/CIS.json');
    const y = level.years.indexOf(2021);
    const total = level.values.CIS[y].reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(total).toBe(201);
  });

  it('writes downloads with a datapackage whose checksums match the files, and a change list against the previous release', async () => {
    const crypto = await import('node:crypto');
    const pkg = read<{ resources: { path: string; hash: string; bytes: number }[] }>('2024/datapackage.json');
    expect(pkg.resources.map((r) => r.path)).toContain('download/gmina.csv');
    for (const r of pkg.resources) {
      const buf = fs.readFileSync(path.join(dirs[0], '2024', r.path));
      expect(`sha256:${crypto.createHash('sha256').update(buf).digest('hex')}`).toBe(r.hash);
    }
    const csv = fs.readFileSync(path.join(dirs[0], '2024/download/gmina.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\n')).toHaveLength(1 + 2479 * 10 + 1);
    expect(fs.existsSync(path.join(dirs[0], '2023/changes.json'))).toBe(false);
    const changes = read<{ previous: string; revisions: unknown[] }>('2024/changes.json');
    expect(changes.previous).toBe('2023');
  });

  it('describes the planning-area and access files, and every CSV schema names exactly the columns of its file', () => {
    const pkg = read<{ resources: { path: string; profile: string; schema?: { fields: { name: string }[] } }[] }>('2024/datapackage.json');
    const paths = pkg.resources.map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ...['nuts2', 'nuts3', 'owes', 'lgd'].map((t) => `download/areas-${t}.csv`),
        'areas/index.json',
        'access/access.csv',
        'access/owes-offices.csv',
        'access/white-spots.json',
      ]),
    );
    const tabular = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tabular.length).toBeGreaterThan(10);
    for (const r of tabular) {
      const header = fs
        .readFileSync(path.join(dirs[0], '2024', r.path), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0];
      expect(
        r.schema!.fields.map((f) => f.name),
        r.path,
      ).toEqual(header.split(','));
    }
  });

  it('describes in the datapackage the workbooks, GeoJSON, catalogue CSV and one zip per indicator', () => {
    const pkg = read<{ resources: { path: string }[] }>('2024/datapackage.json');
    const paths = pkg.resources.map((r) => r.path);
    const ids = read<{ id: string }[]>('2024/indicators.json').map((i) => i.id);
    for (const level of ['country', 'voivodeship', 'powiat', 'gmina'])
      expect(paths).toEqual(
        expect.arrayContaining([
          `download/${level}.csv`,
          `download/${level}.xlsx`,
          `level/${level}.json`,
          `geo/${level}.topo.json`,
          `geo/${level}.geojson`,
        ]),
      );
    expect(paths).toEqual(
      expect.arrayContaining([
        'indicators.csv',
        'indicators.json',
        'territories.json',
        'changes.csv',
        'changes.json',
        ...ids.map((id) => `indicator/${id}.zip`),
      ]),
    );
    // The release's boundaries are the site's; the GeoJSON has one feature per territory of the level.
    expect(fs.readFileSync(path.join(dirs[0], '2024/geo/gmina.topo.json')).equals(fs.readFileSync('data/geo/gmina.topo.json'))).toBe(true);
    expect(read<{ features: unknown[] }>('geo/gmina.geojson').features).toHaveLength(2479);
    expect(
      fs.readFileSync(path.join(dirs[0], 'geo/gmina.geojson')).equals(fs.readFileSync(path.join(dirs[0], '2024/geo/gmina.geojson'))),
    ).toBe(true);
  });

  it('copies the latest release byte for byte to latest/', () => {
    const list = (dir: string): string[] =>
      fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
        .sort();
    const release = path.join(dirs[0], '2024');
    const latest = path.join(dirs[0], 'latest');
    expect(list(latest)).toEqual(list(release));
    expect(fs.readFileSync(path.join(latest, 'datapackage.json'), 'utf8')).toBe(
      fs.readFileSync(path.join(release, 'datapackage.json'), 'utf8'),
    );
    expect(fs.readFileSync(path.join(latest, 'manifest.json'), 'utf8')).toBe(fs.readFileSync(path.join(release, 'manifest.json'), 'utf8'));
    for (const r of read<{ resources: { path: string }[] }>('latest/datapackage.json').resources)
      expect(fs.readFileSync(path.join(latest, r.path)).equals(fs.readFileSync(path.join(release, r.path))), r.path).toBe(true);
  });

  it('keeps voivodeship-only indicators out of the gmina level', () => {
    expect(fs.existsSync(path.join(dirs[0], '2024/level/gmina/PES_MKT.json'))).toBe(false);
    expect(fs.existsSync(path.join(dirs[0], '2024/level/voivodeship/PES_MKT.json'))).toBe(true);
  });
});

describe('independent check of the shipped country and voivodeship values', () => {
  it('recomputes every additive indicator and every ratio for the latest year from the source rows', async () => {
    const { readRawRows, readDefinitions, recompute } = await import('#test-helpers/independent-check.ts');
    const { generateDemo } = await import('#scripts/pipeline/demo/generate-demo.ts');
    const { loadCatalogue } = await import('#scripts/pipeline/load-catalogue.ts');
    const release = '2024';
    const real = readRawRows(`data/releases/${release}`);
    // The demo rows are input, like a CSV: take them from the generator, then merge by our own rule.
    const register = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
    const info = read<{ years: number[] }>(`${release}/manifest.json`);
    const realSourceRows = real.map((r, i) => ({
      ...r,
      unit: '',
      flags: r.suppressed ? FLAG.suppressed : 0,
      source: 'x',
      file: 'x',
      line: i,
    }));
    const { readCreatedGminas } = await import('#scripts/pipeline/created-gminas.ts');
    const created = readCreatedGminas(register);
    const demo = generateDemo({
      register,
      catalogue: loadCatalogue(),
      real: realSourceRows,
      years: info.years,
      seed: 'monitor-es',
      created,
    });
    const realKeys = new Set(real.map((r) => `${r.indicator}|${r.code}|${r.year}`));
    const rows = [
      ...real,
      ...demo
        .filter((d) => !realKeys.has(`${d.indicator}|${d.code}|${d.year}`))
        .map((d) => ({
          code: d.code,
          year: d.year,
          indicator: d.indicator,
          value: d.value,
          suppressed: (d.flags & FLAG.suppressed) !== 0,
        })),
    ];
    const latest = info.years.at(-1)!;
    const expected = recompute(rows, readDefinitions(), latest);
    const country = read<LevelFile>(`${release}/level/country.json`);
    const voiv = read<LevelFile>(`${release}/level/voivodeship.json`);
    let compared = 0;
    for (const [id, byCode] of expected) {
      for (const [code, value] of byCode) {
        const file = code === 'PL' ? country : voiv;
        const shipped = file.values[id]?.[file.years.indexOf(latest)]?.[file.codes.indexOf(code)] ?? null;
        expect({ id, code, value: shipped }).toEqual({ id, code, value });
        if (value !== null) compared++;
      }
    }
    expect(compared).toBeGreaterThan(350); // values, not just agreeing nulls
  });

  it('ships real national and voivodeship population equal to the sums of the GUS gmina files, in every year they cover', async () => {
    const { bdlPopulationTotals, population2020Totals } = await import('#test-helpers/independent-check.ts');
    const bdl = bdlPopulationTotals(
      fs.readFileSync('data/sources/population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv', 'utf8'),
    );
    bdl.set(2020, population2020Totals(fs.readFileSync('data/sources/population/gus_population_gmina_2020-12-31.csv', 'utf8')));
    expect(bdl.get(2019)?.get('PL')).toBe(38382576);
    expect(bdl.get(2020)?.get('PL')).toBe(38265013);
    let compared = 0;
    for (const release of ['2023', '2024']) {
      const country = read<LevelFile>(`${release}/level/country.json`);
      const voiv = read<LevelFile>(`${release}/level/voivodeship.json`);
      for (const [year, totals] of bdl) {
        const yi = country.years.indexOf(year);
        if (yi < 0) continue;
        for (const [code, expected] of totals) {
          const file = code === 'PL' ? country : voiv;
          const ti = file.codes.indexOf(code);
          expect({ release, year, code, value: file.values.POP[yi][ti] }).toEqual({ release, year, code, value: expected });
          expect(file.flags.POP[yi][ti] & FLAG.demo).toBe(0);
          compared++;
        }
      }
    }
    expect(compared).toBe(2 * 17 * 6 + 17); // 2015-2020 in both releases, and 2014 in 2023
  });

  it('gives a gmina created in 2025 no value before then, and points to the gmina that counted its people', () => {
    for (const release of ['2023', '2024']) {
      const szczawa = read<TerritoryFile>(`${release}/territory/1207132.json`);
      expect(Object.values(szczawa.series).flatMap((s) => s.v.filter((v) => v !== null))).toEqual([]);
      expect(szczawa.createdLater).toMatchObject({
        year: 2025,
        createdOn: '2025-01-01',
        countedIn: { code: '1207052', name: 'Kamienica' },
      });
      const gminas = read<LevelFile>(`${release}/level/gmina.json`);
      const ti = gminas.codes.indexOf('2002162');
      expect(gminas.values.POP.every((year) => year[ti] === null)).toBe(true);
      expect(read<TerritoryFile>(`${release}/territory/1207052.json`).createdLater).toBeUndefined();
    }
  });
});
