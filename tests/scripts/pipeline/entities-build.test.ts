// The directory build on the repository data: the demo directory generated from release
// 2024's count indicators (built in memory, as the pipeline does), its files, and a real
// list replacing it with no code change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY, PES_CATEGORIES } from '#features/directory/entity-vocabularies.ts';
import { entitySchema } from '#features/directory/entity-schema.ts';
import {
  indexRows,
  type EntitiesByTerritory,
  type EntityChecks,
  type EntityFile,
  type EntityIndex,
  type EntityOfferText,
} from '#features/directory/entity-files.ts';
import { isDemoIdentifier, isValidNip, isValidRegon } from '#core/identifiers.ts';
import type { Territory } from '#core/territory.ts';
import { generateDemo } from '#scripts/pipeline/demo/generate-demo.ts';
import { buildRelease, mergeRealAndDemo, publishedValue, type BuildResult } from '#scripts/pipeline/build-release.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { readRelease, readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import { seriesFromBuild } from '#scripts/pipeline/programmes/index.ts';
import { buildEntities, countsFromSeries, emitEntities, type BuiltEntities, type GminaCounts } from '#scripts/pipeline/entities/index.ts';
import { BACKGROUND } from '#scripts/pipeline/entities/demo.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const topology: Topology = JSON.parse(fs.readFileSync('data/geo/gmina.topo.json', 'utf8'));
const catalogue = loadCatalogue();
const gminas = register.filter((t) => t.level === 'gmina');
const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-entities-none-'));
const YEAR = 2024;

let build: BuildResult;
let counts: GminaCounts;
let built: BuiltEntities;
const files = new Map<string, unknown>();

/** Release 2024 built in memory exactly as scripts/pipeline/run.ts does, up to the tables. */
function buildRelease2024(): BuildResult {
  const sources = readYaml('data/sources.yaml', sourcesSchema);
  const { info, rows: real } = readRelease('data/releases/2024', {
    territories: new Map(register.map((t) => [t.code, t])),
    catalogue: new Map(catalogue.map((i) => [i.id, i])),
    sources: new Set(Object.keys(sources)),
  });
  const years: number[] = [];
  for (let y = info.years.from; y <= info.years.to; y++) years.push(y);
  const demo = generateDemo({ register, catalogue, real, years, seed: info.demoSeed });
  const merged = mergeRealAndDemo(real, demo);
  return { ...buildRelease(register, catalogue, merged.rows, years), demoReplaced: merged.demoReplaced };
}
const run = (entitiesDir = emptyDir, seed = 'monitor-es') =>
  buildEntities({ register, gminaCounts: counts, year: YEAR, seed, topology, entitiesDir });

beforeAll(() => {
  build = buildRelease2024();
  counts = countsFromSeries(seriesFromBuild(build, catalogue), YEAR);
  built = run();
  emitEntities(built, (rel, data) => files.set(rel, JSON.parse(JSON.stringify(data))), { release: '2024', register });
}, 120_000);

/** The value of an indicator in 2024, read straight from the built tables (not through the entity code). */
function tableValue(indicator: string, code: string): number {
  const level = code === 'PL' ? 'country' : code.length === 2 ? 'voivodeship' : code.length === 4 ? 'powiat' : 'gmina';
  const table = build.levels[level];
  const ind = catalogue.find((i) => i.id === indicator)!;
  return publishedValue(table.cells[indicator][build.years.indexOf(YEAR)][table.codes.indexOf(code)], ind) ?? 0;
}

