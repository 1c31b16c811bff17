// The comparison's table, chart points and CSV, from hand-made territory files whose
// expected cells and statuses are written out here (raw flag bits, not the code's FLAG).
import { describe, expect, it } from 'vitest';
import type { Indicator, Theme } from '#core/catalogue.ts';
import { parseCsv } from '#core/csv.ts';
import type { Series, TerritoryFile } from '#core/data-types.ts';
import { buildCompareTable, cellAt, chartPoints, columnLabels, compareCsv, csvFileName, isTotal } from '#features/compare/compare-table.ts';

const DEMO = 1;
const SUPPRESSED = 2;
const ESTIMATE = 4;

function ind(id: string, theme: Theme, levels: Indicator['levels'], decimals = 0, rule: 'sum' | 'none' = 'sum'): Indicator {
  return {
    id,
    name: { pl: `Wskaźnik ${id}`, en: `Indicator ${id}` },
    description: { pl: id, en: id },
    unit: 'entities',
    decimals,
    theme,
    source: { name: { pl: 's', en: 's' }, frequency: 'annual' },
    polarity: 'neutral',
    levels,
    aggregation: { rule },
    integer: false,
  };
}

// Catalogue order puts "context" first and "entities" second: rows must follow the themes' order instead.
const CATALOGUE = [
  ind('POP', 'context', ['country', 'voivodeship', 'powiat', 'gmina']),
  ind('SPS', 'entities', ['country', 'voivodeship', 'powiat', 'gmina']),
  ind('RATE', 'entities', ['country', 'voivodeship', 'powiat', 'gmina'], 2, 'none'),
  ind('SURVEY', 'market', ['country', 'voivodeship']),
  ind('NOWHERE', 'support', ['country']),
];

function file(
  code: string,
  level: TerritoryFile['territory']['level'],
  name: string,
  kind: 'urban' | 'rural' | undefined,
  series: Record<string, Series>,
): TerritoryFile {
  return {
    release: '2024',
    years: [2023, 2024],
    territory: {
      code,
      level,
      name,
      displayName: kind ? `${name} (gmina ${kind === 'urban' ? 'miejska' : 'wiejska'}, powiat nowotarski)` : `powiat ${name}`,
      slug: name.toLowerCase().replace(/ /g, '-'),
      kind,
    },
    parents: [],
    series,
    ranks: {},
    children: [],
    similar: [],
    hasDemo: true,
  };
}

const TOWN = file('1211011', 'gmina', 'Nowy Targ', 'urban', {
  POP: { v: [33000, 32900] },
  SPS: { v: [3, 4], f: [0, DEMO] },
  RATE: { v: [1.234, null], f: [ESTIMATE, SUPPRESSED] },
});
const RURAL = file('1211092', 'gmina', 'Nowy Targ', 'rural', {
  POP: { v: [24000, 24100] },
  SPS: { v: [1, null] },
  RATE: { v: [0.5, 0.25] },
});
const POWIAT = {
  ...file('1211', 'powiat', 'nowotarski', undefined, { POP: { v: [190000, 191000] }, SPS: { v: [20, 21] }, RATE: { v: [1, 1.1] } }),
};
POWIAT.territory = { ...POWIAT.territory, level: 'powiat', displayName: 'powiat nowotarski', kind: undefined };
const VOIV = file('12', 'voivodeship', 'małopolskie', undefined, { POP: { v: [3.4e6, 3.41e6] }, SURVEY: { v: [7, 8], f: [DEMO, DEMO] } });
VOIV.territory = { ...VOIV.territory, displayName: 'województwo małopolskie', slug: 'malopolskie' };

describe('columnLabels', () => {
  it('adds the kind where short names clash, keeps the rest short', () => {
    expect(columnLabels([TOWN.territory, RURAL.territory, POWIAT.territory], 'pl')).toEqual([
      'Nowy Targ (gmina miejska)',
      'Nowy Targ (gmina wiejska)',
      'powiat nowotarski',
    ]);
    expect(columnLabels([TOWN.territory, RURAL.territory], 'en')).toEqual(['Nowy Targ (urban gmina)', 'Nowy Targ (rural gmina)']);
  });

  it('falls back to the display name where the kind does not tell them apart', () => {
    const other = { ...RURAL.territory, code: '1201092', displayName: 'Nowy Targ (gmina wiejska, powiat bocheński)' };
    expect(columnLabels([RURAL.territory, other], 'pl')).toEqual([RURAL.territory.displayName, other.displayName]);
  });
});

