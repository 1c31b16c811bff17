// The demo banner's first line is computed from the figures the page shows.
import { describe, expect, it } from 'vitest';
import {
  demoBannerParts,
  levelFigures,
  MAX_LISTED,
  obsFigures,
  territoryFigures,
  yearRanges,
  type ShownFigure,
} from '#components/demo-banner.ts';
import { gminaFile } from '#test-helpers/site-territory.ts';

const NBSP = '\u00a0';
const figs = (label: string, from: number, to: number, demo: boolean): ShownFigure[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ label, year: from + i, demo }));
const say = (f: ShownFigure[], lang: 'pl' | 'en' = 'pl') => {
  const p = demoBannerParts(f, lang);
  return { ...p, headline: p.headline.replaceAll(NBSP, ' '), detail: p.detail?.replaceAll(NBSP, ' ') };
};

describe('yearRanges', () => {
  it('joins consecutive years into ranges, in order, without repeats', () => {
    expect(yearRanges([2022, 2015, 2016, 2017, 2020, 2019, 2018, 2016])).toBe('2015–2020, 2022');
    expect(yearRanges([2024])).toBe('2024');
  });
});

describe('demoBannerParts', () => {
  it('says that no figure is demo when none is', () => {
    expect(say(figs('ludność', 2015, 2024, false))).toMatchObject({
      kind: 'none',
      headline: 'Żadna liczba na tej stronie nie jest daną demonstracyjną.',
    });
  });

  it('says that all figures are demo when all are', () => {
    expect(say(figs('ludność', 2015, 2024, true), 'en')).toMatchObject({
      kind: 'all',
      headline: 'All figures on this page are demonstration data.',
    });
  });

  it('names the few real figures when almost everything is demo', () => {
    const page = [
      ...figs('ludność', 2015, 2020, false),
      ...figs('ludność', 2021, 2024, true),
      ...figs('spółdzielnie socjalne', 2015, 2024, true),
      ...figs('CIS', 2015, 2024, true),
    ];
    expect(say(page)).toMatchObject({
      kind: 'allExcept',
      headline: 'Wszystkie liczby na tej stronie to dane demonstracyjne, z wyjątkiem: ludność 2015–2020.',
    });
    expect(say(page, 'en').headline).toBe('All figures on this page are demonstration data except ludność 2015–2020.');
  });

  it('names the few demo figures when almost everything is real', () => {
    const page = [...figs('ludność', 2015, 2024, false), ...figs('CIS', 2015, 2024, false), ...figs('KIS', 2023, 2024, true)];
    expect(say(page)).toMatchObject({
      kind: 'only',
      headline: 'Dane demonstracyjne na tej stronie: KIS 2023–2024. Pozostałe liczby są rzeczywiste.',
    });
  });

  it('counts, with the Polish genitive after "z", when the lists are too long or a year is both real and demo', () => {
    const labels = Array.from({ length: MAX_LISTED + 1 }, (_, i) => `w${i}`);
    const page = labels.flatMap((l) => [...figs(l, 2015, 2016, false), ...figs(l, 2017, 2017, true)]);
    expect(say(page)).toMatchObject({
      kind: 'count',
      headline: `${labels.length} z ${page.length} liczb na tej stronie to dane demonstracyjne.`,
      detail: `Dane demonstracyjne: ${labels.map((l) => `${l} 2017`).join('; ')}.`,
    });
    expect(say(page, 'en').headline).toBe(`${labels.length} of ${page.length} figures on this page are demonstration data.`);
    // The same indicator and year shown for two territories, one real and one demo: no list can say "all except".
    const mixed = [
      { label: 'ludność', year: 2024, demo: false },
      { label: 'ludność', year: 2024, demo: true },
      ...figs('CIS', 2024, 2024, false),
    ];
    expect(say(mixed)).toMatchObject({
      kind: 'count',
      headline: '1 z 3 liczb na tej stronie to dane demonstracyjne.',
      detail: 'Dane demonstracyjne: ludność 2024.',
    });
    expect(
      say([{ label: 'a', year: 2024, demo: true }, ...figs('b', 2024, 2024, false)].concat(figs('b', 2024, 2024, true)), 'pl').headline,
    ).toMatch(/z 3 liczb/);
  });
});

