// The catalogue's `min`: the smallest value a source table may give for an indicator.
import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '#core/catalogue.ts';
import type { Territory } from '#core/territory.ts';
import { loadCatalogue, parseCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { validateSourceTable, type ValidationContext } from '#scripts/pipeline/validate-source-table.ts';
import { InputError } from '#scripts/pipeline/source-row.ts';

const gmina: Territory = {
  code: '1211092',
  level: 'gmina',
  name: 'Nowy Targ',
  displayName: 'Nowy Targ (gmina wiejska)',
  slug: 'nowy-targ',
  kind: 'rural',
  parents: ['PL', '12', '1211'],
};
const base = {
  name: { pl: 'x', en: 'x' },
  description: { pl: 'x', en: 'x' },
  decimals: 1,
  theme: 'market',
  source: { name: { pl: 's', en: 's' }, frequency: 'annual' },
  polarity: 'neutral',
  aggregation: { rule: 'sum' },
  levels: ['gmina'],
};
const indicators: Indicator[] = [
  indicatorSchema.parse({ ...base, id: 'EXP', unit: 'thousand PLN', min: 0 }),
  indicatorSchema.parse({ ...base, id: 'CNT', unit: 'units', integer: true, min: 0 }),
  indicatorSchema.parse({ ...base, id: 'BAL', unit: 'thousand PLN' }),
  indicatorSchema.parse({ ...base, id: 'FLOOR', unit: 'thousand PLN', min: 10 }),
];
const ctx: ValidationContext = {
  territories: new Map([[gmina.code, gmina]]),
  catalogue: new Map(indicators.map((i) => [i.id, i])),
  years: { from: 2015, to: 2024 },
  sources: new Set(['gus']),
};
const FILE = 'data/releases/2024/t.csv';
const check = (indicator: string, value: string, unit = 'thousand PLN') =>
  validateSourceTable(FILE, `teryt,year,indicator,value,unit,flag,source\n${gmina.code},2020,${indicator},${value},${unit},,gus\n`, ctx);

describe('an indicator with min', () => {
  it('refuses a value below it with file, line, value and what to do', () => {
    const { rows, problems } = check('EXP', '-12.5');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 2,
        value: '-12.5',
        message: 'EXP cannot be below 0 (min in indicators/EXP.yaml)',
        fix: 'check the sign and the unit: a figure below the minimum means the source or its conversion is wrong',
      },
    ]);
    expect(check('FLOOR', '9.9').problems[0].message).toBe('FLOOR cannot be below 10 (min in indicators/FLOOR.yaml)');
    expect(check('FLOOR', '10').problems).toEqual([]);
  });

  it('refuses -0 where the minimum is 0, in a count as in money', () => {
    for (const [id, value, unit] of [
      ['CNT', '-0', 'units'],
      ['EXP', '-0.0', 'thousand PLN'],
    ]) {
      const { problems } = check(id, value, unit);
      expect(problems.map((p) => [p.line, p.value, p.message])).toEqual([
        [2, value, `${id} cannot be negative, and "${value}" is a negative value rounded to zero`],
      ]);
    }
  });

  it('accepts zero and positive values', () => {
    expect(check('EXP', '0').rows[0].value).toBe(0);
    expect(check('CNT', '3', 'units').rows[0].value).toBe(3);
  });
});

describe('an indicator without min', () => {
  it('accepts negative values, and stores -0 as 0', () => {
    expect(check('BAL', '-12.5').rows[0].value).toBe(-12.5);
    const zero = check('BAL', '-0').rows[0].value;
    expect(Object.is(zero, 0)).toBe(true);
  });
});

describe('the catalogue', () => {
  it('accepts min only as a finite number', () => {
    const file = (min: string) => ({
      file: 'indicators/EXP.yaml',
      text: `id: EXP\nname: {pl: x, en: x}\ndescription: {pl: x, en: x}\nunit: thousand PLN\ndecimals: 1\ntheme: market\nsource: {name: {pl: s, en: s}, frequency: annual}\npolarity: neutral\nlevels: [gmina]\naggregation: {rule: sum}\nmin: ${min}\n`,
    });
    expect(parseCatalogue([file('0')])[0].min).toBe(0);
    expect(() => parseCatalogue([file('zero')])).toThrow(InputError);
    expect(() => parseCatalogue([file('.inf')])).toThrow(/min/);
  });

  it('sets min 0 on every indicator of the repository that cannot be negative (all of them today)', () => {
    const withoutMin = loadCatalogue()
      .filter((i) => i.min !== 0)
      .map((i) => i.id);
    expect(withoutMin).toEqual([]);
  });
});
