// Planning areas: the definition readers (every bad file stops with file, line and value),
// the shipped definitions (NUTS from the real table, demo OWES/LAG from their generator),
// the aggregation rules on a small build, and an independent recomputation of one NUTS 3
// area from the shipped powiat file, written without the pipeline's modules.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { Territory } from '#core/territory.ts';
import { readDefinitionCsv, readNutsCsv } from '#scripts/pipeline/areas/definitions.ts';
import { definitionCsv, demoLgdRows, demoOwesRows } from '#scripts/pipeline/areas/demo-definitions.ts';
import { aggregateAreas, buildAreaFile } from '#scripts/pipeline/areas/aggregate-areas.ts';
import { readAreaDefinitions, NUTS_FILE } from '#scripts/pipeline/areas/index.ts';
import { formatProblem } from '#scripts/pipeline/source-row.ts';
import type { BuildResult } from '#scripts/pipeline/build-release.ts';
import type { AreaFile } from '#features/areas/area-types.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const territories = new Map(register.map((t) => [t.code, t]));
const HEADER = 'area_id,area_name,member_teryt,status';

const messages = (r: { problems: Parameters<typeof formatProblem>[0][] }) => r.problems.map(formatProblem);

describe('OWES and LAG definition files', () => {
  it('reads a valid file into areas with their members in file order', () => {
    const r = readDefinitionCsv('x.csv', `${HEADER}\na,Area A,0201,real\na,Area A,0202,real\nb,Area B,1261,demo\n`, 'owes', territories);
    expect(r.problems).toEqual([]);
    expect(r.areas.map((a) => [a.id, a.members, a.status, a.slug])).toEqual([
      ['a', ['0201', '0202'], 'real', 'area-a'],
      ['b', ['1261'], 'demo', 'area-b'],
    ]);
  });

  it('stops on an unknown TERYT code with file, line and value', () => {
    const r = readDefinitionCsv('data/areas/owes.csv', `${HEADER}\na,Area A,0201,real\na,Area A,0299,real\n`, 'owes', territories);
    expect(messages(r)).toEqual([expect.stringMatching(/^data\/areas\/owes\.csv:3: unknown TERYT code \(value: "0299"\)/)]);
  });

  it('stops on a code of the wrong level (a powiat in a LAG file)', () => {
    const r = readDefinitionCsv('lgd.csv', `${HEADER}\nx,LGD X,0201,real\n`, 'lgd', territories);
    expect(messages(r)[0]).toMatch(/^lgd\.csv:2: a powiat code where a gmina is expected \(value: "0201"\)/);
  });

  it('stops on a member in two areas, and on a member listed twice', () => {
    const two = readDefinitionCsv('lgd.csv', `${HEADER}\nx,X,0201022,real\ny,Y,0201022,real\n`, 'lgd', territories);
    expect(messages(two)[0]).toMatch(/^lgd\.csv:3: member already belongs to area "x" \(line 2\) \(value: "0201022"\)/);
    const twice = readDefinitionCsv('lgd.csv', `${HEADER}\nx,X,0201022,real\nx,X,0201022,real\n`, 'lgd', territories);
    expect(messages(twice)[0]).toMatch(/^lgd\.csv:3: member listed twice in area "x" \(line 2\) \(value: "0201022"\)/);
  });

  it('stops on an area without members', () => {
    const r = readDefinitionCsv('owes.csv', `${HEADER}\nempty,Empty area,,real\na,A,0201,real\n`, 'owes', territories);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^owes\.csv:2: area row without a member \(value: ""\)/),
      expect.stringMatching(/^owes\.csv:2: area without members \(value: "empty"\)/),
    ]);
    expect(r.areas.map((a) => a.id)).toEqual(['a']);
  });

  it('stops on a wrong header, a bad id, an unknown status and a name that changes within an area', () => {
    expect(messages(readDefinitionCsv('f.csv', 'id,name,teryt,status\n', 'owes', territories))[0]).toMatch(/^f\.csv:1: wrong header/);
    const r = readDefinitionCsv('f.csv', `${HEADER}\nBad Id,A,0201,real\na,A,0202,maybe\na,B,0203,real\n`, 'owes', territories);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^f\.csv:2: bad area id \(value: "Bad Id"\)/),
      expect.stringMatching(/^f\.csv:3: unknown status \(value: "maybe"\)/),
      expect.stringMatching(/^f\.csv:4: area name differs from line 3 \("A"\) \(value: "B"\)/),
      expect.stringMatching(/^f\.csv:4: status differs from line 3 \("maybe"\) \(value: "real"\)/),
    ]);
  });

  it('a real file in the folder wins over the shipped demo file', () => {
    const dir = fs.mkdtempSync('/tmp/areas-defs-');
    fs.copyFileSync('data/areas/lgd.demo.csv', path.join(dir, 'lgd.demo.csv'));
    fs.copyFileSync('data/areas/owes.demo.csv', path.join(dir, 'owes.demo.csv'));
    fs.writeFileSync(
      path.join(dir, 'owes.csv'),
      `${HEADER}\nmalopolska-zachod,OWES Małopolska Zachodnia,1203,real\nmalopolska-zachod,OWES Małopolska Zachodnia,1212,real\n`,
    );
    const defs = readAreaDefinitions(register, dir);
    expect(defs.files.owes).toBe(path.join(dir, 'owes.csv'));
    expect(defs.byType.owes.map((a) => [a.id, a.status, a.members])).toEqual([['malopolska-zachod', 'real', ['1203', '1212']]]);
    expect(defs.byType.lgd.every((a) => a.status === 'demo')).toBe(true);
  });

  it('an invalid definition stops the whole reading with every problem', () => {
    const dir = fs.mkdtempSync('/tmp/areas-defs-');
    fs.copyFileSync('data/areas/owes.demo.csv', path.join(dir, 'owes.demo.csv'));
    fs.writeFileSync(path.join(dir, 'lgd.csv'), `${HEADER}\nx,X,9999999,real\n`);
    expect(() => readAreaDefinitions(register, dir)).toThrow(/lgd\.csv:2: unknown TERYT code \(value: "9999999"\)/);
  });
});

