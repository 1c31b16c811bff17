import { describe, expect, it } from 'vitest';
import { computeKeyFigures, type KeyFigure } from '#features/territory/key-figures.ts';
import { joinList, lowerFirst, narrative, type NarrativeInput } from '#features/territory/narrative.ts';
import { CATALOGUE, REGISTER, gminaFile, indicator } from '#test-helpers/site-territory.ts';

const NBSP = '\u00a0';
const figures = computeKeyFigures(gminaFile(), CATALOGUE);
const parents = [REGISTER.PL, REGISTER['12'], REGISTER['1211']];
const text = (lang: 'pl' | 'en') =>
  narrative({ self: REGISTER['1211092'], parents, figures, lang }).map((s) => s.text.replaceAll(NBSP, ' '));

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
    expect(pl[3]).toBe(
      'W porównaniu z 2023 r. liczba spółdzielni socjalnych wzrosła o 3, a liczba przedsiębiorstw społecznych nie zmieniła się.',
    );
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
      for (const v of [
        f.latest.value,
        f.change,
        f.parent?.value,
        f.country?.value,
        f.previous?.year,
        f.latest.year,
        f.rank?.parent?.rank,
        f.rank?.parent?.of,
      ])
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
    expect(en[3]).toBe(
      'Compared with 2023, the number of social cooperatives rose by 3 and the number of social enterprises did not change.',
    );
    expect(en).toContain('“Indicator SPS_10K” (2.06) is the highest of the 14 gminas in the powiat.');
  });
});

