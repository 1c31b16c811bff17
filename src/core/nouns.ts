// Nouns with their counting forms, for sentences such as "5 spółdzielni socjalnych" or
// "3. z 19 gmin w powiecie". Kept apart from the UI strings because every noun needs
// all Polish forms, which plain key→string tables cannot express.
import type { Unit } from './catalogue.ts';
import type { Noun } from './format.ts';
import type { Level } from './territory.ts';

const n = (one: string, few: string, many: string, fraction: string, enOne: string, enOther: string): Noun => ({
  pl: { one, few, many, fraction },
  en: { one: enOne, other: enOther },
});

/** Countable things an indicator counts, used by the narrative when a noun fits better than the unit. */
export const INDICATOR_NOUNS: Record<string, Noun> = {
  SPS_KRS: n(
    'spółdzielnia socjalna',
    'spółdzielnie socjalne',
    'spółdzielni socjalnych',
    'spółdzielni socjalnej',
    'social cooperative',
    'social cooperatives',
  ),
  SPS_ACT: n(
    'aktywna spółdzielnia socjalna',
    'aktywne spółdzielnie socjalne',
    'aktywnych spółdzielni socjalnych',
    'aktywnej spółdzielni socjalnej',
    'active social cooperative',
    'active social cooperatives',
  ),
  PS_ACT: n(
    'przedsiębiorstwo społeczne',
    'przedsiębiorstwa społeczne',
    'przedsiębiorstw społecznych',
    'przedsiębiorstwa społecznego',
    'social enterprise',
    'social enterprises',
  ),
  REINT: n(
    'jednostka reintegracyjna',
    'jednostki reintegracyjne',
    'jednostek reintegracyjnych',
    'jednostki reintegracyjnej',
    'reintegration unit',
    'reintegration units',
  ),
  CIS: n(
    'centrum integracji społecznej',
    'centra integracji społecznej',
    'centrów integracji społecznej',
    'centrum integracji społecznej',
    'social integration centre',
    'social integration centres',
  ),
  KIS: n(
    'klub integracji społecznej',
    'kluby integracji społecznej',
    'klubów integracji społecznej',
    'klubu integracji społecznej',
    'social integration club',
    'social integration clubs',
  ),
  ZAZ: n(
    'zakład aktywności zawodowej',
    'zakłady aktywności zawodowej',
    'zakładów aktywności zawodowej',
    'zakładu aktywności zawodowej',
    'vocational activity establishment',
    'vocational activity establishments',
  ),
  WTZ: n(
    'warsztat terapii zajęciowej',
    'warsztaty terapii zajęciowej',
    'warsztatów terapii zajęciowej',
    'warsztatu terapii zajęciowej',
    'occupational therapy workshop',
    'occupational therapy workshops',
  ),
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

/** A value changed by a release: "148 zmienionych wartości" (nominative, after a colon). */
export const CHANGED_VALUE: Noun = n(
  'zmieniona wartość',
  'zmienione wartości',
  'zmienionych wartości',
  'zmienionej wartości',
  'changed value',
  'changed values',
);
/** The same after "Pokaż", which takes the accusative: "Pokaż 1 zmienioną wartość". */
export const CHANGED_VALUE_ACCUSATIVE: Noun = { ...CHANGED_VALUE, pl: { ...CHANGED_VALUE.pl, one: 'zmienioną wartość' } };

/**
 * Every form of the level nouns, the one place they are defined (their plain labels and
 * list headings are the `level` and `levelPlural` dictionaries). Polish: the counting
 * forms in the nominative (1 gmina, 3 gminy, 5 gmin, which is also the genitive plural),
 * the accusative singular ("obejmuje 1 gminę") and the genitive singular ("z 1 gminy",
 * "1,5 gminy"); English: singular and plural.
 */
const LEVEL_FORMS: Record<Level, { one: string; few: string; many: string; accOne: string; genOne: string; en: [string, string] }> = {
  country: { one: 'kraj', few: 'kraje', many: 'krajów', accOne: 'kraj', genOne: 'kraju', en: ['country', 'countries'] },
  voivodeship: {
    one: 'województwo',
    few: 'województwa',
    many: 'województw',
    accOne: 'województwo',
    genOne: 'województwa',
    en: ['voivodeship', 'voivodeships'],
  },
  powiat: { one: 'powiat', few: 'powiaty', many: 'powiatów', accOne: 'powiat', genOne: 'powiatu', en: ['powiat', 'powiats'] },
  gmina: { one: 'gmina', few: 'gminy', many: 'gmin', accOne: 'gminę', genOne: 'gminy', en: ['gmina', 'gminas'] },
};

const levelNouns = (noun: (f: (typeof LEVEL_FORMS)[Level]) => Noun) =>
  Object.fromEntries(Object.entries(LEVEL_FORMS).map(([level, f]) => [level, noun(f)])) as Record<Level, Noun>;

/** Counting planning areas (src/features/areas/area-types.ts): "3 podregiony NUTS 3", "5 obszarów OWES". */
export const AREA_NOUNS: Record<'nuts2' | 'nuts3' | 'owes' | 'lgd', Noun> = {
  nuts2: n('region NUTS 2', 'regiony NUTS 2', 'regionów NUTS 2', 'regionu NUTS 2', 'NUTS 2 region', 'NUTS 2 regions'),
  nuts3: n('podregion NUTS 3', 'podregiony NUTS 3', 'podregionów NUTS 3', 'podregionu NUTS 3', 'NUTS 3 subregion', 'NUTS 3 subregions'),
  owes: n('obszar OWES', 'obszary OWES', 'obszarów OWES', 'obszaru OWES', 'OWES area', 'OWES areas'),
  lgd: n('obszar LGD', 'obszary LGD', 'obszarów LGD', 'obszaru LGD', 'LAG area', 'LAG areas'),
};

/** Counting a level: "1 gmina", "3 gminy", "5 gmin"; "1 gmina", "5 gminas". */
export const LEVEL_NOUNS = levelNouns((f) => n(f.one, f.few, f.many, f.genOne, ...f.en));
/** The same as an object ("obejmuje 1 gminę, 3 gminy, 14 gmin"). */
export const LEVEL_NOUNS_ACCUSATIVE = levelNouns((f) => n(f.accOne, f.few, f.many, f.genOne, ...f.en));
/** Figures shown on a page, after "z": "12 z 1 liczby", "z 40 liczb"; "of 40 figures". */
export const FIGURES_GENITIVE: Noun = n('liczby', 'liczb', 'liczb', 'liczby', 'figure', 'figures');

/** After "z" and "spośród": "3. z 1 gminy", "z 19 gmin"; "of 19 gminas". */
export const LEVEL_NOUNS_GENITIVE = levelNouns((f) => n(f.genOne, f.many, f.many, f.genOne, ...f.en));

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
