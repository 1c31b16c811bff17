import { describe, expect, it } from 'vitest';
import type { TerritoryFile } from '#core/data-types.ts';
import { FLAG } from '#core/cells.ts';
import { createdLaterNotice } from '#features/territory/created-later.ts';
import { mixesRealAndDemo } from '#features/territory/key-figures.ts';

const kamienica = { code: '1207052', level: 'gmina' as const, name: 'Kamienica', displayName: 'Kamienica', slug: 'kamienica' };
const file = (years: number[], createdLater?: TerritoryFile['createdLater']): TerritoryFile => ({
  release: '2024',
  years,
  territory: { code: '1207132', level: 'gmina', name: 'Szczawa', displayName: 'Szczawa', slug: 'szczawa' },
  parents: [],
  series: {},
  ranks: {},
  children: [],
  similar: [],
  hasDemo: false,
  ...(createdLater && { createdLater }),
});
const szczawa = { year: 2025, createdOn: '2025-01-01', countedIn: kamienica };

describe('the notice of a gmina that did not exist yet', () => {
  it('says which years, when it was created and where its people are counted (the link goes between the parts)', () => {
    const pl = createdLaterNotice(file([2015, 2016, 2024], szczawa), 'pl')!;
    expect(pl.before).toBe(
      'W latach 2015–2024 gmina Szczawa jeszcze nie istniała (utworzona 01.01.2025), dlatego nie ma tu jej wartości: jej obszar i mieszkańcy są liczeni w gminie ',
    );
    expect(pl.after).toBe('.');
    expect(pl.countedIn.code).toBe('1207052');
    const en = createdLaterNotice(file([2015, 2024], szczawa), 'en')!;
    expect(en.before).toMatch(/^In 2015–2024 the gmina of Szczawa did not exist yet/);
  });
  it('stops at the year before its creation when the release reaches beyond it', () => {
    expect(createdLaterNotice(file([2024, 2025, 2026], szczawa), 'pl')!.before).toMatch(/^W 2024 r\. gmina Szczawa/);
  });
  it('is absent for a gmina that existed throughout', () => {
    expect(createdLaterNotice(file([2025, 2026], szczawa), 'pl')).toBeUndefined();
    expect(createdLaterNotice(file([2015, 2024]), 'pl')).toBeUndefined();
  });
});

describe('a total that mixes real and demonstration values', () => {
  const summed = FLAG.demo | FLAG.aggregated;
  it('is a summed demo value with a real source among its sources', () => {
    const series = { v: [10, 20, 30], f: [summed, summed, FLAG.demo], s: ['demo+gus-bdl-population', 'demo', 'demo'] };
    expect([0, 1, 2].map((yi) => mixesRealAndDemo(series, yi))).toEqual([true, false, false]);
    expect(mixesRealAndDemo({ v: [1], f: [FLAG.aggregated], s: 'gus-bdl-population' }, 0)).toBe(false);
    expect(mixesRealAndDemo({ v: [1], f: [summed], s: 'demo+pomorskie-2020' }, 0)).toBe(true);
  });
});
