// Real figures always win over demonstration ones: a real gmina value larger than the
// demo total around it recalibrates that total; two real figures that contradict each
// other, a value that is not a finite number and a value for a gmina before it existed
// stop the generator with an InputError naming file and line, never a stack trace.
import { describe, expect, it } from 'vitest';
import { generateDemo, type DemoInput } from '#scripts/pipeline/demo/generate-demo.ts';
import { largestRemainder } from '#scripts/pipeline/demo/allocate.ts';
import { withFloors } from '#scripts/pipeline/demo/spread.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import type { CreatedGmina } from '#scripts/pipeline/created-gminas.ts';
import { InputError, type SourceRow } from '#scripts/pipeline/source-row.ts';
import { demoReal, demoRegister, demoYears } from '#test-helpers/demo-fixture.ts';

const catalogue = loadCatalogue();
const gminas = demoRegister.filter((t) => t.level === 'gmina').map((t) => t.code);
const probe = (line: number, code: string, year: number, indicator: string, value: number): SourceRow => ({
  code,
  year,
  indicator,
  value,
  unit: 'units',
  flags: 0,
  source: 'probe',
  file: 'data/releases/2024/probe.csv',
  line,
});
const run = (extra: SourceRow[], opts: Partial<DemoInput> = {}, base = demoReal) =>
  generateDemo({ register: demoRegister, catalogue, real: [...base, ...extra], years: demoYears, seed: 'real-wins', ...opts });
const errorOf = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};
/** Real and demo gmina values of one indicator and year, by code. */
function gminaValues(demo: SourceRow[], real: SourceRow[], id: string, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of [...real, ...demo])
    if (r.indicator === id && r.year === year && r.code.length === 7 && r.value !== null) out.set(r.code, r.value);
  return out;
}
const sumWhere = (m: Map<string, number>, prefix = '') => [...m].filter(([c]) => c.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);

describe('a real gmina value larger than the demo total around it', () => {
  it('raises the demo voivodeship and national totals instead of failing (no real national figure that year)', () => {
    const big = probe(2, '0201011', 2020, 'CIS', 20);
    const demo = run([big]);
    const values = gminaValues(demo, [...demoReal, big], 'CIS', 2020);
    expect(values.get('0201011')).toBe(20);
    expect(demo.some((r) => r.indicator === 'CIS' && r.code === '0201011' && r.year === 2020)).toBe(false);
    // The real voivodeship value of 22 (3 in 2020) is still met exactly by its gminas.
    expect(sumWhere(values, '22')).toBe(3);
    expect(sumWhere(values, '02')).toBeGreaterThanOrEqual(20);
    expect(gminas.every((g) => values.has(g))).toBe(true);
  });

  it('fits under a real national total by taking the rest from the other voivodeship', () => {
    // Real: PL 7 CIS in 2019, powiat 0261 2; now also gmina 2201011 with 5: voivodeship 22 must get 5, 02 the other 2.
    const five = probe(2, '2201011', 2019, 'CIS', 5);
    const values = gminaValues(run([five]), [...demoReal, five], 'CIS', 2019);
    expect(sumWhere(values)).toBe(7);
    expect(sumWhere(values, '22')).toBe(5);
    expect(sumWhere(values, '0261')).toBe(2);
  });
});

describe('two real figures that contradict each other', () => {
  it('a real gmina value above the real national total names both rows', () => {
    const e = errorOf(() => run([probe(9, '2201011', 2019, 'CIS', 9)]));
    const pl = demoReal.find((r) => r.indicator === 'CIS' && r.code === 'PL' && r.year === 2019)!;
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ file: pl.file, line: pl.line });
    expect(e.message).toContain('data/releases/2024/probe.csv:9');
    expect(e.message).toMatch(/add up to 11, more than its real total 7/);
  });

  it('a real gmina value above its real voivodeship value is refused too', () => {
    const e = errorOf(() => run([probe(4, '2201022', 2020, 'CIS', 5)]));
    expect(e.message).toContain('data/releases/2024/probe.csv:4');
    expect(e.message).toMatch(/inside 22 in 2020/);
  });

  it('real components above their real composite total name every row', () => {
    const e = errorOf(() => run([probe(3, 'PL', 2018, 'CIS', 30)]));
    expect(e.message).toMatch(/real components of REINT add up to 30, more than its real total 23/);
    expect(e.message).toContain('CIS = 30 at data/releases/2024/probe.csv:3');
  });
});

describe('values the generator cannot work with', () => {
  it('a value that is not a finite number (401 digits parse as Infinity) is an InputError with file and line', () => {
    const e = errorOf(() => run([probe(7, '0201011', 2020, 'CIS', Number('9'.repeat(401)))]));
    expect(e.problems).toEqual([expect.objectContaining({ file: 'data/releases/2024/probe.csv', line: 7 })]);
    expect(e.message).toMatch(/not a finite number/);
  });
});

describe('a gmina created after the first release year', () => {
  const created: CreatedGmina[] = [{ code: '2201033', name: 'New', createdOn: '2020-01-01', carvedFrom: '2201022', legalBasis: '' }];
  const base = demoReal.filter((r) => !(r.code === '2201033' && r.year < 2020));

  it('gets no value of any indicator before it existed, and the totals are met by the others', () => {
    const demo = run([], { created }, base);
    expect(demo.filter((r) => r.code === '2201033' && r.year < 2020)).toEqual([]);
    expect(demo.some((r) => r.code === '2201033' && r.year === 2020 && r.indicator === 'POP')).toBe(true);
    const values = gminaValues(demo, base, 'CIS', 2019);
    expect(values.has('2201033')).toBe(false);
    expect(sumWhere(values)).toBe(7);
  });

  it('refuses a real row for it before it existed, naming the row and the gmina it belonged to', () => {
    const e = errorOf(() => run([probe(6, '2201033', 2018, 'CIS', 1)], { created }, base));
    expect(e.problems).toEqual([expect.objectContaining({ file: 'data/releases/2024/probe.csv', line: 6 })]);
    expect(e.message).toMatch(/did not exist in 2018[\s\S]*2201022/);
  });
});

describe('withFloors', () => {
  it('is largest remainder when no floor binds', () => {
    expect(withFloors(10, [1, 2, 3], [0, 1, 2])).toEqual(largestRemainder(10, [1, 2, 3]));
  });
  it('gives a member at least its floor and shares the rest by weight', () => {
    expect(withFloors(10, [5, 4, 1], [0, 0, 6])).toEqual([2, 2, 6]);
  });
  it('lets a floor beat a cap', () => {
    expect(withFloors(6, [1, 1], [5, 0], [2, 10])).toEqual([5, 1]);
  });
});
