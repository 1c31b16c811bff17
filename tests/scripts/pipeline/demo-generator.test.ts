import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, type DemoInput } from '#scripts/pipeline/demo/generate-demo.ts';
import { largestRemainder, poissonSlots } from '#scripts/pipeline/demo/allocate.ts';
import { rngFor } from '#scripts/pipeline/demo/random.ts';
import { seriesFromPoints } from '#scripts/pipeline/demo/series.ts';
import { buildRelease, mergeRealAndDemo } from '#scripts/pipeline/build-release.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { existedIn, firstYears, readCreatedGminas } from '#scripts/pipeline/created-gminas.ts';
import { readRelease, readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import type { SourceRow } from '#scripts/pipeline/source-row.ts';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { Territory } from '#core/territory.ts';
import { demoReal, demoRegister, demoYears } from '#test-helpers/demo-fixture.ts';

const catalogue = loadCatalogue();
const byId = new Map(catalogue.map((i) => [i.id, i]));
const key = (r: { indicator: string; code: string; year: number }) => `${r.indicator}|${r.code}|${r.year}`;

/** Lookups over real + demo rows of one run. */
function view(input: DemoInput, demo: SourceRow[]) {
  const all = new Map<string, SourceRow>();
  for (const r of [...input.real, ...demo]) all.set(key(r), r);
  const gminas = input.register.filter((t) => t.level === 'gmina');
  const value = (indicator: string, code: string, year: number) => all.get(key({ indicator, code, year }))?.value;
  const gminasUnder = (code: string) => gminas.filter((g) => code === 'PL' || g.parents.includes(code));
  // A gmina created later is no part of any total before it existed.
  const first = firstYears(input.created ?? []);
  const sumUnder = (indicator: string, code: string, year: number) =>
    gminasUnder(code)
      .filter((g) => existedIn(first, g.code, year))
      .reduce((s, g) => s + (value(indicator, g.code, year) ?? NaN), 0);
  const existed = (code: string, year: number) => existedIn(first, code, year);
  return { all, gminas, value, gminasUnder, sumUnder, existed };
}

/** Every property the generator promises, checked on one run. Problems are collected, then shown (first 10). */
function checkRun(input: DemoInput, demo: SourceRow[]) {
  const v = view(input, demo);
  const realKeys = new Set(input.real.map(key));
  const voivodeships = input.register.filter((t) => t.level === 'voivodeship').map((t) => t.code);
  const none = (problems: string[]) => expect(problems.slice(0, 10)).toEqual([]);

  it('flags every row demo, with the catalogue unit and the demo source', () => {
    const problems: string[] = [];
    for (const r of demo) {
      const ind = byId.get(r.indicator)!;
      const ok =
        (r.flags & FLAG.demo) === FLAG.demo &&
        r.unit === ind.unit &&
        r.source === 'demo' &&
        r.file === 'demo-generator' &&
        r.line === 0 &&
        (r.value === null ? r.flags === (FLAG.demo | FLAG.suppressed) : !ind.integer || (Number.isInteger(r.value) && r.value >= 0));
      if (!ok) problems.push(JSON.stringify(r));
    }
    none(problems);
  });

  it('never duplicates a real cell or itself, and sorts by indicator, year, code', () => {
    none(demo.filter((r) => realKeys.has(key(r))).map(key));
    expect(new Set(demo.map(key)).size).toBe(demo.length);
    const cmp = (a: SourceRow, b: SourceRow) =>
      a.indicator !== b.indicator
        ? a.indicator < b.indicator
          ? -1
          : 1
        : a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    none(demo.slice(1).flatMap((r, i) => (cmp(demo[i], r) < 0 ? [] : [`${key(demo[i])} before ${key(r)}`])));
  });

  it('generates no ratio, no register count and nothing for a series that is real down to its lowest level', () => {
    const ids = new Set(demo.map((r) => r.indicator));
    for (const ind of catalogue) if (ind.aggregation.rule === 'ratio') expect(ids.has(ind.id)).toBe(false);
    for (const id of ['GMINA_COUNT', 'NGO_10K', 'FSO_10K']) expect(ids.has(id)).toBe(false);
  });

  it('meets every real national and voivodeship figure exactly (as the pipeline aggregates)', () => {
    const merged = mergeRealAndDemo(input.real, demo);
    expect(merged.demoReplaced).toBe(0);
    const build = buildRelease(input.register, catalogue, merged.rows, input.years, input.created);
    // The only differences allowed: a powiat's own population figure that still counts a
    // gmina abolished without a single successor (Ostrowice until 2018), which no current gmina holds.
    expect(build.checks.filter((c) => !c.file.endsWith('population-bdl-powiat.csv'))).toEqual([]);
    // And directly, for the sums over gminas.
    const problems: string[] = [];
    for (const r of input.real) {
      const ind = byId.get(r.indicator)!;
      if (r.code.length === 7 || r.value === null || !input.years.includes(r.year)) continue;
      if (ind.aggregation.rule !== 'sum' || !ind.levels.includes('gmina') || r.indicator === 'REINT_BEN') continue;
      if (r.file.endsWith('population-bdl-powiat.csv')) continue; // counts an abolished gmina, see above
      const sum = v.sumUnder(r.indicator, r.code, r.year);
      if (sum !== r.value) problems.push(`${key(r)}: real ${r.value}, gminas ${sum}`);
    }
    none(problems);
  });

  it('keeps REINT = CIS + KIS + ZAZ + WTZ in every gmina and year', () => {
    const problems: string[] = [];
    for (const g of v.gminas)
      for (const y of input.years) {
        if (!v.existed(g.code, y)) continue;
        const parts = ['CIS', 'KIS', 'ZAZ', 'WTZ'].reduce((s, c) => s + (v.value(c, g.code, y) as number), 0);
        if (v.value('REINT', g.code, y) !== parts) problems.push(`${g.code} ${y}`);
      }
    none(problems);
  });

  it('suppresses REINT_BEN where a gmina has 1 or 2 units, gives 0 where it has none, and publishes voivodeship totals', () => {
    const problems: string[] = [];
    let suppressed = 0;
    for (const g of v.gminas)
      for (const y of input.years) {
        if (!v.existed(g.code, y)) continue;
        const units = ['CIS', 'ZAZ', 'WTZ'].reduce((s, c) => s + (v.value(c, g.code, y) as number), 0);
        const cell = v.all.get(key({ indicator: 'REINT_BEN', code: g.code, year: y }))!;
        const ok =
          units === 0
            ? cell.value === 0
            : units < 3
              ? cell.value === null && cell.flags === (FLAG.demo | FLAG.suppressed)
              : (cell.value ?? 0) > 0;
        if (!ok) problems.push(`${g.code} ${y}: ${units} units, ${cell.value}`);
        if (cell.value === null) suppressed++;
      }
    none(problems);
    expect(suppressed).toBeGreaterThan(0);
    for (const y of input.years) {
      const voivs = voivodeships.map((c) => v.value('REINT_BEN', c, y));
      expect(voivs.every((x) => typeof x === 'number' && x >= 0)).toBe(true);
      const national = v.value('REINT_BEN', 'PL', y);
      if (national != null) expect(voivs.reduce((s: number, x) => s + (x as number), 0)).toBe(national);
    }
  });

  it('never lets a cumulative or sticky series decrease', () => {
    const problems: string[] = [];
    const check = (indicator: string, codes: string[]) => {
      for (const c of codes)
        input.years.slice(1).forEach((y, i) => {
          if (v.value(indicator, c, y)! < v.value(indicator, c, input.years[i])!) problems.push(`${indicator} ${c} ${y}`);
        });
    };
    const gminaCodes = v.gminas.map((g) => g.code);
    check('PS_JOBS', gminaCodes);
    check('JST_UNIT', gminaCodes);
    check('JST_SPS', gminaCodes);
    check('OWES_ACC', voivodeships);
    none(problems);
  });

  it('keeps active cooperatives within the registered ones in every gmina', () => {
    const problems: string[] = [];
    for (const g of v.gminas)
      for (const y of input.years) {
        const act = v.value('SPS_ACT', g.code, y);
        if (act != null && act > v.value('SPS_KRS', g.code, y)!) problems.push(`${g.code} ${y}`);
      }
    none(problems);
  });

  it('fills every gmina-year of population, continuing its own trend without jumps, and none before a gmina existed', () => {
    const problems: string[] = [];
    const first = firstYears(input.created ?? []);
    for (const g of v.gminas)
      for (const id of ['POP', 'POP_WORK'])
        input.years.forEach((y, i) => {
          const now = v.value(id, g.code, y)!;
          if (!existedIn(first, g.code, y)) {
            if (now !== undefined) problems.push(`${id} ${g.code} ${y}: ${now} before the gmina existed`);
            return;
          }
          if (!(now > 0)) problems.push(`${id} ${g.code} ${y}: ${now}`);
          const demoYear = !realKeys.has(key({ indicator: id, code: g.code, year: y }));
          if (i && demoYear && Math.abs(now / v.value(id, g.code, input.years[i - 1])! - 1) > 0.1)
            problems.push(`${id} ${g.code} ${y} jumps`);
        });
    none(problems);
  });

  it('leaves the gaps of a biennial survey series', () => {
    const parities = new Set(demo.filter((r) => r.indicator === 'NGO_MKT').map((r) => r.year % 2));
    expect([...parities]).toEqual([0]);
  });
}

describe('demo generator on a hand-made register', () => {
  const input: DemoInput = { register: demoRegister, catalogue, real: demoReal, years: demoYears, seed: 'fixture' };
  const demo = generateDemo(input);

  it('is deterministic: the same input gives the same rows; another seed, other rows', () => {
    expect(generateDemo(input)).toEqual(demo);
    expect(generateDemo({ ...input, real: [...demoReal].reverse(), catalogue: [...catalogue].reverse() })).toEqual(demo);
    const other = generateDemo({ ...input, seed: 'another' });
    expect(other.map((r) => r.value)).not.toEqual(demo.map((r) => r.value));
  });

  it('scales the interpolated components to a real composite total in a year without them (REINT 2018)', () => {
    const v = view(input, demo);
    expect(['CIS', 'KIS', 'ZAZ', 'WTZ'].reduce((s, c) => s + v.sumUnder(c, 'PL', 2018), 0)).toBe(23);
  });

  it('calibrates a ratio numerator to the real ratio (JST_2PCT 2019)', () => {
    const v = view(input, demo);
    const ratio = (v.sumUnder('JST_PES_EXP', 'PL', 2019) / v.sumUnder('JST_EXP', 'PL', 2019)) * 100;
    expect(ratio.toFixed(2)).toBe('1.00');
  });

  checkRun(input, demo);
});

const realAvailable = fs.existsSync('data/geo/territories.json') && fs.existsSync('data/releases/2023/release.yaml');

describe.skipIf(!realAvailable)('demo generator on the real register and release 2023', { timeout: 60_000 }, () => {
  const register: Territory[] = realAvailable ? JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8')) : [];
  let input: DemoInput = { register, catalogue, real: [], years: [], seed: '' };
  let demo: SourceRow[] = [];
  let seconds = 0;
  if (realAvailable) {
    const sources = readYaml('data/sources.yaml', sourcesSchema);
    const { info, rows } = readRelease('data/releases/2023', {
      territories: new Map(register.map((t) => [t.code, t])),
      catalogue: byId as Map<string, Indicator>,
      sources: new Set(Object.keys(sources)),
    });
    const years: number[] = [];
    for (let y = info.years.from; y <= info.years.to; y++) years.push(y);
    input = { register, catalogue, real: rows, years, seed: info.demoSeed, created: readCreatedGminas(register) };
    const started = performance.now();
    demo = generateDemo(input);
    seconds = (performance.now() - started) / 1000;
  }
  beforeAll(() => console.log(`demo rows for release 2023: ${demo.length} in ${seconds.toFixed(2)} s`));

  it('produces demo rows for the full register', () => {
    expect(demo.length).toBeGreaterThan(0);
  });

  it('spreads CIS sparsely: most gminas have none, cities several', () => {
    const v = view(input, demo);
    for (const y of input.years) {
      const counts = v.gminas.filter((g) => v.existed(g.code, y)).map((g) => v.value('CIS', g.code, y) as number);
      expect(counts.filter((c) => c === 0).length / counts.length).toBeGreaterThan(0.8);
      expect(Math.max(...counts)).toBeGreaterThanOrEqual(3);
    }
  });

  checkRun(input, demo);
});

describe('demo building blocks', () => {
  it('largest remainder adds up exactly and respects caps', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [5, 1, 1], [2, 10, 10])).toEqual([2, 3, 2]);
    expect(() => largestRemainder(5, [1, 1], [1, 1])).toThrow();
  });

  it('slots only add units when the total grows', () => {
    const order = poissonSlots([5, 1, 1, 0.2, 3], (m) => rngFor('t', m));
    let before = order.take(0);
    for (let t = 1; t < 40; t++) {
      const now = order.take(t);
      expect(now.reduce((s, x) => s + x, 0)).toBe(t);
      now.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(before[i]));
      before = now;
    }
  });

  it('series pass through real points and extrapolate with a damped trend', () => {
    const s = seriesFromPoints(
      new Map([
        [2016, 100],
        [2019, 130],
      ]),
      [2014, 2016, 2017, 2019, 2023],
    );
    expect(s.get(2016)).toBe(100);
    expect(s.get(2017)).toBe(110);
    expect(s.get(2019)).toBe(130);
    expect(s.get(2023)!).toBeGreaterThan(130);
    expect(s.get(2023)!).toBeLessThan(130 + 4 * 10);
    expect(s.get(2014)!).toBeLessThan(100);
  });
});