describe('demoBannerParts detail', () => {
  it('lists the real figures instead when they are fewer than the demo ones', () => {
    const real = ['a', 'b', 'c', 'd'].flatMap((l) => figs(l, 2015, 2015, false));
    const demo = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((l) => figs(l, 2016, 2016, true));
    expect(say([...real, ...demo])).toMatchObject({
      kind: 'count',
      headline: '6 z 10 liczb na tej stronie to dane demonstracyjne.',
      detail: 'Dane rzeczywiste: a 2015; b 2015; c 2015; d 2015; wszystkie pozostałe to dane demonstracyjne.',
    });
  });
});

describe('territoryFigures', () => {
  it("takes every value of the territory's, its parent's and the country's series and of its table rows, with the demo flag", () => {
    const file = gminaFile();
    const shown = territoryFigures(
      file,
      [{ name: 'G1', obs: { SPS_KRS: { year: 2024, value: 4, flags: 1 }, PS_ACT: undefined } }],
      (id) => id,
      {
        parent: 'nowotarski',
        country: 'Polska',
      },
    );
    const values = (s: Record<string, { v: (number | null)[] }> = {}) => Object.values(s).flatMap((x) => x.v.filter((v) => v !== null));
    expect(shown).toHaveLength(values(file.series).length + values(file.parentSeries).length + values(file.countrySeries).length + 1);
    // In the fixture PS_ACT and PS_10K are demo in the territory's own series.
    expect(shown.filter((f) => f.demo).map((f) => `${f.label} ${f.year}`)).toEqual([
      'PS_ACT 2022',
      'PS_ACT 2023',
      'PS_ACT 2024',
      'PS_10K 2022',
      'PS_10K 2023',
      'PS_10K 2024',
      'SPS_KRS (G1) 2024',
    ]);
    expect(shown.filter((f) => f.label === 'POP (Polska)')).toHaveLength(3);
    expect(shown.filter((f) => f.label === 'POP (nowotarski)')).toHaveLength(3);
  });
});

describe('levelFigures and counted figures', () => {
  // Three gminas, two years: 2023 all real, 2024 one real, one demo, one missing.
  const file = {
    years: [2023, 2024],
    values: {
      X: [
        [1, 2, 3],
        [4, 5, null],
      ],
    },
    flags: {
      X: [
        [0, 0, 0],
        [0, 1, 0],
      ],
    },
  };
  it('counts real and demo values per year, leaving missing ones out', () => {
    expect(levelFigures(file, 'X', 'gmina')).toEqual([
      { label: 'gmina', year: 2023, demo: false, count: 3 },
      { label: 'gmina', year: 2024, demo: false, count: 1 },
      { label: 'gmina', year: 2024, demo: true, count: 1 },
    ]);
    expect(levelFigures(file, 'Y', 'gmina')).toEqual([]);
  });
  it('weighs each figure by its count in the sentence', () => {
    expect(say(levelFigures(file, 'X', 'gmina'))).toMatchObject({
      kind: 'count',
      headline: '1 z 5 liczb na tej stronie to dane demonstracyjne.',
    });
    const country = [{ label: 'kraj', year: 2024, demo: false }];
    const gminas = [{ label: 'gmina', year: 2024, demo: true, count: 2477 }];
    expect(say([...country, ...gminas])).toMatchObject({
      kind: 'allExcept',
      headline: 'Wszystkie liczby na tej stronie to dane demonstracyjne, z wyjątkiem: kraj 2024.',
    });
  });
  it('obsFigures takes the latest value of each row and indicator, skipping empty ones', () => {
    expect(
      obsFigures([{ A: { year: 2024, value: 1, flags: 1 }, B: { year: 2023, value: null, flags: 2 }, C: undefined }], (id) =>
        id.toLowerCase(),
      ),
    ).toEqual([{ label: 'a', year: 2024, demo: true }]);
  });
});