describe('buildCompareTable', () => {
  const table = buildCompareTable([TOWN, RURAL, POWIAT, VOIV], CATALOGUE, 2024, 'pl');

  it('one column per file in order, with its page', () => {
    expect(table.columns.map((c) => c.code)).toEqual(['1211011', '1211092', '1211', '12']);
    expect(table.columns[0].href).toBe('/gmina/1211011-nowy-targ/');
    expect(table.columns[3].href).toBe('/wojewodztwo/12-malopolskie/');
  });

  it('rows grouped in the themes order, only indicators some territory has', () => {
    expect(table.groups.map((g) => [g.theme, g.rows.map((r) => r.indicator.id)])).toEqual([
      ['entities', ['SPS', 'RATE']],
      ['market', ['SURVEY']],
      ['context', ['POP']],
    ]);
  });

  it('cells keep value and flags of the year; absent series are undefined, not missing', () => {
    const rate = table.groups[0].rows[1].cells;
    expect(rate).toEqual([
      { year: 2024, value: null, flags: SUPPRESSED },
      { year: 2024, value: 0.25, flags: 0 },
      { year: 2024, value: 1.1, flags: 0 },
      undefined,
    ]);
    expect(table.groups[0].rows[0].cells[0]).toEqual({ year: 2024, value: 4, flags: DEMO });
    expect(table.groups[0].rows[0].cells[1]).toEqual({ year: 2024, value: null, flags: 0 });
  });

  it('knows mixed levels and demo', () => {
    expect(table.mixedLevels).toBe(true);
    expect(table.hasDemo).toBe(true);
    const gminas = buildCompareTable([TOWN, RURAL], CATALOGUE, 2023, 'pl');
    expect(gminas.mixedLevels).toBe(false);
    expect(gminas.hasDemo).toBe(false);
  });

  it('a year outside the files gives no values', () => {
    expect(cellAt(TOWN, 'POP', 2019)).toBeUndefined();
    expect(cellAt(TOWN, 'SURVEY', 2024)).toBeUndefined();
  });

  it('sums are totals, ratios are not', () => {
    expect(isTotal(CATALOGUE[0])).toBe(true);
    expect(isTotal(CATALOGUE[2])).toBe(false);
  });
});

describe('compareCsv', () => {
  const table = buildCompareTable([TOWN, RURAL, POWIAT, VOIV], CATALOGUE, 2024, 'pl');
  const text = compareCsv(table, '2024', 'pl');
  const [head, ...rows] = parseCsv(text).map((r) => r.fields);

  it('has a BOM, the header and one line per cell', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(head).toEqual([
      'indicator',
      'indicator_name',
      'unit',
      'territory_code',
      'territory_name',
      'year',
      'value',
      'status',
      'flags',
      'release',
    ]);
    expect(rows.length).toBe(4 * 4);
  });

  it('writes the status of every value: demo, confidential, missing apart', () => {
    const get = (id: string, code: string) => rows.find((r) => r[0] === id && r[3] === code)!;
    expect(get('SPS', '1211011').slice(6, 9)).toEqual(['4', 'demo', 'demo']);
    expect(get('SPS', '1211092').slice(6, 9)).toEqual(['', 'missing', '']);
    expect(get('RATE', '1211011').slice(6, 9)).toEqual(['', 'confidential', 'suppressed']);
    expect(get('RATE', '1211092').slice(6, 9)).toEqual(['0.25', 'real', '']);
    expect(get('RATE', '12').slice(6, 9)).toEqual(['', 'missing', '']);
    expect(get('SURVEY', '12').slice(6, 9)).toEqual(['8', 'demo', 'demo']);
    expect(get('POP', '1211')).toEqual([
      'POP',
      'Wskaźnik POP',
      'entities',
      '1211',
      'powiat nowotarski',
      '2024',
      '191000',
      'real',
      '',
      '2024',
    ]);
  });

  it('names the file by year and release', () => {
    expect(csvFileName('porownanie', 2023, '2024')).toBe('porownanie-2023-r2024.csv');
  });
});

describe('chartPoints', () => {
  it('draws numbers only; words for confidential, missing and absent; demo marked', () => {
    const table = buildCompareTable([TOWN, RURAL, POWIAT, VOIV], CATALOGUE, 2024, 'pl');
    const sps = chartPoints(table.groups[0].rows[0], table.columns, 'pl', 'n/d');
    expect(sps.map((p) => [p.value, p.demo])).toEqual([
      [4, true],
      [NaN, false],
      [21, false],
      [NaN, false],
    ]);
    expect(sps[0].text).toBe('Nowy Targ (gmina miejska): 4 (demo)');
    expect(sps[1].text).toBe('Nowy Targ (gmina wiejska): brak danych');
    expect(sps[3].text).toBe('województwo małopolskie: n/d');
    const en = buildCompareTable([TOWN, RURAL, POWIAT, VOIV], CATALOGUE, 2024, 'en');
    const rate = chartPoints(en.groups[0].rows[1], en.columns, 'en', 'n/a');
    expect(rate[0].text).toBe('Nowy Targ (urban gmina): confidential');
    expect(rate[1].text).toBe('Nowy Targ (rural gmina): 0.25');
  });
});