describe('shipped definitions', () => {
  it('NUTS: 73 NUTS 3 and 17 NUTS 2 regions cover every powiat once, NUTS 2 = the first four characters of NUTS 3', () => {
    const r = readNutsCsv(NUTS_FILE, fs.readFileSync(NUTS_FILE, 'utf8'), territories);
    expect(r.problems).toEqual([]);
    const n3 = r.areas.filter((a) => a.type === 'nuts3');
    const n2 = r.areas.filter((a) => a.type === 'nuts2');
    expect(n3).toHaveLength(73);
    expect(n2).toHaveLength(17);
    const powiats = register.filter((t) => t.level === 'powiat').map((t) => t.code);
    expect(n3.flatMap((a) => a.members).sort()).toEqual([...powiats].sort());
    expect(n2.flatMap((a) => a.members).sort()).toEqual([...powiats].sort());
    for (const a of n3) expect(n2.find((b) => b.id === a.id.slice(0, 4))!.members).toEqual(expect.arrayContaining(a.members));
    expect(n3.find((a) => a.id === 'pl213')).toMatchObject({ name: 'Miasto Kraków', members: ['1261'] });
    expect(n2.find((a) => a.id === 'pl21')!.name).toBe('małopolskie');
  });

  it('the demo OWES and LAG files are their generator’s output and every row says demo', () => {
    expect(fs.readFileSync('data/areas/owes.demo.csv', 'utf8')).toBe(definitionCsv(demoOwesRows(register)));
    expect(fs.readFileSync('data/areas/lgd.demo.csv', 'utf8')).toBe(definitionCsv(demoLgdRows(register)));
    for (const type of ['owes', 'lgd'] as const) {
      const r = readDefinitionCsv(`${type}.demo.csv`, fs.readFileSync(`data/areas/${type}.demo.csv`, 'utf8'), type, territories);
      expect(r.problems).toEqual([]);
      expect(r.areas.length).toBeGreaterThan(16);
      expect(r.areas.every((a) => a.status === 'demo' && a.name.includes('(demo)'))).toBe(true);
    }
  });
});

