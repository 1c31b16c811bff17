import { describe, expect, it } from 'vitest';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import { computeCoverage, entrySources, levelTotals, realCount, realShare, totalCount, type CoverageInput } from '#core/coverage.ts';

// computeCoverage reads only the id of each indicator.
const ind = (id: string) => ({ id }) as Indicator;
const real = (value: number, source: string): Cell => ({ value, flags: 0, source });
const emptyLevel = { codes: [], cells: {} };

// Two years; gminas A, B, C, D; indicator X at gmina and country level, Y at gmina level only.
const input: CoverageInput = {
  years: [2023, 2024],
  levels: {
    country: { codes: ['PL'], cells: { X: [[real(10, 'gus')], [{ value: 12, flags: FLAG.demo | FLAG.aggregated, source: 'demo+gus' }]] } },
    voivodeship: emptyLevel,
    powiat: emptyLevel,
    gmina: {
      codes: ['A', 'B', 'C', 'D'],
      cells: {
        X: [
          [real(1, 'gus'), real(2, 'gus+rops'), { value: 3, flags: FLAG.demo, source: 'demo' }, undefined],
          [
            { value: null, flags: FLAG.suppressed, source: 'gus' },
            { value: null, flags: FLAG.suppressed | FLAG.demo, source: 'demo' },
            { value: 4, flags: FLAG.estimate, source: 'rops' },
            { value: 5, flags: FLAG.provisional | FLAG.aggregated, source: 'gus' },
          ],
        ],
        Y: [
          [{ value: null, flags: 0 }, undefined, undefined, undefined],
          [{ value: 7, flags: FLAG.demo | FLAG.estimate, source: 'demo' }, real(1, 'zeta+alpha'), real(1, 'alpha'), undefined],
        ],
      },
    },
  },
};

describe('computeCoverage', () => {
  const file = computeCoverage('2024', input, [ind('Y'), ind('X'), ind('Z')]);

  it('has one entry per indicator and level it exists at, in catalogue order, country first', () => {
    expect(file.release).toBe('2024');
    expect(file.years).toEqual([2023, 2024]);
    expect(file.entries.map((e) => `${e.indicator}@${e.level}`)).toEqual(['Y@gmina', 'X@country', 'X@gmina']);
  });

  it('counts every status once per territory and year, by valueStatus', () => {
    const x = file.entries.find((e) => e.indicator === 'X' && e.level === 'gmina')!;
    expect(x.years[0].counts).toEqual({ real: 2, demo: 1, estimate: 0, provisional: 0, confidential: 0, missing: 1 });
    // A demo value withheld as confidential is confidential: the state wins over the origin.
    expect(x.years[1].counts).toEqual({ real: 0, demo: 0, estimate: 1, provisional: 1, confidential: 2, missing: 0 });
    const y = file.entries.find((e) => e.indicator === 'Y')!;
    // A cell without a value or flag is missing like an absent one; a demo estimate is demo.
    expect(y.years[0].counts).toEqual({ real: 0, demo: 0, estimate: 0, provisional: 0, confidential: 0, missing: 4 });
    expect(y.years[1].counts).toEqual({ real: 2, demo: 1, estimate: 0, provisional: 0, confidential: 0, missing: 1 });
    for (const e of file.entries) for (const yr of e.years) expect(totalCount(yr.counts)).toBe(input.levels[e.level].codes.length);
  });

  it('lists the sources of real, estimate and provisional values only, each id counted per value, keys sorted', () => {
    const x = file.entries.find((e) => e.indicator === 'X' && e.level === 'gmina')!;
    expect(x.years[0].sources).toEqual({ gus: 2, rops: 1 });
    // The confidential "gus" value is not a real figure shown, so its source is not counted.
    expect(x.years[1].sources).toEqual({ gus: 1, rops: 1 });
    const country = file.entries.find((e) => e.level === 'country')!;
    expect(country.years[1].sources).toEqual({});
    const y = file.entries.find((e) => e.indicator === 'Y')!;
    expect(Object.keys(y.years[1].sources)).toEqual(['alpha', 'zeta']);
    expect(y.years[1].sources).toEqual({ alpha: 2, zeta: 1 });
  });

  it('adds up levels and shares, counting estimates and provisional values as real', () => {
    const totals = levelTotals(file);
    expect(Object.keys(totals)).toEqual(['country', 'gmina']);
    expect(totals.country).toEqual({ real: 1, demo: 1, estimate: 0, provisional: 0, confidential: 0, missing: 0 });
    expect(totals.gmina).toEqual({ real: 4, demo: 2, estimate: 1, provisional: 1, confidential: 2, missing: 6 });
    expect(realCount(totals.gmina!)).toBe(6);
    expect(realShare(totals.gmina!)).toBe(6 / 16);
    expect(realShare({ real: 0, demo: 0, estimate: 0, provisional: 0, confidential: 0, missing: 0 })).toBe(0);
  });

  it('sums an entry’s sources over its years, most cited first', () => {
    const x = file.entries.find((e) => e.indicator === 'X' && e.level === 'gmina')!;
    expect(entrySources(x)).toEqual([
      { id: 'gus', values: 3 },
      { id: 'rops', values: 2 },
    ]);
  });
});