describe('demonstration data in the summary', () => {
  // In the fixture PS_ACT and PS_10K are demo; POP, SPS_KRS and SPS_10K (and their parents) are real.
  const marked = (lang: 'pl' | 'en') =>
    narrative({ self: REGISTER['1211092'], parents, figures, lang }).map((s) => [s.text.replaceAll(NBSP, ' '), s.demo]);
  it('marks each sentence that states or rests on a demo value, and only those', () => {
    expect(marked('pl')).toEqual([
      ['Nowy Targ to gmina wiejska w powiecie nowotarskim, w województwie małopolskim.', false],
      ['W 2024 r. gmina liczyła 24 301 mieszkańców.', false],
      ['Stan w 2024 r.: 5 spółdzielni socjalnych i 2 przedsiębiorstwa społeczne.', true],
      ['W porównaniu z 2023 r. liczba spółdzielni socjalnych wzrosła o 3, a liczba przedsiębiorstw społecznych nie zmieniła się.', true],
      ['Wyraźnie wyżej (o co najmniej 25 %) niż w powiecie nowotarskim: wskaźnik SPS_10K (2,06 wobec 0,36).', false],
      // "None differs" covers every compared ratio, PS_10K (demo) among them.
      ['Żaden wskaźnik względny nie odbiega o 25 % lub więcej od wartości w Polsce.', true],
      ['Wskaźnik „Wskaźnik SPS_10K” (2,06) jest tu najwyższy spośród 14 gmin w powiecie.', false],
      ['Wskaźnik „Wskaźnik PS_10K” (0,82) jest tu 7. co do wielkości spośród 14 gmin w powiecie.', true],
    ]);
    expect(marked('en').map(([, demo]) => demo)).toEqual(marked('pl').map(([, demo]) => demo));
  });
  it('marks the population sentence when the population is demo, and the children sentence when any child value is', () => {
    const demoPop = figures.map((f) => (f.indicator.id === 'POP' ? { ...f, latest: { ...f.latest, flags: 1 } } : f));
    const pop = narrative({ self: REGISTER['1211092'], parents, figures: demoPop, lang: 'pl' })[1];
    expect(pop).toEqual({ text: expect.stringContaining('liczyła'), demo: true });
    const kids = (flags: number[]) =>
      [5, 4, 2].map((v, i) => ({
        territory: { ...REGISTER['1211092'], name: `G${i}`, displayName: `G${i}` },
        key: { SPS_KRS: { year: 2024, value: v, flags: flags[i] } },
      }));
    const most = (flags: number[]) =>
      narrative({ self: REGISTER['1211'], parents: [REGISTER.PL, REGISTER['12']], figures: [], children: kids(flags), lang: 'pl' }).at(-1)!;
    expect(most([0, 0, 0])).toMatchObject({ text: expect.stringContaining('Najwięcej'), demo: false });
    // A demo value of a child that is not the top one still decides who is the top one.
    expect(most([0, 0, 1])).toMatchObject({ text: expect.stringContaining('Najwięcej'), demo: true });
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

/** A count figure of 2024 (no comparison, no rank). */
const count = (id: string, value: number, extra: Partial<KeyFigure> = {}, decimals = 0): KeyFigure => ({
  indicator: indicator(id, 'entities', { rule: 'sum' }, decimals),
  latest: { year: 2024, value, flags: 0 },
  demo: false,
  ...extra,
});
const children = (n: number) => Array.from({ length: n }, (_, i) => ({ territory: { ...REGISTER['1211092'], code: String(i) }, key: {} }));
const say = (input: Omit<NarrativeInput, 'lang'>, lang: 'pl' | 'en') =>
  narrative({ ...input, lang }).map((s) => s.text.replaceAll(NBSP, ' '));
const KRAKOW = {
  code: '1261',
  level: 'powiat' as const,
  name: 'Kraków',
  displayName: 'Kraków (miasto na prawach powiatu)',
  cityWithPowiatRights: true,
};

describe('narrative at every level', () => {
  const powiat = (n: number) => ({
    self: REGISTER['1211'],
    parents: [REGISTER.PL, REGISTER['12']],
    figures: [count('POP', n), count('SPS_KRS', n)],
    children: children(n),
  });
  it('a powiat: its voivodeship, its gminas and the counts, in every Polish plural form', () => {
    expect(say(powiat(1), 'pl')).toEqual([
      'Powiat nowotarski leży w województwie małopolskim.',
      'W 2024 r. powiat liczył 1 mieszkaniec.',
      'Stan w 2024 r.: 1 spółdzielnia socjalna.',
    ]);
    expect(say(powiat(2), 'pl')[0]).toBe('Powiat nowotarski leży w województwie małopolskim i obejmuje 2 gminy.');
    expect(say(powiat(5), 'pl')[2]).toBe('Stan w 2024 r.: 5 spółdzielni socjalnych.');
    expect(say(powiat(22), 'pl')[0]).toBe('Powiat nowotarski leży w województwie małopolskim i obejmuje 22 gminy.');
    expect(say(powiat(22), 'pl')[2]).toBe('Stan w 2024 r.: 22 spółdzielnie socjalne.');
    expect(say(powiat(25), 'pl')[0]).toBe('Powiat nowotarski leży w województwie małopolskim i obejmuje 25 gmin.');
    expect(say({ ...powiat(0), figures: [count('SPS_KRS', 1.5, {}, 1)] }, 'pl')).toEqual([
      'Powiat nowotarski leży w województwie małopolskim.',
      'Stan w 2024 r.: 1,5 spółdzielni socjalnej.',
    ]);
  });
  it('a powiat in English', () => {
    expect(say(powiat(1), 'en')).toEqual([
      'Powiat nowotarski lies in Małopolskie Voivodeship.',
      'In 2024 it had 1 inhabitant.',
      'Latest figures (2024): 1 social cooperative.',
    ]);
    expect(say(powiat(22), 'en')[0]).toBe('Powiat nowotarski lies in Małopolskie Voivodeship and comprises 22 gminas.');
    expect(say({ ...powiat(0), figures: [count('SPS_KRS', 1.5, {}, 1)] }, 'en')[1]).toBe('Latest figures (2024): 1.5 social cooperatives.');
  });
  it('a city with powiat rights: the verb agrees with "miasto"', () => {
    const city = { self: KRAKOW, parents: [REGISTER.PL, REGISTER['12']], figures: [count('POP', 800000)] };
    expect(say(city, 'pl')).toEqual([
      'Kraków to miasto na prawach powiatu w województwie małopolskim.',
      'W 2024 r. miasto liczyło 800 000 mieszkańców.',
    ]);
    expect(say(city, 'en')).toEqual([
      'Kraków is a city with powiat rights in Małopolskie Voivodeship.',
      'In 2024 it had 800,000 inhabitants.',
    ]);
  });
  it('a voivodeship: its powiats and gminas in the accusative', () => {
    const voiv = {
      self: REGISTER['12'],
      parents: [REGISTER.PL],
      figures: [count('GMINA_COUNT', 182), count('POP', 3400000)],
      children: children(22),
    };
    expect(say(voiv, 'pl')).toEqual([
      'Województwo małopolskie obejmuje 22 powiaty i 182 gminy.',
      'W 2024 r. województwo liczyło 3 400 000 mieszkańców.',
    ]);
    expect(say(voiv, 'en')).toEqual([
      'Małopolskie Voivodeship comprises 22 powiats and 182 gminas.',
      'In 2024 it had 3,400,000 inhabitants.',
    ]);
  });
  it('the country, with changes since different years and a contrasting last clause', () => {
    const pl = {
      self: REGISTER.PL,
      parents: [],
      figures: [
        count('GMINA_COUNT', 2477),
        count('SPS_KRS', 25, { previous: { year: 2020, value: 20, flags: 0 }, change: 5 }),
        count('PS_ACT', 2, { previous: { year: 2022, value: 3, flags: 0 }, change: -1 }),
      ],
      children: children(16),
    };
    expect(say(pl, 'pl')).toEqual([
      'Polska obejmuje 16 województw i 2 477 gmin.',
      'Stan w 2024 r.: 25 spółdzielni socjalnych i 2 przedsiębiorstwa społeczne.',
      'Liczba spółdzielni socjalnych wzrosła o 5 (od 2020 r.), a liczba przedsiębiorstw społecznych spadła o 1 (od 2022 r.).',
    ]);
    expect(say(pl, 'en')).toEqual([
      'Poland comprises 16 voivodeships and 2,477 gminas.',
      'Latest figures (2024): 25 social cooperatives and 2 social enterprises.',
      'The number of social cooperatives rose by 5 (since 2020) and the number of social enterprises fell by 1 (since 2022).',
    ]);
  });
  it('an urban gmina takes "an" in English; the children sentence names the top ones', () => {
    const urban = { ...REGISTER['1211092'], kind: 'urban' as const };
    const kids = [5, 5, 2].map((v, i) => ({
      territory: { ...REGISTER['1211092'], name: `G${i}`, displayName: `G${i}` },
      key: { SPS_KRS: { year: 2024, value: v, flags: 0 } },
    }));
    const text = say({ self: urban, parents: [REGISTER.PL, REGISTER['12']], figures: [], children: kids }, 'en');
    expect(text).toEqual([
      'Nowy Targ is an urban gmina in Małopolskie Voivodeship.',
      'Most social cooperatives (2024): G0 and G1 — 5 each.',
    ]);
    expect(say({ self: urban, parents: [REGISTER.PL, REGISTER['12']], figures: [], children: kids }, 'pl')[1]).toBe(
      'Najwięcej spółdzielni socjalnych (2024): G0 i G1 — po 5.',
    );
  });
});
