import { describe, expect, it } from 'vitest';
import { displayName, gminaKindLabel, inTerritory, kindLabel, shortName, voivodeshipShort, type NamedTerritory } from '#core/names.ts';

const PL: NamedTerritory = { code: 'PL', level: 'country', name: 'Polska', displayName: 'Polska' };
const VOIV: NamedTerritory = {
  code: '04',
  level: 'voivodeship',
  name: 'kujawsko-pomorskie',
  displayName: 'województwo kujawsko-pomorskie',
};
const POWIAT: NamedTerritory = {
  code: '1006',
  level: 'powiat',
  name: 'łódzki wschodni',
  displayName: 'powiat łódzki wschodni (woj. łódzkie)',
};
const CITY: NamedTerritory = {
  code: '1261',
  level: 'powiat',
  name: 'Kraków',
  displayName: 'Kraków (miasto na prawach powiatu)',
  cityWithPowiatRights: true,
};
const CITY_GMINA: NamedTerritory = {
  code: '1261011',
  level: 'gmina',
  name: 'Kraków',
  displayName: 'Kraków (gmina miejska, miasto na prawach powiatu)',
  kind: 'urban',
  cityWithPowiatRights: true,
};
const GMINA: NamedTerritory = {
  code: '1006043',
  level: 'gmina',
  name: 'Andrespol',
  displayName: 'Andrespol (gmina miejsko-wiejska, woj. łódzkie)',
  kind: 'urban-rural',
};

describe('names in both languages', () => {
  it('short names', () => {
    expect([PL, VOIV, POWIAT, CITY, GMINA].map((t) => shortName(t, 'pl'))).toEqual([
      'Polska',
      'województwo kujawsko-pomorskie',
      'powiat łódzki wschodni',
      'Kraków',
      'Andrespol',
    ]);
    expect([PL, VOIV, POWIAT, CITY, GMINA].map((t) => shortName(t, 'en'))).toEqual([
      'Poland',
      'Kujawsko-Pomorskie Voivodeship',
      'powiat łódzki wschodni',
      'Kraków',
      'Andrespol',
    ]);
  });
  it('"in" phrases: the Polish locative of adjectival names', () => {
    expect([PL, VOIV, POWIAT, CITY, GMINA].map((t) => inTerritory(t, 'pl'))).toEqual([
      'w Polsce',
      'w województwie kujawsko-pomorskim',
      'w powiecie łódzkim wschodnim',
      'w mieście na prawach powiatu Kraków',
      'w gminie Andrespol',
    ]);
    expect([PL, VOIV, POWIAT, CITY, GMINA].map((t) => inTerritory(t, 'en'))).toEqual([
      'in Poland',
      'in Kujawsko-Pomorskie Voivodeship',
      'in powiat łódzki wschodni',
      'in Kraków',
      'in Andrespol',
    ]);
  });
  it('kinds of unit', () => {
    expect([PL, VOIV, POWIAT, CITY, CITY_GMINA, GMINA].map((t) => kindLabel(t, 'pl'))).toEqual([
      'kraj',
      'województwo',
      'powiat',
      'miasto na prawach powiatu',
      'gmina miejska, miasto na prawach powiatu',
      'gmina miejsko-wiejska',
    ]);
    expect(kindLabel(CITY_GMINA, 'en')).toBe('urban gmina, city with powiat rights');
    expect(kindLabel({ ...GMINA, kind: undefined }, 'en')).toBe('gmina');
    expect(gminaKindLabel('rural', 'en')).toBe('rural gmina');
    expect(voivodeshipShort('łódzkie', 'pl')).toBe('woj. łódzkie');
    expect(voivodeshipShort('łódzkie', 'en')).toBe('Łódzkie Voiv.');
  });
  it('English display names translate every Polish qualifier', () => {
    expect(displayName(CITY_GMINA, 'en')).toBe('Kraków (urban gmina, city with powiat rights)');
    expect(displayName(GMINA, 'en')).toBe('Andrespol (urban-rural gmina, Łódzkie Voivodeship)');
    expect(displayName(GMINA, 'pl')).toBe(GMINA.displayName);
    expect(displayName(VOIV, 'en')).toBe('Kujawsko-Pomorskie Voivodeship');
    expect(displayName(PL, 'en')).toBe('Poland');
  });
});
