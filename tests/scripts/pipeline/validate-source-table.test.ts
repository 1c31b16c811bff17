import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { Territory } from '#core/territory.ts';
import { formatProblem } from '#scripts/pipeline/source-row.ts';
import { findDuplicates, validateSourceTable, type ValidationContext } from '#scripts/pipeline/validate-source-table.ts';

const territories: Territory[] = [
  { code: 'PL', level: 'country', name: 'Polska', displayName: 'Polska', slug: 'polska', parents: [] },
  { code: '12', level: 'voivodeship', name: 'małopolskie', displayName: 'województwo małopolskie', slug: 'malopolskie', parents: ['PL'] },
  { code: '1211', level: 'powiat', name: 'nowotarski', displayName: 'powiat nowotarski', slug: 'nowotarski', parents: ['PL', '12'] },
  {
    code: '1211092',
    level: 'gmina',
    name: 'Nowy Targ',
    displayName: 'Nowy Targ (gmina wiejska)',
    slug: 'nowy-targ',
    kind: 'rural',
    parents: ['PL', '12', '1211'],
  },
];

const base = {
  name: { pl: 'x', en: 'x' },
  description: { pl: 'x', en: 'x' },
  decimals: 0,
  theme: 'entities',
  source: { name: { pl: 's', en: 's' }, frequency: 'annual' },
  polarity: 'higher-is-better',
  aggregation: { rule: 'sum' },
};
const catalogue: Indicator[] = [
  indicatorSchema.parse({ ...base, id: 'CIS', unit: 'units', integer: true, levels: ['country', 'voivodeship', 'powiat', 'gmina'] }),
  indicatorSchema.parse({ ...base, id: 'PES_MKT', unit: 'entities', integer: true, levels: ['country', 'voivodeship'] }),
];

const ctx: ValidationContext = {
  territories: new Map(territories.map((t) => [t.code, t])),
  catalogue: new Map(catalogue.map((i) => [i.id, i])),
  years: { from: 2015, to: 2024 },
  sources: new Set(['gus', 'demo']),
};
const HEADER = 'teryt,year,indicator,value,unit,flag,source';
const check = (...lines: string[]) => validateSourceTable('data/releases/2024/test.csv', [HEADER, ...lines].join('\n'), ctx);

describe('valid rows', () => {
  it('are parsed with flags, line numbers and sources', () => {
    const { rows, problems } = check('1211092,2020,CIS,2,units,,gus', '12,2021,CIS,,units,demo+suppressed,demo');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ code: '1211092', year: 2020, value: 2, line: 2, source: 'gus', flags: 0 });
    expect(rows[1]).toMatchObject({ value: null, flags: FLAG.demo | FLAG.suppressed, line: 3 });
  });
});

describe('bad input is reported with file, line, value and a fix', () => {
  const cases: [string, string, RegExp][] = [
    ['unknown TERYT code', '1299999,2020,CIS,1,units,,gus', /unknown TERYT code/],
    ['malformed code', '121109,2020,CIS,1,units,,gus', /unknown TERYT code[\s\S]*leading zeros/],
    ['code of the wrong level', '1211092,2020,PES_MKT,1,entities,,gus', /does not exist at level gmina/],
    ['non-numeric value', '1211092,2020,CIS,abc,units,,gus', /not a number/],
    ['Polish decimal comma', '1211092,2020,CIS,"1,5",units,,gus', /not a number/],
    ['negative count', '1211092,2020,CIS,-1,units,,gus', /whole number ≥ 0/],
    ['fractional count', '1211092,2020,CIS,1.5,units,,gus', /whole number ≥ 0/],
    ['a number too large to be finite (401 digits)', `1211092,2020,CIS,${'9'.repeat(401)},units,,gus`, /too large[\s\S]*401 digits/],
    ['unknown indicator', '1211092,2020,NOPE,1,units,,gus', /unknown indicator/],
    ['unknown flag', '1211092,2020,CIS,1,units,secret,gus', /unknown flag "secret"/],
    ['year outside the release', '1211092,2014,CIS,1,units,,gus', /year outside the release \(2015-2024\)/],
    ['missing year', '1211092,,CIS,1,units,,gus', /missing year/],
    ['unit mismatch', '1211092,2020,CIS,1,entities,,gus', /unit mismatch/],
    ['unknown source', '1211092,2020,CIS,1,units,,nowhere', /unknown source id/],
    ['empty value without suppression', '1211092,2020,CIS,,units,,gus', /empty value/],
    ['suppressed value published', '1211092,2020,CIS,3,units,suppressed,gus', /must not be published/],
    ['wrong number of fields', '1211092,2020,CIS,1,units,gus', /expected 7 fields/],
  ];
  for (const [name, line, message] of cases) {
    it(name, () => {
      const { rows, problems } = check('PL,2020,CIS,1,units,,gus', line);
      expect(rows).toHaveLength(1); // the good row survives, the bad one is reported
      expect(problems).toHaveLength(1);
      const p = problems[0];
      expect(p.file).toBe('data/releases/2024/test.csv');
      expect(p.line).toBe(3);
      expect(p.fix.length).toBeGreaterThan(10);
      expect(formatProblem(p)).toMatch(message);
    });
  }
  it('a wrong header', () => {
    const { problems } = validateSourceTable('f.csv', 'code,year\n', ctx);
    expect(problems[0].message).toBe('wrong header');
  });
  it('duplicate (teryt, year, indicator) names both lines', () => {
    const { rows } = check('1211092,2020,CIS,1,units,,gus', '1211092,2021,CIS,1,units,,gus', '1211092,2020,CIS,2,units,,gus');
    const dups = findDuplicates(rows);
    expect(dups).toHaveLength(1);
    expect(dups[0].line).toBe(4);
    expect(dups[0].message).toContain('test.csv:2');
  });
});
