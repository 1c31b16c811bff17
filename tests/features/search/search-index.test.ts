import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '#core/data-types.ts';
import { buildSearchIndex, fold, TerritorySearch } from '#features/search/search-index.ts';

const e = (
  code: string,
  level: RegisterEntry['level'],
  name: string,
  displayName: string,
  slug: string,
  parents: string[],
  extra: Partial<RegisterEntry> = {},
): RegisterEntry => ({
  code,
  level,
  name,
  displayName,
  slug,
  parents,
  ...extra,
});

const REGISTER: RegisterEntry[] = [
  e('PL', 'country', 'Polska', 'Polska', 'polska', []),
  e('10', 'voivodeship', 'łódzkie', 'województwo łódzkie', 'lodzkie', ['PL']),
  e('14', 'voivodeship', 'mazowieckie', 'województwo mazowieckie', 'mazowieckie', ['PL']),
  e('12', 'voivodeship', 'małopolskie', 'województwo małopolskie', 'malopolskie', ['PL']),
  e('1061', 'powiat', 'Łódź', 'Łódź (miasto na prawach powiatu)', 'lodz', ['PL', '10'], { cityWithPowiatRights: true }),
  e('1061011', 'gmina', 'Łódź', 'Łódź', 'lodz', ['PL', '10', '1061'], { kind: 'urban', cityWithPowiatRights: true, popClass: '100000+' }),
  e('1434', 'powiat', 'wołomiński', 'powiat wołomiński', 'wolominski', ['PL', '14']),
  e('1434031', 'gmina', 'Ząbki', 'Ząbki', 'zabki', ['PL', '14', '1434'], { kind: 'urban', popClass: '20000-50000' }),
  e('1211', 'powiat', 'nowotarski', 'powiat nowotarski', 'nowotarski', ['PL', '12']),
  e('1211011', 'gmina', 'Nowy Targ', 'Nowy Targ (gmina miejska)', 'nowy-targ', ['PL', '12', '1211'], {
    kind: 'urban',
    popClass: '20000-50000',
  }),
  e('1211092', 'gmina', 'Nowy Targ', 'Nowy Targ (gmina wiejska, powiat nowotarski)', 'nowy-targ', ['PL', '12', '1211'], {
    kind: 'rural',
    popClass: '20000-50000',
  }),
];
const search = new TerritorySearch(buildSearchIndex(REGISTER));

describe('fold', () => {
  it('drops case and Polish diacritics, including ł', () => {
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Ząbki')).toBe('zabki');
    expect(fold('Kędzierzyn-Koźle')).toBe('kedzierzyn kozle');
  });
});

describe('TerritorySearch', () => {
  it('"lodz" finds the city of Łódź first, then its city powiat and the voivodeship', () => {
    const hits = search.search('lodz', 'pl');
    expect(hits[0].code).toBe('1061011');
    expect(hits[0].href).toBe('/gmina/1061011-lodz/');
    expect(hits.map((h) => h.code)).toEqual(['1061011', '1061', '10']);
  });
  it('"zabki" finds Ząbki with its powiat and voivodeship as context', () => {
    const [hit] = search.search('zabki', 'pl');
    expect(hit.displayName).toBe('Ząbki');
    expect(hit.context).toBe('gmina miejska · powiat wołomiński · woj. mazowieckie');
  });
  it('tells the urban and rural gmina of the same name apart', () => {
    const hits = search.search('nowy targ', 'pl');
    expect(hits.map((h) => h.context)).toEqual([
      'gmina miejska · powiat nowotarski · woj. małopolskie',
      'gmina wiejska · powiat nowotarski · woj. małopolskie',
    ]);
    expect(search.search('nowy targ wiejska', 'pl').map((h) => h.code)).toEqual(['1211092']);
  });
  it('finds "Nowy Targ miasto" and "Nowy Targ gmina wiejska" by the kind words people type', () => {
    expect(search.search('Nowy Targ miasto', 'pl').map((h) => h.code)).toEqual(['1211011']);
    expect(search.search('Nowy Targ gmina wiejska', 'pl').map((h) => h.code)).toEqual(['1211092']);
    expect(search.search('nowy targ town', 'en').map((h) => h.code)).toEqual(['1211011']);
    expect(search.search('lodz powiat', 'pl').map((h) => h.code)).toEqual(['1061']);
  });
  it('finds by TERYT code prefix', () => {
    expect(search.search('1211', 'pl')[0].code).toBe('1211');
    expect(search.search('1211092', 'pl').map((h) => h.code)).toEqual(['1211092']);
  });
  it('gives English labels and paths under /en/', () => {
    const [hit] = search.search('zabki', 'en');
    expect(hit.context).toBe('urban gmina · powiat wołomiński · Mazowieckie Voiv.');
    expect(hit.href).toBe('/en/gmina/1434031-zabki/');
    expect(search.search('mazow', 'en')[0].displayName).toBe('Mazowieckie Voivodeship');
  });
  it('returns nothing for an empty query or no match', () => {
    expect(search.search('  ', 'pl')).toEqual([]);
    expect(search.search('xyzzy', 'pl')).toEqual([]);
  });
});