describe('the demo directory of release 2024', () => {
  it('builds without problems, in demo mode, with no count differences', () => {
    expect(built.problems).toEqual([]);
    expect(built.mode).toBe('demo');
    expect(built.countCheck).toEqual([]);
    expect(built.entities.length).toBeGreaterThan(4000);
  });

  it('has exactly the count indicator of every gmina, for every counted category', () => {
    const have = new Map<string, number>();
    for (const e of built.entities) have.set(`${e.category}|${e.gmina}`, (have.get(`${e.category}|${e.gmina}`) ?? 0) + 1);
    let compared = 0;
    for (const c of PES_CATEGORIES.filter((c) => CATEGORY[c].countIndicator))
      for (const g of gminas) {
        expect(have.get(`${c}|${g.code}`) ?? 0, `${c} ${g.code}`).toBe(tableValue(CATEGORY[c].countIndicator!, g.code));
        compared++;
      }
    expect(compared).toBe(5 * 2479);
  });

  it('has exactly PS_ACT social enterprises, ZJ_CERT Quality Marks and ZP_CERT "Zakup Prospołeczny" of 2024 in every gmina', () => {
    const ix = files.get('entities/index.json') as EntityIndex;
    const rows = indexRows(ix);
    for (const [indicator, test] of [
      ['PS_ACT', (r: (typeof rows)[number]) => r.socialEnterprise],
      ['ZJ_CERT', (r: (typeof rows)[number]) => r.certificates.includes('quality-mark')],
      ['ZP_CERT', (r: (typeof rows)[number]) => r.certificates.includes('zakup-prospoleczny')],
    ] as const) {
      const have = new Map<string, number>();
      for (const r of rows) if (test(r)) have.set(r.gmina, (have.get(r.gmina) ?? 0) + 1);
      for (const g of gminas) expect(have.get(g.code) ?? 0, `${indicator} ${g.code}`).toBe(tableValue(indicator, g.code));
    }
  });

  it('adds up to the national totals, which are the real figures where they exist', () => {
    const by = files.get('entities/by-territory.json') as EntitiesByTerritory;
    for (const c of PES_CATEGORIES.filter((c) => CATEGORY[c].countIndicator))
      expect(by.counts.PL[by.categories.indexOf(c)], c).toBe(tableValue(CATEGORY[c].countIndicator!, 'PL'));
    expect(by.socialEnterprises.PL).toBe(tableValue('PS_ACT', 'PL'));
    // And per voivodeship.
    for (const v of register.filter((t) => t.level === 'voivodeship'))
      expect(by.counts[v.code][by.categories.indexOf('social-cooperative')], v.code).toBe(tableValue('SPS_KRS', v.code));
  });

  it('adds categories without a count indicator only in the documented modest numbers', () => {
    for (const [c, n] of Object.entries(BACKGROUND)) {
      const have = built.entities.filter((e) => e.category === c && !e.socialEnterprise && !e.certificates.length).length;
      expect(have, c).toBeLessThanOrEqual(n);
    }
    expect(built.entities.filter((e) => e.category === 'kgw').every((e) => gminas.find((g) => g.code === e.gmina)!.kind !== 'urban')).toBe(
      true,
    );
  });

  it('marks every record demo, with fictional names, reserved contacts and demo-range identifiers', () => {
    const names = new Set<string>();
    for (const e of built.entities) {
      expect(e.demo).toBe(true);
      expect(e.source).toBe('demo');
      expect(e.id).toMatch(/^demo-[a-z]+-\d{7}-\d+$/);
      expect(e.name).toMatch(/ «[^»]+» (non-profit sp\. z o\.o\. )?nr \d+ \(demo\)$/);
      names.add(e.name);
      expect(e.contact.website).toMatch(/^https:\/\/example\.org\//);
      expect(e.contact.email).toMatch(/@example\.com$/);
      expect(e.contact.phone).toMatch(/^\+48 000 \d{3} \d{3}$/);
      if (e.krs) expect(isDemoIdentifier('krs', e.krs)).toBe(true);
      expect(e.regon && isValidRegon(e.regon) && isDemoIdentifier('regon', e.regon)).toBe(true);
      if (e.nip) expect(isValidNip(e.nip) && isDemoIdentifier('nip', e.nip)).toBe(true);
      expect(CATEGORY[e.category].registersInKrs).toBe(!!e.krs);
      expect(e.location.approximate).toBe(true);
    }
    expect(names.size).toBe(built.entities.length);
    const ids = built.entities.map((e) => e.krs ?? e.regon);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes the entity schema', () => {
    for (const e of built.entities) expect(entitySchema().safeParse(e).success, e.id).toBe(true);
  });

  it('places every entity inside its gmina, no two on the same rounded point', () => {
    const features = new Map(
      feature(topology, topology.objects.gmina as GeometryCollection).features.map((f) => [
        String(f.id),
        f as Feature<Polygon | MultiPolygon>,
      ]),
    );
    const ix = files.get('entities/index.json') as EntityIndex;
    const seen = new Set<string>();
    ix.id.forEach((id, i) => {
      expect(geoContains(features.get(ix.gmina[i])!, [ix.lon[i], ix.lat[i]]), id).toBe(true);
      seen.add(`${ix.lat[i]},${ix.lon[i]}`);
    });
    expect(seen.size).toBe(ix.id.length);
  });

  it('gives some status history and expired certificates that do not count', () => {
    const ended = built.entities.filter((e) => e.socialEnterprise?.ended);
    expect(ended.length).toBeGreaterThan(50);
    for (const e of ended) expect(e.socialEnterprise!.ended! <= '2024-12-31').toBe(true);
    expect(built.entities.some((e) => e.certificates.some((c) => c.kind === 'zakup-prospoleczny' && c.year < YEAR))).toBe(true);
  });

  it('is deterministic, and depends on the seed', () => {
    expect(JSON.stringify(run().entities)).toBe(JSON.stringify(built.entities));
    const other = run(emptyDir, 'another-seed');
    expect(other.problems).toEqual([]);
    expect(other.entities.length).toBeGreaterThan(4000);
    expect(JSON.stringify(other.entities)).not.toBe(JSON.stringify(built.entities));
  }, 30_000);
});

describe('the emitted files', () => {
  it('index.json has aligned columns and rounded coordinates', () => {
    const ix = files.get('entities/index.json') as EntityIndex;
    expect(ix).toMatchObject({ release: '2024', year: 2024, asOf: '2024-12-31', mode: 'demo', count: built.entities.length });
    for (const col of ['id', 'name', 'category', 'gmina', 'lat', 'lon', 'approx', 'offer', 'cert', 'se', 'clauses', 'demo'] as const)
      expect((ix[col] as unknown[]).length, col).toBe(ix.count);
    expect(ix.id).toEqual(built.entities.map((e) => e.id));
    for (const x of [...ix.lat, ...ix.lon]) expect(Math.round(x * 1e4) / 1e4).toBe(x);
    const row = indexRows(ix)[0];
    expect(row.category).toBe(built.entities[0].category);
  });

  it('offer-text.json is aligned with the index', () => {
    const t = files.get('entities/offer-text.json') as EntityOfferText;
    expect(t.count).toBe(built.entities.length);
    expect(t.text).toEqual(built.entities.map((e) => e.offer.description ?? ''));
  });

  it('one file per entity, with its place for links', () => {
    const perEntity = [...files.keys()].filter((k) => !/^entities\/(index|offer-text|by-territory|checks)\.json$/.test(k));
    expect(perEntity).toHaveLength(built.entities.length);
    const f = files.get(`entities/${built.entities[0].id}.json`) as EntityFile;
    expect(f.entity).toEqual(built.entities[0]);
    expect(f.place.map((p) => p.level)).toEqual(['voivodeship', 'powiat', 'gmina']);
    expect(f.place[2].code).toBe(f.entity.gmina);
    expect(f.place[2].slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('by-territory.json adds up from gminas to powiats, voivodeships and the country', () => {
    const by = files.get('entities/by-territory.json') as EntitiesByTerritory;
    const sum = (codes: string[]) => PES_CATEGORIES.map((_, k) => codes.reduce((s, c) => s + (by.counts[c]?.[k] ?? 0), 0));
    expect(by.counts.PL.reduce((a, b) => a + b, 0)).toBe(built.entities.length);
    for (const t of register.filter((t) => t.level !== 'gmina')) {
      const children = register.filter((c) => c.parents.at(-1) === t.code).map((c) => c.code);
      expect(by.counts[t.code] ?? PES_CATEGORIES.map(() => 0), t.code).toEqual(sum(children));
    }
  });

  it('checks.json is empty for the demo', () => {
    expect(files.get('entities/checks.json')).toEqual({
      release: '2024',
      year: 2024,
      mode: 'demo',
      differences: [],
    } satisfies EntityChecks);
  });
});

describe('a real list replaces the demo with no code change', () => {
  it('uses the CSV as it is and reports, not enforces, the count differences', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-entities-real-'));
    fs.copyFileSync('data/entities/example/entities.example.csv', path.join(dir, 'list.csv'));
    const real = run(dir);
    expect(real.problems).toEqual([]);
    expect(real.mode).toBe('real');
    expect(real.entities.map((e) => e.id)).toEqual([
      'przyklad-fundacja-warszawa',
      'przyklad-kgw-boleslawiec',
      'przyklad-sps-krakow',
      'przyklad-wtz-nowy-targ',
    ]);
    const sps = real.entities.find((e) => e.category === 'social-cooperative')!;
    expect(sps.location).toEqual({ lat: 50.0614, lon: 19.9372, approximate: false });
    expect(real.entities.find((e) => e.category === 'wtz')!.location.approximate).toBe(true);
    // Kraków has many more social cooperatives in the count indicator than this list.
    const krakow = real.countCheck.find((d) => d.indicator === 'SPS_KRS' && d.code === '1261011')!;
    expect(krakow.directory).toBe(1);
    expect(krakow.indicatorValue).toBe(tableValue('SPS_KRS', '1261011'));
    expect(real.countCheck.find((d) => d.indicator === 'SPS_KRS' && d.code === 'PL')).toMatchObject({
      directory: 1,
      indicatorValue: tableValue('SPS_KRS', 'PL'),
    });
    const out = new Map<string, unknown>();
    emitEntities(real, (rel, data) => out.set(rel, data), { release: '2024', register });
    expect((out.get('entities/checks.json') as EntityChecks).differences.length).toBeGreaterThan(0);
    expect((out.get('entities/index.json') as EntityIndex).mode).toBe('real');
    fs.rmSync(dir, { recursive: true });
  });

  it('stops on a bad record with file and line, and writes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-entities-bad-'));
    fs.writeFileSync(path.join(dir, 'list.csv'), 'id,name,category,gmina,nip\nindex,A,ngo,1261011,\nb,B,ngo,1261011,1234563219\n');
    const bad = run(dir);
    expect(bad.entities).toEqual([]);
    expect(bad.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`)).toEqual([
      'list.csv:2: reserved id',
      'list.csv:3: bad NIP check digit: expected 8, found 9',
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});
