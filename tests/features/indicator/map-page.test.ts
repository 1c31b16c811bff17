// Texts of the indicator pages and the map (src/features/indicator/map/map-text.ts and map-page.ts):
// plurals, number formats, the aggregation rule in words, demo status and breaks.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '#core/catalogue.ts';
import type { LevelFile, Series } from '#core/data-types.ts';
import { translator } from '#i18n/index.ts';
import { classLabel, levelCount, summaryText } from '#features/indicator/map/map-text.ts';
import {
  aggregationText,
  comparabilityNotes,
  demoStatus,
  hasSuppressed,
  latestLevelRows,
  nationalSources,
} from '#features/indicator/map/map-page.ts';

const ind = (over: Partial<Indicator> = {}): Indicator =>
  ({
    id: 'SPS_ACT',
    name: { pl: 'Aktywne spółdzielnie socjalne', en: 'Active social cooperatives' },
    description: { pl: 'x', en: 'x' },
    unit: 'entities',
    decimals: 0,
    theme: 'entities',
    source: { name: { pl: 'GUS', en: 'GUS' }, frequency: 'biennial' },
    polarity: 'higher-is-better',
    levels: ['country', 'voivodeship', 'powiat', 'gmina'],
    aggregation: { rule: 'sum' },
    integer: true,
    ...over,
  }) as Indicator;

describe('plurals and numbers', () => {
  it('counts areas with Polish plural forms', () => {
    expect(levelCount(1, 'gmina', 'pl')).toBe('1\u00a0gmina');
    expect(levelCount(3, 'gmina', 'pl')).toBe('3\u00a0gminy');
    expect(levelCount(5, 'gmina', 'pl')).toBe('5\u00a0gmin');
    expect(levelCount(22, 'powiat', 'pl')).toBe('22\u00a0powiaty');
    expect(levelCount(2479, 'gmina', 'pl')).toBe('2\u00a0479\u00a0gmin');
    expect(levelCount(1, 'voivodeship', 'en')).toBe('1\u00a0voivodeship');
    expect(levelCount(16, 'voivodeship', 'en')).toBe('16\u00a0voivodeships');
  });

  it('labels classes with Polish number formats and a single value when lo equals hi', () => {
    expect(classLabel({ lo: 0, hi: 0 }, 'pl', 0)).toBe('0');
    expect(classLabel({ lo: 1234.5, hi: 2345.25 }, 'pl', 2)).toBe('1\u00a0234,50–2\u00a0345,25');
    expect(classLabel({ lo: 1234.5, hi: 2345.25 }, 'en', 1)).toBe('1,234.5–2,345.3');
  });

  it('summarises a distribution in words', () => {
    const text = summaryText({ n: 4, min: 0, median: 2.5, max: 1234 }, { missing: 1, suppressed: 2 }, 'gmina', 'pl', 0, translator('pl'));
    expect(text).toBe(
      '4\u00a0gminy z wartością; mediana 2,5, najmniej 0, najwięcej 1\u00a0234; brak danych: 1\u00a0gmina; dane niejawne: 2\u00a0gminy.',
    );
    expect(summaryText({ n: 1, min: 3, median: 3, max: 3 }, { missing: 0, suppressed: 0 }, 'powiat', 'en', 1, translator('en'))).toBe(
      '1\u00a0powiat with a value; median 3.0, lowest 3.0, highest 3.0.',
    );
    expect(summaryText(undefined, { missing: 5, suppressed: 0 }, 'voivodeship', 'en', 0, translator('en'))).toBe(
      'no data: 5\u00a0voivodeships.',
    );
  });
});

describe('aggregation in words', () => {
  const names = (id: string) => ({ SPS_KRS: 'Spółdzielnie socjalne', POP: 'Ludność' })[id] ?? id;
  it('names the numerator and denominator of a ratio of sums', () => {
    const t = aggregationText({ rule: 'ratio', numerator: 'SPS_KRS', denominator: 'POP', multiplier: 10000 }, 'pl', names);
    expect(t).toContain('Iloraz sum');
    expect(t).toContain('„Spółdzielnie socjalne” ÷ „Ludność” × 10\u00a0000');
    expect(aggregationText({ rule: 'ratio', numerator: 'SPS_KRS', denominator: 'POP', multiplier: 1 }, 'en', names)).toMatch(
      /^Ratio of sums: “Spółdzielnie socjalne” ÷ “Ludność”, computed/,
    );
    expect(aggregationText({ rule: 'weighted-mean', weight: 'POP' }, 'pl', names)).toBe(
      'Średnia ważona wskaźnikiem „Ludność”: Σ(wartość × waga) ÷ Σ wag.',
    );
    expect(aggregationText({ rule: 'sum' }, 'en', names)).toMatch(/^Sum:/);
    expect(aggregationText({ rule: 'none' }, 'pl', names)).toMatch(/^Bez agregacji/);
  });
});

