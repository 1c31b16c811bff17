// A hand-checked fixture for the builder tests: five gminas in three powiats of two
// voivodeships, two years, and one indicator per aggregation rule.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { LevelFile, RegisterEntry } from '#core/data-types.ts';
import { levelDataFrom, type PivotContext } from '#features/builder/builder-pivot.ts';

function ind(id: string, aggregation: Indicator['aggregation'], decimals = 0): Indicator {
  return {
    id,
    name: { pl: `Wskaźnik ${id}`, en: `Indicator ${id}` },
    description: { pl: id, en: id },
    unit: 'entities',
    decimals,
    theme: 'entities',
    source: { name: { pl: 's', en: 's' }, frequency: 'annual' },
    polarity: 'neutral',
    levels: ['country', 'voivodeship', 'powiat', 'gmina'],
    aggregation,
    integer: false,
  };
}

export const CATALOGUE = new Map(
  [
    ind('N', { rule: 'sum' }),
    ind('P', { rule: 'sum' }),
    ind('R', { rule: 'ratio', numerator: 'N', denominator: 'P', multiplier: 10000 }, 2),
    ind('M', { rule: 'weighted-mean', weight: 'P' }, 1),
    ind('X', { rule: 'none' }, 1),
  ].map((i) => [i.id, i]),
);

const g = (code: string, kind: RegisterEntry['kind'], popClass: string): RegisterEntry => ({
  code,
  level: 'gmina',
  name: `G${code}`,
  displayName: `Gmina ${code}`,
  slug: `g-${code}`,
  kind,
  popClass,
  parents: ['PL', code.slice(0, 2), code.slice(0, 4)],
});
export const REGISTER = new Map(
  [
    { code: 'PL', level: 'country', name: 'Polska', displayName: 'Polska', slug: 'polska', parents: [] } as RegisterEntry,
    {
      code: '12',
      level: 'voivodeship',
      name: 'małopolskie',
      displayName: 'województwo małopolskie',
      slug: 'malopolskie',
      parents: ['PL'],
    } as RegisterEntry,
    {
      code: '14',
      level: 'voivodeship',
      name: 'mazowieckie',
      displayName: 'województwo mazowieckie',
      slug: 'mazowieckie',
      parents: ['PL'],
    } as RegisterEntry,
    { code: '1201', level: 'powiat', name: 'a', displayName: 'powiat a', slug: 'a', parents: ['PL', '12'] } as RegisterEntry,
    { code: '1202', level: 'powiat', name: 'b', displayName: 'powiat b', slug: 'b', parents: ['PL', '12'] } as RegisterEntry,
    { code: '1401', level: 'powiat', name: 'c', displayName: 'powiat c', slug: 'c', parents: ['PL', '14'] } as RegisterEntry,
    g('1201011', 'urban', '0-5000'),
    g('1201022', 'rural', '5000-10000'),
    g('1202011', 'urban', '5000-10000'),
    g('1202022', 'rural', '0-5000'),
    g('1401011', 'urban', '5000-10000'),
  ].map((e) => [e.code, e]),
);

export const CODES = ['1201011', '1201022', '1202011', '1202022', '1401011'];
const S = FLAG.suppressed;
const D = FLAG.demo;
// values[year][territory]; 2022 then 2023.
const chunk = (id: string, v: (number | null)[][], f: number[][]): LevelFile => ({
  release: 'T',
  level: 'gmina',
  years: [2022, 2023],
  codes: CODES,
  values: { [id]: v },
  flags: { [id]: f },
});
const zeros = () => [CODES.map(() => 0), CODES.map(() => 0)];
export const DATA = levelDataFrom([
  // N: 1202022 is suppressed in both years; 1202011 is missing in 2023; 1201022 is demo.
  chunk(
    'N',
    [
      [1, 3, 2, null, 5],
      [1, 3, null, null, 6],
    ],
    [
      [0, D, 0, S, 0],
      [0, D, 0, S, 0],
    ],
  ),
  chunk(
    'P',
    [
      [1000, 9000, 2000, 4000, 5000],
      [1000, 9000, 2000, 4000, 5000],
    ],
    zeros(),
  ),
  // R as published per gmina (rounded): 10, 3.33, 10, suppressed, 10.
  chunk(
    'R',
    [
      [10, 3.33, 10, null, 10],
      [10, 3.33, null, null, 12],
    ],
    [
      [0, D, 0, S, 0],
      [0, D, 0, S, 0],
    ],
  ),
  chunk(
    'M',
    [
      [2, 4, 1, 1, 3],
      [2, 4, 1, 1, 3],
    ],
    zeros(),
  ),
  chunk(
    'X',
    [
      [1.5, 2.5, 3.5, 4.5, 5.5],
      [1.5, 2.5, 3.5, 4.5, 5.5],
    ],
    zeros(),
  ),
]);
export const CTX: PivotContext = { data: DATA, catalogue: CATALOGUE, register: REGISTER };
