import { describe, expect, it } from 'vitest';
import type { CoverageFile, Manifest, StatusCounts } from '#core/data-types.ts';
import { COVERAGE_CLASSES, coverageClass, coverageCss, coverageView, formatShare } from '#features/coverage/coverage-view.ts';
import { contrast } from '#features/indicator/map/map-scale.ts';
import { coveragePath, DATA_FILE, dataPath } from '#core/urls.ts';

const counts = (c: Partial<StatusCounts>): StatusCounts => ({
  real: 0,
  demo: 0,
  estimate: 0,
  provisional: 0,
  confidential: 0,
  missing: 0,
  ...c,
});

const file: CoverageFile = {
  release: '2024',
  years: [2023, 2024],
  entries: [
    {
      indicator: 'POP',
      level: 'country',
      years: [
        { counts: counts({ real: 1 }), sources: { 'gus-bdl': 1 } },
        { counts: counts({ demo: 1 }), sources: {} },
      ],
    },
    {
      indicator: 'POP',
      level: 'gmina',
      years: [
        { counts: counts({ real: 30, demo: 5, confidential: 3, missing: 2 }), sources: { 'gus-bdl': 28, 'rops-x': 2 } },
        { counts: counts({ demo: 38, estimate: 1, provisional: 1 }), sources: { 'rops-x': 2 } },
      ],
    },
    {
      indicator: 'CIS',
      level: 'gmina',
      years: [
        { counts: counts({ demo: 40 }), sources: {} },
        { counts: counts({ demo: 40 }), sources: {} },
      ],
    },
  ],
};
const sources = {
  'gus-bdl': { title: { pl: 'GUS, Bank Danych Lokalnych', en: 'Statistics Poland, Local Data Bank' }, licence: 'x' },
} as Manifest['sources'];
const names = new Map([
  ['POP', 'Ludność'],
  ['CIS', 'Centra integracji społecznej'],
]);

describe('the colour classes of the real share', () => {
  it('keep 0 % and 100 % apart from "some" and "almost all"', () => {
    expect([0, 0.0001, 0.2499, 0.25, 0.5, 0.75, 0.9999, 1].map(coverageClass)).toEqual([0, 1, 1, 2, 3, 4, 4, 5]);
  });

  it('print every share in a colour with at least 4.5:1 contrast on its background (WCAG AA)', () => {
    for (const c of COVERAGE_CLASSES) expect(contrast(c.text, c.background), c.background).toBeGreaterThanOrEqual(4.5);
  });

  it('get their CSS from the same palette', () => {
    const css = coverageCss();
    COVERAGE_CLASSES.forEach((c, i) => expect(css).toContain(`.cov-${i}{background:${c.background};color:${c.text}}`));
  });
});

describe('formatShare', () => {
  it('prints one decimal at most and never rounds some into none or almost all into all', () => {
    expect(formatShare(0, 'pl')).toBe('0\u00a0%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(0.077, 'pl')).toBe('7,7\u00a0%');
    expect(formatShare(0.077, 'en')).toBe('7.7%');
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(0.0004, 'en')).toBe('<0.1%');
    expect(formatShare(0.9996, 'pl')).toBe('>99,9\u00a0%');
  });
});

describe('coverageView', () => {
  const pl = coverageView(file, { lang: 'pl', names, sources });
  const en = coverageView(file, { lang: 'en', names, sources });

  it('has one section per level present, country first, each with its indicators', () => {
    expect(pl.levels.map((l) => l.level)).toEqual(['country', 'gmina']);
    expect(pl.levels[1].rows.map((r) => r.indicator)).toEqual(['POP', 'CIS']);
    expect(pl.levels[1].rows[0]).toMatchObject({ name: 'Ludność', href: '/wskaznik/pop/' });
    expect(en.levels[1].rows[0].href).toBe('/en/wskaznik/pop/');
    expect(pl.levels[1].heading).toBe('Gminy');
    expect(en.levels[1].caption).toBe('Gminas: share of real data by indicator and year, release 2024');
  });

  it('prints the real share in each cell, with confidential and missing shares when there are any', () => {
    const [y2023, y2024] = en.levels[1].rows[0].cells;
    expect(y2023).toEqual({ year: 2023, colourClass: 4, real: '75%', notes: ['confidential 7.5%', 'missing 5%'] });
    // Estimates and provisional figures come from a real source and count as real.
    expect(y2024).toEqual({ year: 2024, colourClass: 1, real: '5%', notes: [] });
    expect(en.levels[1].rows[1].cells.map((c) => [c.real, c.colourClass])).toEqual([
      ['0%', 0],
      ['0%', 0],
    ]);
  });

  it('names the sources of the real values by their titles, most cited first; unknown ids stay ids', () => {
    expect(pl.levels[1].rows[0].sources).toEqual(['GUS, Bank Danych Lokalnych', 'rops-x']);
    expect(en.levels[0].rows[0].sources).toEqual(['Statistics Poland, Local Data Bank']);
    expect(en.levels[1].rows[1].sources).toEqual([]);
  });

  it('sums each level in one sentence (the text alternative of its table)', () => {
    // gmina: 32 real (30 + 1 estimate + 1 provisional), 123 demo, 3 confidential, 2 missing of 160 values.
    expect(en.levels[1].summary).toBe(
      'gmina: 20% of values are real data, 76.9% demonstration, 1.9% confidential, 1.3% missing (160 values in all, every indicator and year).',
    );
    expect(pl.levels[0].summary).toBe(
      'kraj: 50\u00a0% wartości to dane rzeczywiste, 50\u00a0% demonstracyjne, 0\u00a0% niejawne, 0\u00a0% brakujące (razem 2 wartości, wszystkie wskaźniki i lata).',
    );
    expect(en.levels[1].estimates).toBe('Among the real data: estimates 1, provisional figures 1.');
    expect(en.levels[0].estimates).toBeUndefined();
  });

  it('has a legend entry for every colour class', () => {
    expect(pl.legend.map((l) => l.colourClass)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(en.legend[5].label).toBe('100% — every value real');
  });
});

describe('the coverage page and file addresses', () => {
  it('live under /dane/ in both languages, the file beside the release’s other files', () => {
    expect(coveragePath('pl')).toBe('/dane/pokrycie/');
    expect(coveragePath('en')).toBe('/en/dane/pokrycie/');
    expect(dataPath('2023', DATA_FILE.coverage)).toBe('/data/2023/coverage.json');
  });
});
