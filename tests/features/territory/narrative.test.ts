import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from '#features/territory/key-figures.ts';
import { joinList, lowerFirst, narrative } from '#features/territory/narrative.ts';
import { CATALOGUE, REGISTER, gminaFile } from '#test-helpers/site-territory.ts';

const NBSP = '\u00a0';
const figures = computeKeyFigures(gminaFile(), CATALOGUE);
const parents = [REGISTER.PL, REGISTER['12'], REGISTER['1211']];
const text = (lang: 'pl' | 'en') => narrative({ self: REGISTER['1211092'], parents, figures, lang }).map((s) => s.replaceAll(NBSP, ' '));

describe('narrative (Polish)', () => {
  const pl = text('pl');
  it('names the kind and the parents in the locative', () => {
    expect(pl[0]).toBe('Nowy Targ to gmina wiejska w powiecie nowotarskim, w województwie małopolskim.');
  });
  it('states the population with the verb agreeing with "gmina"', () => {
    expect(pl[1]).toBe('W 2024 r. gmina liczyła 24 301 mieszkańców.');
  });
  it('lists counts with correct plural forms and leaves out a confidential one', () => {
    expect(pl[2]).toBe('Stan w 2024 r.: 5 spółdzielni socjalnych i 2 przedsiębiorstwa społeczne.');
  });
  it('describes changes, grouping the unchanged ones', () => {
    expect(pl[3]).toBe('W porównaniu z 2023 r. liczba spółdzielni socjalnych wzrosła o 3, a liczba przedsiębiorstw społecznych nie zmieniła się.');
  });
  it('names ratios notably above the parent, with both numbers', () => {
    expect(pl).toContain('Wyraźnie wyżej (o co najmniej 25 %) niż w powiecie nowotarskim: wskaźnik SPS_10K (2,06 wobec 0,36).');
  });
  it('says so when nothing differs notably from the country (24% is not notable)', () => {
    expect(pl).toContain('Żaden wskaźnik względny nie odbiega o 25 % lub więcej od wartości w Polsce.');
  });
  it('states the best and worst position within the parent', () => {
    expect(pl).toContain('Wskaźnik „Wskaźnik SPS_10K” (2,06) jest tu najwyższy spośród 14 gmin w powiecie.');
    expect(pl).toContain('Wskaźnik „Wskaźnik PS_10K” (0,82) jest tu 7. co do wielkości spośród 14 gmin w powiecie.');
  });
  it('makes no claim that is not backed by a shown number', () => {
    // Every number in the text appears in the key figures (value, change, parent, country, rank).
    const shown = new Set<string>();
    for (const f of figures) {
      for (const v of [f.latest.value, f.change, f.parent?.value, f.country?.value, f.previous?.year, f.latest.year, f.rank?.parent?.rank, f.rank?.parent?.of])
        if (v !== null && v !== undefined) shown.add(String(v).replace('.', ','));
    }
    shown.add('25'); // the stated threshold
    // Indicator ids such as SPS_10K are names, not numbers.
    const prose = pl.join(' ').replace(/\b\w+_\w+\b/g, '');
    const numbers = prose.replace(/(\d) (\d)/g, '$1$2').match(/\d+(,\d+)?/g) ?? [];
    for (const n of numbers) expect(shown, `number ${n}`).toContain(n.replace(/^(\d+),(\d)0$/, '$1,$2'));
  });
});

describe('narrative (English)', () => {
  const en = text('en');
  it('is the same content in English', () => {
    expect(en[0]).toBe('Nowy Targ is a rural gmina in powiat nowotarski, Małopolskie Voivodeship.');
    expect(en[1]).toBe('In 2024 it had 24,301 inhabitants.');
    expect(en[2]).toBe('Latest figures (2024): 5 social cooperatives and 2 social enterprises.');
    expect(en[3]).toBe('Compared with 2023, the number of social cooperatives rose by 3 and the number of social enterprises did not change.');
    expect(en).toContain('“Indicator SPS_10K” (2.06) is the highest of the 14 gminas in the powiat.');
  });
});

describe('helpers', () => {
  it('joins lists with the language’s "and"', () => {
    expect(joinList(['a', 'b', 'c'], 'pl')).toBe('a, b i c');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
  });
  it('lower-cases a name but keeps acronyms', () => {
    expect(lowerFirst('Spółdzielnie socjalne')).toBe('spółdzielnie socjalne');
    expect(lowerFirst('OWES akredytowane')).toBe('OWES akredytowane');
  });
});