describe('demo status and comparability', () => {
  it('gives the demo share per level, or says all values are real', () => {
    const s = demoStatus(ind(), { demoShare: { SPS_ACT: { country: 0.8, voivodeship: 1, powiat: 1, gmina: 1 } } }, 'pl');
    expect(s.demo).toBe(true);
    expect(s.text).toBe('Dane demonstracyjne: kraj 80\u00a0%, województwo 100\u00a0%, powiat 100\u00a0%, gmina 100\u00a0%.');
    expect(demoStatus(ind(), { demoShare: { SPS_ACT: { country: 0 } } }, 'en')).toEqual({
      demo: false,
      text: 'All values come from public sources.',
    });
    expect(demoStatus(ind(), { demoShare: { SPS_ACT: { country: 0.005, gmina: 1 } } }, 'en').text).toBe(
      'Demonstration data: country 0.5%, gmina 100%.',
    );
  });

  const series: Series = {
    v: [null, 900, null, 950, null, 970],
    f: [0, 0, 0, 1, 0, 1],
    s: [null, 'gus-sps-2016', null, 'demo', null, 'demo+mcps-2017'],
  };
  const years = [2019, 2020, 2021, 2022, 2023, 2024];

  it('finds the national years that come from public sources', () => {
    expect(nationalSources(series, years).map((p) => p.sources)).toEqual([[], ['gus-sps-2016'], [], [], [], []]);
  });

  it('notes real years, biennial gaps and confidentiality', () => {
    const notes = comparabilityNotes(ind(), series, years, { sources: {} }, true, 'pl');
    expect(notes[0]).toBe('Wartości krajowe ze źródeł publicznych: 2020; w pozostałych latach — dane demonstracyjne.');
    expect(notes.some((n) => n.startsWith('Badanie co dwa lata'))).toBe(true);
    expect(notes.some((n) => n.includes('niejawne'))).toBe(true);
  });

  it('notes a change of real source as a possible break', () => {
    const s: Series = { v: [1, 2], s: ['gus-a', 'gus-b'] };
    const sources = { 'gus-a': { title: { pl: 'A', en: 'A' }, licence: 'x' }, 'gus-b': { title: { pl: 'B', en: 'B' }, licence: 'x' } };
    const notes = comparabilityNotes(
      ind({ source: { name: { pl: 'x', en: 'x' }, frequency: 'annual' } }),
      s,
      [2023, 2024],
      { sources },
      false,
      'en',
    );
    expect(notes).toEqual([
      'The source of the national figures changes over time (A → B); definitions and coverage may differ, so compare years with care.',
    ]);
  });
});

describe('level rows', () => {
  const file: LevelFile = {
    release: '2024',
    level: 'voivodeship',
    years: [2023, 2024],
    codes: ['02', '04'],
    values: {
      X: [
        [1, 2],
        [null, null],
      ],
      Y: [
        [1, null],
        [null, 3],
      ],
    },
    flags: {
      X: [
        [0, 0],
        [2, 0],
      ],
      Y: [
        [0, 2],
        [0, 0],
      ],
    },
  };
  it('takes the latest year with a value or a confidential cell', () => {
    expect(latestLevelRows(file, 'X')).toEqual({
      year: 2024,
      rows: [
        { code: '02', value: null, flags: 2 },
        { code: '04', value: null, flags: 0 },
      ],
    });
    expect(latestLevelRows(file, 'Y')!.year).toBe(2024);
    expect(latestLevelRows(file, 'Z')).toBeUndefined();
    expect(hasSuppressed(file, 'Y')).toBe(true);
    expect(hasSuppressed(file, 'Z')).toBe(false);
  });
});