describe('aggregation into areas', () => {
  // Three powiats of one voivodeship: a count, a population and their ratio.
  const codes = ['0201', '0202', '0203'];
  const ind = (id: string, aggregation: Indicator['aggregation'], decimals = 0) =>
    ({ id, decimals, levels: ['powiat'], aggregation }) as unknown as Indicator;
  const catalogue = [
    ind('N', { rule: 'sum' }),
    ind('P', { rule: 'sum' }),
    ind('R', { rule: 'ratio', numerator: 'N', denominator: 'P', multiplier: 1000 } as Indicator['aggregation'], 2),
  ];
  const cell = (value: number | null, flags = 0) => ({ value, flags, source: 's' });
  const build = {
    years: [2020, 2021, 2022],
    levels: {
      powiat: {
        level: 'powiat',
        codes,
        cells: {
          // 2020 all real; 2021 one member confidential; 2022 one member missing, one demo.
          N: [
            [cell(1), cell(2), cell(3)],
            [cell(1), cell(null, FLAG.suppressed), cell(3)],
            [cell(1, FLAG.demo), undefined, cell(3)],
          ],
          P: [
            [cell(100), cell(200), cell(700)],
            [cell(100), cell(200), cell(700)],
            [cell(100), cell(200), cell(700)],
          ],
          R: [[], [], []],
        },
      },
    },
  } as unknown as BuildResult;
  const area = (status: 'real' | 'demo', members = codes) => ({
    type: 'owes' as const,
    id: 'a',
    name: 'A',
    slug: 'a',
    status,
    members,
    file: 'f',
  });

  it('sums, takes the ratio of sums, propagates confidential and missing, and carries member flags', () => {
    const t = aggregateAreas('owes', [area('real'), area('real', ['0201', '0203'])], build, catalogue);
    expect(t.cells.N.map((y) => y[0]?.value ?? null)).toEqual([6, null, null]);
    expect(t.cells.N[1][0]!.flags & FLAG.suppressed).toBeTruthy();
    expect(t.cells.N[2][0]).toBeUndefined();
    expect(t.cells.R[0][0]!.value).toBeCloseTo((6 / 1000) * 1000);
    expect(t.cells.R[1][0]!.flags & FLAG.suppressed).toBeTruthy();
    // The second area leaves the confidential and missing powiat out: real, then demo.
    expect(t.cells.N.map((y) => y[1]?.value)).toEqual([4, 4, 4]);
    expect(t.cells.N[0][1]!.flags & FLAG.demo).toBe(0);
    expect(t.cells.N[2][1]!.flags & FLAG.demo).toBeTruthy();
    expect(t.cells.R[2][1]!.flags & FLAG.demo).toBeTruthy();
  });

  it('marks every figure of a demonstration area as demo', () => {
    const t = aggregateAreas('owes', [area('demo', ['0201', '0203'])], build, catalogue);
    for (const id of ['N', 'P', 'R']) for (const y of t.cells[id]) expect(y[0]!.flags & FLAG.demo).toBeTruthy();
  });

  it('an area file compares with the voivodeship when every member lies in it', () => {
    const full = {
      ...build,
      levels: {
        ...build.levels,
        voivodeship: { level: 'voivodeship', codes: ['02'], cells: { N: [[cell(9)], [cell(9)], [cell(9)]] } },
        country: { level: 'country', codes: ['PL'], cells: { N: [[cell(99)], [cell(99)], [cell(99)]] } },
      },
    } as unknown as BuildResult;
    const a = area('real', ['0201', '0203']);
    const table = aggregateAreas('owes', [a], full, catalogue);
    const file = buildAreaFile(a, 0, { release: 'r', build: full, table, catalogue, register: territories });
    expect(file.parents.map((p) => p.code)).toEqual(['PL', '02']);
    expect(file.parentSeries!.N.v).toEqual([9, 9, 9]);
    expect(file.countrySeries!.N.v).toEqual([99, 99, 99]);
    expect(file.members.map((m) => m.code)).toEqual(['0201', '0203']);
    expect(file.hasDemo).toBe(true); // 2022's sum has a demo member
  });
});

