// The release reader: a release folder's files, release.yaml, and source tables at real sizes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Territory } from '#core/territory.ts';
import { LARGE_TABLE_INDICATORS, largeSourceTable } from '#scripts/checks/large-source-table.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import {
  isCalendarDate,
  readRelease,
  readYaml,
  releaseFolderTables,
  releaseSchema,
  sourcesSchema,
} from '#scripts/pipeline/read-release.ts';
import { InputError } from '#scripts/pipeline/source-row.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const catalogue = loadCatalogue();
const ctx = {
  territories: new Map(register.map((t) => [t.code, t])),
  catalogue: new Map(catalogue.map((i) => [i.id, i])),
  sources: new Set(Object.keys(readYaml('data/sources.yaml', sourcesSchema))),
};
const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const RELEASE_YAML = `id: '2024'
years: { from: 2015, to: 2024 }
published: '2025-11-30'
demoSeed: 'test'
notes: { pl: 'x', en: 'x' }
`;
/** A release folder 2024/ in a fresh temp dir with the given files. */
function releaseDir(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-read-release-'));
  temp.push(root);
  const dir = path.join(root, '2024');
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries({ 'release.yaml': RELEASE_YAML, ...files })) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
const problemsOf = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};
const HEADER = 'teryt,year,indicator,value,unit,flag,source';

describe('source tables at real size (all gminas × 10 years × 20 indicators)', () => {
  const gminas = register.filter((t) => t.level === 'gmina').length;
  const expectedRows = gminas * 10 * LARGE_TABLE_INDICATORS.length;

  it('reads a valid table of ~500,000 rows', () => {
    const table = largeSourceTable(register, catalogue, { years: { from: 2015, to: 2024 }, source: 'gus-bdl-population' });
    expect(table.rows).toBe(expectedRows);
    expect(table.rows).toBeGreaterThan(490_000);
    const { rows } = readRelease(releaseDir({ 'large.csv': table.csv }), ctx);
    expect(rows).toHaveLength(expectedRows);
    expect(rows.at(-1)).toMatchObject({ year: 2024, indicator: 'POP_WORK', line: expectedRows + 1 });
  }, 120_000);

  it('reports a table whose every row is bad with the first 50 problems and the count', () => {
    const table = largeSourceTable(register, catalogue, { years: { from: 2015, to: 2024 }, source: 'gus-bdl-population', broken: true });
    const e = problemsOf(() => readRelease(releaseDir({ 'large.csv': table.csv }), ctx));
    expect(e.problems).toHaveLength(expectedRows);
    const shown = e.message.split('\n').filter((l) => /large\.csv:\d+: not a number/.test(l));
    expect(shown).toHaveLength(50);
    expect(e.message).toContain(`${expectedRows} problem(s) in the input data`);
    expect(e.message).toContain(`… and ${expectedRows - 50} more`);
  }, 120_000);
});

describe('files in a release folder', () => {
  const row = '1211092,2020,CIS,2,units,,gus-bdl-population';

  it('reads a table with an upper-case .CSV extension', () => {
    const { rows } = readRelease(releaseDir({ 'upper.CSV': `${HEADER}\n${row}\n` }), ctx);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code: '1211092', value: 2, file: expect.stringMatching(/upper\.CSV$/) });
  });

  it('refuses any other file by name, and allows README.md and .gitkeep', () => {
    const dir = releaseDir({
      'ok.csv': `${HEADER}\n${row}\n`,
      'README.md': '# notes',
      '.gitkeep': '',
      'table.xlsx': 'binary',
      'release.yml': 'typo',
    });
    const e = problemsOf(() => readRelease(dir, ctx));
    expect(e.problems.map((p) => p.value)).toEqual(['release.yml', 'table.xlsx']);
    expect(e.problems[0]).toMatchObject({ file: path.join(dir, 'release.yml'), message: 'unknown file in a release folder' });
    expect(e.problems[1].fix).toMatch(/convert the table to CSV or move the file out of/);
  });

  it('lists tables in name order and refuses folders', () => {
    const r = releaseFolderTables('d', [
      { name: 'b.Csv', isFile: true },
      { name: 'a.csv', isFile: true },
      { name: 'old', isFile: false },
      { name: 'x.csv', isFile: false },
    ]);
    expect(r.tables).toEqual(['a.csv', 'b.Csv']);
    expect(r.problems.map((p) => [p.value, p.message])).toEqual([
      ['old', 'unexpected folder in a release folder'],
      ['x.csv', 'unexpected folder in a release folder'],
    ]);
  });
});

describe('release.yaml is checked by its schema, with the file named', () => {
  const withYaml = (yaml: string) => problemsOf(() => readRelease(releaseDir({ 'release.yaml': yaml }), ctx));

  it('refuses years whose from is after to', () => {
    const e = withYaml(RELEASE_YAML.replace('{ from: 2015, to: 2024 }', '{ from: 2024, to: 2015 }'));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ message: 'years.from: from must not be later than to', value: '2024' });
    expect(e.problems[0].file).toMatch(/2024[/\\]release\.yaml$/);
  });

  it('refuses an absurd span or year', () => {
    expect(withYaml(RELEASE_YAML.replace('{ from: 2015, to: 2024 }', '{ from: 1995, to: 2030 }')).problems[0].message).toBe(
      'years.to: a release covers at most 30 years',
    );
    expect(withYaml(RELEASE_YAML.replace('to: 2024', 'to: 2204')).problems[0].message).toMatch(/^years\.to: /);
  });

  it('refuses a publication date that is not in the calendar', () => {
    for (const date of ['2025-13-45', '2025-02-29', '2025-00-10', '2025-04-31']) {
      const e = withYaml(RELEASE_YAML.replace('2025-11-30', date));
      expect(e.problems.map((p) => [p.message, p.value])).toEqual([
        ['published: not a calendar date (month 01-12, a day that month has)', date],
      ]);
    }
  });

  it('names the file when the YAML does not parse', () => {
    const e = withYaml('id: [unclosed');
    expect(e.problems[0]).toMatchObject({ message: expect.stringMatching(/^not valid YAML/) });
    expect(e.problems[0].file).toMatch(/release\.yaml$/);
  });

  it('accepts the repository releases and real dates', () => {
    for (const id of ['2023', '2024']) expect(readYaml(`data/releases/${id}/release.yaml`, releaseSchema).id).toBe(id);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
  });
});

describe('release notes and source titles refuse hidden characters', () => {
  it('names the field when a note hides a bidirectional override or a title a line break', () => {
    const notes = releaseSchema.safeParse({
      id: '2024',
      years: { from: 2015, to: 2024 },
      published: '2025-11-30',
      demoSeed: 'x',
      notes: { pl: 'Nowe dane\u202Eukryte', en: 'Two\nlines are fine here' },
    });
    expect(notes.success).toBe(false);
    expect(notes.error!.issues.map((i) => i.path.join('.'))).toEqual(['notes.pl']);
    const title = sourcesSchema.safeParse({ a: { title: { pl: 'Źródło\nz nową linią', en: 'Source' }, licence: 'CC BY' } });
    expect(title.success).toBe(false);
    expect(title.error!.issues[0].path.join('.')).toBe('a.title.pl');
  });
});
