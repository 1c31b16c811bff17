// Nouns with their counting forms, for sentences such as "5 spółdzielni socjalnych" or
// "3. z 19 gmin w powiecie". Kept apart from the UI strings because every noun needs
// all Polish forms, which plain key→string tables cannot express.
import type { Unit } from './catalogue.ts';
import type { Noun } from './format.ts';
import type { GminaKind, Level } from './territory.ts';

const n = (one: string, few: string, many: string, fraction: string, enOne: string, enOther: string): Noun => ({
  pl: { one, few, many, fraction },
  en: { one: enOne, other: enOther },
});

/** Countable things an indicator counts, used by the narrative when a noun fits better than the unit. */
export const INDICATOR_NOUNS: Record<string, Noun> = {
  SPS_KRS: n('spółdzielnia socjalna', 'spółdzielnie socjalne', 'spółdzielni socjalnych', 'spółdzielni socjalnej', 'social cooperative', 'social cooperatives'),
  SPS_ACT: n('aktywna spółdzielnia socjalna', 'aktywne spółdzielnie socjalne', 'aktywnych spółdzielni socjalnych', 'aktywnej spółdzielni socjalnej', 'active social cooperative', 'active social cooperatives'),
  PS_ACT: n('przedsiębiorstwo społeczne', 'przedsiębiorstwa społeczne', 'przedsiębiorstw społecznych', 'przedsiębiorstwa społecznego', 'social enterprise', 'social enterprises'),
  REINT: n('jednostka reintegracyjna', 'jednostki reintegracyjne', 'jednostek reintegracyjnych', 'jednostki reintegracyjnej', 'reintegration unit', 'reintegration units'),
  CIS: n('centrum integracji społecznej', 'centra integracji społecznej', 'centrów integracji społecznej', 'centrum integracji społecznej', 'social integration centre', 'social integration centres'),
  KIS: n('klub integracji społecznej', 'kluby integracji społecznej', 'klubów integracji społecznej', 'klubu integracji społecznej', 'social integration club', 'social integration clubs'),
  ZAZ: n('zakład aktywności zawodowej', 'zakłady aktywności zawodowej', 'zakładów aktywności zawodowej', 'zakładu aktywności zawodowej', 'vocational activity establishment', 'vocational activity establishments'),
  WTZ: n('warsztat terapii zajęciowej', 'warsztaty terapii zajęciowej', 'warsztatów terapii zajęciowej', 'warsztatu terapii zajęciowej', 'occupational therapy workshop', 'occupational therapy workshops'),
  POP: n('mieszkaniec', 'mieszkańców', 'mieszkańców', 'mieszkańca', 'inhabitant', 'inhabitants'),
};

/** Fallback nouns by unit, for counts without a specific noun. */
export const UNIT_NOUNS: Partial<Record<Unit, Noun>> = {
  entities: n('podmiot', 'podmioty', 'podmiotów', 'podmiotu', 'entity', 'entities'),
  units: n('jednostka', 'jednostki', 'jednostek', 'jednostki', 'unit', 'units'),
  persons: n('osoba', 'osoby', 'osób', 'osoby', 'person', 'persons'),
  jobs: n('miejsce pracy', 'miejsca pracy', 'miejsc pracy', 'miejsca pracy', 'job', 'jobs'),
  accreditations: n('akredytacja', 'akredytacje', 'akredytacji', 'akredytacji', 'accreditation', 'accreditations'),
};

/** The word "wskaźnik" itself, for counts of indicators: "11 wskaźników", "2 wskaźniki". */
export const INDICATOR_WORD: Noun = n('wskaźnik', 'wskaźniki', 'wskaźników', 'wskaźnika', 'indicator', 'indicators');

/** A hit of the territory search: "1 wynik", "3 wyniki", "5 results". */
export const SEARCH_RESULT: Noun = n('wynik', 'wyniki', 'wyników', 'wyniku', 'result', 'results');

/** Level nouns: genitive plural for "z 19 gmin", and the locative phrase for "w powiecie". */
export const LEVEL_WORDS: Record<Level, { pl: { genPl: string; genSg: string; inThe: string; nom: string }; en: { plural: string; singular: string; inThe: string } }> = {
  country: { pl: { genPl: 'krajów', genSg: 'kraju', inThe: 'w kraju', nom: 'kraj' }, en: { plural: 'countries', singular: 'country', inThe: 'in the country' } },
  voivodeship: {
    pl: { genPl: 'województw', genSg: 'województwa', inThe: 'w województwie', nom: 'województwo' },
    en: { plural: 'voivodeships', singular: 'voivodeship', inThe: 'in the voivodeship' },
  },
  powiat: {
    pl: { genPl: 'powiatów', genSg: 'powiatu', inThe: 'w powiecie', nom: 'powiat' },
    en: { plural: 'powiats', singular: 'powiat', inThe: 'in the powiat' },
  },
  gmina: { pl: { genPl: 'gmin', genSg: 'gminy', inThe: 'w gminie', nom: 'gmina' }, en: { plural: 'gminas', singular: 'gmina', inThe: 'in the gmina' } },
};

/** Counting nouns of the levels below the country ("1 gmina", "3 gminy", "5 gmin", "2,5 gminy"): LEVEL_WORDS plus the nominative plural. */
const levelNoun = (level: Exclude<Level, 'country'>, few: string): Noun => {
  const w = LEVEL_WORDS[level];
  return n(w.pl.nom, few, w.pl.genPl, w.pl.genSg, w.en.singular, w.en.plural);
};
export const LEVEL_NOUNS: Record<Exclude<Level, 'country'>, Noun> = {
  voivodeship: levelNoun('voivodeship', 'województwa'),
  powiat: levelNoun('powiat', 'powiaty'),
  gmina: levelNoun('gmina', 'gminy'),
};

export const GMINA_KIND_LABEL: Record<GminaKind, { pl: string; en: string }> = {
  urban: { pl: 'gmina miejska', en: 'urban gmina' },
  rural: { pl: 'gmina wiejska', en: 'rural gmina' },
  'urban-rural': { pl: 'gmina miejsko-wiejska', en: 'urban-rural gmina' },
};

export const CITY_POWIAT_LABEL = { pl: 'miasto na prawach powiatu', en: 'city with powiat rights' };

/**
 * Polish voivodeship and non-city powiat names are adjectives ("małopolskie",
 * "nowotarski", "łódzki wschodni"); after "w województwie/powiecie" each word of the
 * adjective takes the locative ending: -kie -> -kim, -i -> -im.
 */
export function adjectiveLocative(name: string): string {
  return name
    .split(' ')
    .map((w) => (/ie$/.test(w) ? w.replace(/ie$/, 'im') : /i$/.test(w) ? `${w}m` : w))
    .join(' ');
}
