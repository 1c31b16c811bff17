import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPopulation2020 } from '#scripts/import/gus-population-2020.ts';
import { powiatRowsForAbolished } from '#scripts/import/abolished-gminas.ts';
import { mapCode, parseCodeHistoryCsv } from '#core/geo-register.ts';
import type { Territory } from '#core/territory.ts';

const HEADER = 'teryt7,gmina,gmina_type,powiat,wojewodztwo,population';

describe('GUS population of 31 December 2020', () => {
  const text = [
    HEADER,
    '0201011,Bolesławiec,1,bolesławiecki,DOLNOŚLĄSKIE,38486',
    '0601052,Janów Podlaski,2,bialski,LUBELSKIE,6000',
    '3203042,Gone,2,drawski,X,10',
  ].join('\n');
  const map = (c: string) => (c === '0601052' ? '0601053' : c === '3203042' ? undefined : c);
  const result = importPopulation2020(text, 'p.csv', map);

  it('gives POP 2020 rows on today’s codes, through the code history', () => {
    expect(result.rows).toEqual([
      { code: '0201011', year: 2020, indicator: 'POP', value: 38486, unit: 'persons', source: 'gus-population-2020' },
      { code: '0601053', year: 2020, indicator: 'POP', value: 6000, unit: 'persons', source: 'gus-population-2020' },
    ]);
    expect(result.recoded.get('0601053')).toBe('0601052');
  });
  it('reports what it cannot map and keeps the file total', () => {
    expect(result.unmapped).toEqual([{ code: '3203042', name: 'Gone', reason: 'no successor in the code history' }]);
    expect(result.fileTotal).toBe(38486 + 6000 + 10);
  });
  it('stops on a wrong header or a value that is not a whole number, naming the line', () => {
    expect(() => importPopulation2020('a,b\n', 'p.csv', map)).toThrow(/p\.csv:1/);
    expect(() => importPopulation2020(`${HEADER}\n0201011,B,1,b,D,12.5\n`, 'p.csv', map)).toThrow(/p\.csv:2: population "12\.5"/);
  });

  it('maps the real file onto every current gmina except the two created in 2025, with the national total intact', () => {
    const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
    const history = parseCodeHistoryCsv(fs.readFileSync('data/geo/code-history.csv', 'utf8'));
    const real = importPopulation2020(fs.readFileSync('data/sources/population/gus_population_gmina_2020-12-31.csv', 'utf8'), 'f', (c) =>
      mapCode(c, history, register),
    );
    expect(real.unmapped).toEqual([]);
    expect(real.rows).toHaveLength(2477);
    expect(real.recoded.size).toBe(72);
    expect(real.rows.reduce((s, r) => s + r.value, 0)).toBe(38265013);
    const missing = register.filter((t) => t.level === 'gmina' && !real.rows.some((r) => r.code === t.code)).map((t) => t.code);
    expect(missing).toEqual(['1207132', '2002162']);
  });
});

describe('a gmina abolished without a single successor', () => {
  it('gives its powiat a row for each year and indicator it has figures for, and no other', () => {
    const abolished = [{ code: '3203042', year: 2018, indicator: 'POP' }];
    const byPowiat = [
      { code: '3203', year: 2018, indicator: 'POP', value: 57397 },
      { code: '3203', year: 2019, indicator: 'POP', value: 57000 },
      { code: '3203', year: 2018, indicator: 'POP_WORK', value: 35261 },
      { code: '3204', year: 2018, indicator: 'POP', value: 1 },
    ];
    expect(powiatRowsForAbolished(abolished, byPowiat)).toEqual([byPowiat[0]]);
  });
});