// ---------------------------------------------------------------- independent recomputation
// From the shipped files only: the powiat level file, the NUTS source table and the
// indicator definitions (YAML), with plain arithmetic — no module of the pipeline.
const DATA = 'public/data';
const hasData = fs.existsSync(path.join(DATA, 'releases.json'));

describe.skipIf(!hasData)('a NUTS 3 area equals an independent recomputation from the shipped powiat file', () => {
  const latest = JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')).latest as string;
  const rel = path.join(DATA, latest);
  const powiat = JSON.parse(fs.readFileSync(path.join(rel, 'level/powiat.json'), 'utf8')) as {
    years: number[];
    codes: string[];
    values: Record<string, (number | null)[][]>;
    flags: Record<string, number[][]>;
  };
  const nutsRows = fs
    .readFileSync('data/sources/regions/powiat_nuts3_2021.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  // Krakowski subregion: several powiats.
  const members = nutsRows.filter((r) => r[1] === 'PL214').map((r) => r[0]);
  const area = JSON.parse(fs.readFileSync(path.join(rel, 'areas/nuts3/pl214.json'), 'utf8')) as AreaFile;
  const SUPPRESSED = 2;
  const DEMO = 1;
  const sumOf = (id: string, yi: number): number | 'confidential' | null => {
    let total = 0;
    for (const m of members) {
      const ti = powiat.codes.indexOf(m);
      if ((powiat.flags[id][yi][ti] & SUPPRESSED) !== 0) return 'confidential';
      const v = powiat.values[id][yi][ti];
      if (v === null) return null;
      total += v;
    }
    return total;
  };
  const yaml = (id: string) => YAML.parse(fs.readFileSync(`indicators/${id}.yaml`, 'utf8'));

  it('has several members', () => expect(members.length).toBeGreaterThan(3));

  it('a sum indicator (SPS_KRS): the sum of the members every year; demo where a member is demo', () => {
    expect(yaml('SPS_KRS').aggregation.rule).toBe('sum');
    powiat.years.forEach((_, yi) => {
      const expected = sumOf('SPS_KRS', yi);
      const got = area.series.SPS_KRS.v[yi];
      const flags = area.series.SPS_KRS.f?.[yi] ?? 0;
      if (expected === 'confidential') expect([got, (flags & SUPPRESSED) !== 0]).toEqual([null, true]);
      else expect(got).toBe(expected);
      const anyDemo = members.some((m) => (powiat.flags.SPS_KRS[yi][powiat.codes.indexOf(m)] & DEMO) !== 0);
      if (expected !== null) expect((flags & DEMO) !== 0).toBe(anyDemo);
    });
  });

  it('a ratio indicator (SPS_10K): the ratio of the sums, not a mean of the members’ ratios', () => {
    const def = yaml('SPS_10K');
    expect(def.aggregation.rule).toBe('ratio');
    let compared = 0;
    powiat.years.forEach((_, yi) => {
      const num = sumOf(def.aggregation.numerator, yi);
      const den = sumOf(def.aggregation.denominator, yi);
      const got = area.series.SPS_10K?.v[yi] ?? null;
      if (typeof num === 'number' && typeof den === 'number' && den > 0) {
        const f = 10 ** def.decimals;
        expect(got).toBe(Math.round((num / den) * def.aggregation.multiplier * f) / f);
        compared++;
      } else if (num === 'confidential' || den === 'confidential') expect(got).toBeNull();
    });
    expect(compared).toBeGreaterThan(0);
  });
});
