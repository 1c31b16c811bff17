import { describe, expect, it } from 'vitest';
import type { ReleaseChanges, Revision } from '#core/data-types.ts';
import { NBSP } from '#core/format.ts';
import {
  changedPhrase,
  countRevisions,
  formatState,
  indexRevisions,
  indicatorRevisions,
  showPhrase,
  stateHtml,
  territoryRevisions,
} from '#features/releases/revisions.ts';

const rev = (
  code: string,
  level: Revision['level'],
  indicator: string,
  year: number,
  old: Revision['old'],
  next: Revision['new'],
  demo = false,
): Revision => ({
  code,
  level,
  indicator,
  year,
  old,
  new: next,
  demo,
  oldStatus: old === null ? 'missing' : old === 'suppressed' ? 'confidential' : demo ? 'demo' : 'real',
  newStatus: next === null ? 'missing' : next === 'suppressed' ? 'confidential' : demo ? 'demo' : 'real',
});

// Deliberately out of order: the index must sort by catalogue order, then year.
const revisions: Revision[] = [
  rev('1211092', 'gmina', 'POP', 2020, 33000, 33010),
  rev('1211092', 'gmina', 'SPS_KRS', 2021, 3, 'suppressed', true),
  rev('1211092', 'gmina', 'SPS_KRS', 2019, null, 2, true),
  rev('1211092', 'gmina', 'OLD_ONE', 2018, 1, 2),
  rev('12', 'voivodeship', 'SPS_KRS', 2020, 120, 121, true),
  rev('PL', 'country', 'SPS_KRS', 2020, 1500, 1501),
  rev('02', 'voivodeship', 'SPS_KRS', 2018, 80, 81),
  rev('1211', 'powiat', 'SPS_KRS', 2020, 10, 11, true),
  rev('1211', 'powiat', 'POP', 2020, 190000, 190001),
];
const changes: ReleaseChanges = {
  release: '2024',
  previous: '2023',
  newIndicators: [],
  retiredIndicators: [],
  territorialChanges: [],
  revisions,
  summary: {},
};
const ORDER = ['SPS_KRS', 'POP'];
const index = indexRevisions(changes, ORDER);

describe('indexRevisions by territory', () => {
  it('keeps the release ids', () => {
    expect([index.release, index.previous]).toEqual(['2024', '2023']);
  });

  it('sorts a territory by catalogue order, then year, with unknown indicators last', () => {
    expect(territoryRevisions(index, '1211092').map((r) => `${r.indicator}/${r.year}`)).toEqual([
      'SPS_KRS/2019',
      'SPS_KRS/2021',
      'POP/2020',
      'OLD_ONE/2018',
    ]);
  });

  it('gives every revision to exactly one territory', () => {
    const all = [...index.byTerritory.values()].flat();
    expect(all).toHaveLength(revisions.length);
    expect(new Set(all)).toEqual(new Set(revisions));
  });

  it('is empty for a territory without revisions', () => {
    expect(territoryRevisions(index, '1261011')).toEqual([]);
  });
});

describe('indexRevisions by indicator', () => {
  it('counts per level, real and demo apart', () => {
    const s = indicatorRevisions(index, 'SPS_KRS');
    expect(s.counts).toEqual({
      country: { real: 1, demo: 0 },
      voivodeship: { real: 1, demo: 1 },
      powiat: { real: 0, demo: 1 },
      gmina: { real: 0, demo: 2 },
    });
    expect(s.local).toBe(3);
  });

  it('lists only the country and voivodeships, country first, then by code and year', () => {
    expect(indicatorRevisions(index, 'SPS_KRS').upper.map((r) => `${r.code}/${r.year}`)).toEqual(['PL/2020', '02/2018', '12/2020']);
    expect(indicatorRevisions(index, 'POP').upper).toEqual([]);
    expect(indicatorRevisions(index, 'POP').local).toBe(2);
  });

  it('is all zero for an indicator without revisions', () => {
    const s = indicatorRevisions(index, 'ZAZ');
    expect(Object.values(s.counts).every((c) => c.real === 0 && c.demo === 0)).toBe(true);
    expect([s.upper.length, s.local]).toEqual([0, 0]);
  });

  it('agrees with the pipeline summary computed independently', () => {
    const bySummary: Record<string, { real: number; demo: number }> = {};
    for (const r of revisions) {
      const s = (bySummary[r.indicator] ??= { real: 0, demo: 0 });
      s[r.demo ? 'demo' : 'real']++;
    }
    for (const [id, s] of Object.entries(bySummary)) {
      const c = indicatorRevisions(index, id).counts;
      const sum = Object.values(c).reduce((a, x) => ({ real: a.real + x.real, demo: a.demo + x.demo }), { real: 0, demo: 0 });
      expect(sum, id).toEqual(s);
    }
  });
});

describe('countRevisions', () => {
  it('splits real and demo', () => {
    expect(countRevisions(territoryRevisions(index, '1211092'))).toEqual({ real: 2, demo: 2 });
    expect(countRevisions([])).toEqual({ real: 0, demo: 0 });
  });
});

describe('formatState', () => {
  it('formats numbers with the indicator decimals in Polish and English', () => {
    expect(formatState(1234.5, 'pl', 1)).toBe(`1${NBSP}234,5`);
    expect(formatState(1234.5, 'en', 2)).toBe('1,234.50');
    expect(formatState(0, 'pl', 0)).toBe('0');
  });

  it('names confidential and missing values instead of printing 0', () => {
    expect(formatState('suppressed', 'pl', 0)).toBe('dane niejawne');
    expect(formatState('suppressed', 'en', 0)).toBe('confidential');
    expect(formatState(null, 'pl', 0)).toBe('brak danych');
    expect(formatState(null, 'en', 0)).toBe('no data');
  });

  it('marks the words as empty cells in HTML, not the numbers', () => {
    expect(stateHtml(null, 'pl', 0)).toBe('<span class="empty-cell">brak danych</span>');
    expect(stateHtml(2, 'pl', 0)).toBe('2');
  });
});

describe('plural phrases', () => {
  it('uses the Polish counting forms', () => {
    expect(showPhrase(1, 'pl')).toBe(`Pokaż 1${NBSP}zmienioną wartość`);
    expect(showPhrase(3, 'pl')).toBe(`Pokaż 3${NBSP}zmienione wartości`);
    expect(showPhrase(5, 'pl')).toBe(`Pokaż 5${NBSP}zmienionych wartości`);
    expect(showPhrase(22, 'pl')).toBe(`Pokaż 22${NBSP}zmienione wartości`);
    expect(changedPhrase(1, 'pl')).toBe(`1${NBSP}zmieniona wartość`);
    expect(changedPhrase(1, 'en')).toBe(`1${NBSP}changed value`);
    expect(changedPhrase(1234, 'en')).toBe(`1,234${NBSP}changed values`);
  });
});
