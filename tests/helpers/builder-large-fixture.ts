// A synthetic gmina level the size of Poland's: 2,479 gminas in 16 voivodeships, ten
// years and six summable indicators (every third value demo). Gmina level × 6
// indicators with rows territory, year, indicator is a table of 2,479 × 10 × 6 =
// 148,740 rows — the size that once overflowed the call stack.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { LevelFile, RegisterEntry } from '#core/data-types.ts';
import { levelDataFrom, type PivotContext } from '#features/builder/builder-pivot.ts';

export const GMINAS = 2479;
export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
export const INDICATORS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
const VOIVODESHIPS = ['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32'];
const pad2 = (n: number) => String(n).padStart(2, '0');

function indicator(id: string): Indicator {
  return {
    id,
    name: { pl: `Wskaźnik ${id}`, en: `Indicator ${id}` },
    description: { pl: id, en: id },
    unit: 'entities',
    decimals: 0,
    theme: 'entities',
    source: { name: { pl: 's', en: 's' }, frequency: 'annual' },
    polarity: 'neutral',
    levels: ['country', 'voivodeship', 'powiat', 'gmina'],
    aggregation: { rule: 'sum' },
    integer: true,
  };
}

/** Gmina i lies in voivodeship i mod 16; its powiat and number follow from i / 16, so every code is unique. */
function gminaCode(i: number): string {
  const j = Math.floor(i / 16);
  return `${VOIVODESHIPS[i % 16]}${pad2(1 + (j % 20))}${pad2(1 + Math.floor(j / 20))}2`;
}

/** Every gmina is rural, so a table grouped by kind has one block of all rows. */
export function largeContext(): PivotContext {
  const codes = Array.from({ length: GMINAS }, (_, i) => gminaCode(i));
  const entries: RegisterEntry[] = [
    { code: 'PL', level: 'country', name: 'Polska', displayName: 'Polska', slug: 'polska', parents: [] },
    ...VOIVODESHIPS.map((v): RegisterEntry => ({
      code: v,
      level: 'voivodeship',
      name: v,
      displayName: `woj. ${v}`,
      slug: v,
      parents: ['PL'],
    })),
    ...[...new Set(codes.map((c) => c.slice(0, 4)))].map((p): RegisterEntry => ({
      code: p,
      level: 'powiat',
      name: p,
      displayName: `powiat ${p}`,
      slug: p,
      parents: ['PL', p.slice(0, 2)],
    })),
    ...codes.map((c): RegisterEntry => ({
      code: c,
      level: 'gmina',
      name: `G${c}`,
      displayName: `Gmina ${c}`,
      slug: c,
      kind: 'rural',
      popClass: '5000-10000',
      parents: ['PL', c.slice(0, 2), c.slice(0, 4)],
    })),
  ];
  const chunks: LevelFile[] = INDICATORS.map((id, k) => ({
    release: 'T',
    level: 'gmina',
    years: YEARS,
    codes,
    values: { [id]: YEARS.map((_, y) => codes.map((_, t) => (t * 7 + y * 3 + k) % 97)) },
    flags: { [id]: YEARS.map((_, y) => codes.map((_, t) => ((t + y + k) % 3 === 0 ? FLAG.demo : 0))) },
  }));
  return {
    data: levelDataFrom(chunks),
    catalogue: new Map(INDICATORS.map((id) => [id, indicator(id)])),
    register: new Map(entries.map((e) => [e.code, e])),
  };
}
