import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '#scripts/pipeline/build-release.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import {
  existedIn,
  firstYears,
  parseCreatedGminas,
  readCreatedGminas,
  rowsBeforeCreation,
  type CreatedGmina,
} from '#scripts/pipeline/created-gminas.ts';
import { InputError, type SourceRow } from '#scripts/pipeline/source-row.ts';
import { parseCodeHistoryCsv } from '#core/geo-register.ts';
import type { Territory } from '#core/territory.ts';
import { demoRegister } from '#test-helpers/demo-fixture.ts';

const created: CreatedGmina[] = [{ code: '2201033', name: 'New', createdOn: '2020-01-01', carvedFrom: '2201022', legalBasis: '' }];
const row = (code: string, year: number, value: number, line = 2): SourceRow => ({
  code,
  year,
  indicator: 'CIS',
  value,
  unit: 'units',
  flags: 0,
  source: 'x',
  file: 't.csv',
  line,
});

describe('the list of created gminas', () => {
  const codes = new Set(['1207132', '1207052']);
  it('is read with its dates and predecessors', () => {
    const list = parseCreatedGminas('code,name,createdOn,carvedFrom,legalBasis\n1207132,Szczawa,2025-01-01,1207052,act\n', 'f.csv', codes);
    expect(list).toEqual([{ code: '1207132', name: 'Szczawa', createdOn: '2025-01-01', carvedFrom: '1207052', legalBasis: 'act' }]);
    expect(firstYears(list).get('1207132')).toBe(2025);
    expect(existedIn(firstYears(list), '1207132', 2024)).toBe(false);
    expect(existedIn(firstYears(list), '1207132', 2025)).toBe(true);
    expect(existedIn(firstYears(list), '1207052', 1990)).toBe(true);
  });
  it('reports a bad line by file and line', () => {
    expect(() =>
      parseCreatedGminas('code,name,createdOn,carvedFrom,legalBasis\n1207132,Szczawa,2025,1207052,act\n', 'f.csv', codes),
    ).toThrow(/f\.csv:2: createdOn is not a date/);
    expect(() =>
      parseCreatedGminas('code,name,createdOn,carvedFrom,legalBasis\n1207132,Szczawa,2025-01-01,9999999,act\n', 'f.csv', codes),
    ).toThrow(InputError);
  });
  it('names every gmina the code history says was created, with a current predecessor', () => {
    const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
    const history = parseCodeHistoryCsv(fs.readFileSync('data/geo/code-history.csv', 'utf8'));
    const listed = readCreatedGminas(register).map((c) => c.code);
    expect(listed.sort()).toEqual(
      history
        .filter((h) => h.change === 'created')
        .map((h) => h.newCode)
        .sort(),
    );
  });
  it('refuses rows for a gmina before it existed and keeps those after', () => {
    const problems = rowsBeforeCreation([row('2201033', 2019, 1, 5), row('2201033', 2020, 1, 6), row('2201022', 2019, 1, 7)], created);
    expect(problems).toEqual([expect.objectContaining({ file: 't.csv', line: 5 })]);
    expect(problems[0].fix).toContain('2201022');
  });
});

describe('aggregation around a gmina created later', () => {
  const catalogue = loadCatalogue();
  const gminas = demoRegister.filter((t) => t.level === 'gmina').map((t) => t.code);
  // Every gmina has a value in both years, except the new one before it existed.
  const rows = [2019, 2020].flatMap((y) => gminas.filter((g) => g !== '2201033' || y >= 2020).map((g, i) => row(g, y, 1, i + 2)));
  const powiat = (created: CreatedGmina[]) => {
    const build = buildRelease(demoRegister, catalogue, rows, [2019, 2020], created);
    const t = build.levels.powiat;
    return { cells: t.cells.CIS.map((yr) => yr[t.codes.indexOf('2201')]?.value), created: build.created };
  };
  it('sums the gminas that existed, so the parent is not missing before the new one existed', () => {
    expect(powiat(created).cells).toEqual([2, 3]);
    expect(powiat(created).created?.map((c) => c.code)).toEqual(['2201033']);
  });
  it('without the list the parent of a gmina with no value is missing (what the list prevents)', () => {
    expect(powiat([]).cells).toEqual([undefined, 3]);
  });
});
