// Territory names as shown in each language. The register's displayName is Polish and
// carries Polish qualifiers ("Nowy Targ (gmina wiejska, powiat nowotarski)"); English
// pages translate the qualifiers, never the proper names. The words come from the
// territoryKind and territoryName dictionaries; this module is shared by build-time code
// and islands (search, builder), so it reads those two small areas directly rather than
// through #i18n/index.ts, which would bundle every dictionary.
import type { Lang } from './format.ts';
import { adjectiveLocative } from './nouns.ts';
import type { GminaKind, Level } from './territory.ts';
import { createTranslator, type Translate } from '#i18n/translate.ts';
import { territoryKind as plKind } from '#i18n/pl/territoryKind.ts';
import { territoryName as plName } from '#i18n/pl/territoryName.ts';
import { territoryKind as enKind } from '#i18n/en/territoryKind.ts';
import { territoryName as enName } from '#i18n/en/territoryName.ts';

export interface NamedTerritory {
  code: string;
  level: Level;
  name: string;
  displayName: string;
  kind?: GminaKind;
  cityWithPowiatRights?: boolean;
}

/** Every kind of unit the territoryKind dictionary names: a level, a gmina kind or "city-powiat". */
export type TerritoryKind = keyof typeof plKind;

type NameArea = 'territoryKind' | 'territoryName';
const WORDS: Record<Lang, Translate<NameArea>> = {
  pl: createTranslator<NameArea>({ territoryKind: plKind, territoryName: plName }),
  en: createTranslator<NameArea>({ territoryKind: enKind, territoryName: enName }),
};

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('pl') + s.slice(1);

/** "małopolskie" -> "Małopolskie"; "kujawsko-pomorskie" -> "Kujawsko-Pomorskie". */
export function voivodeshipEnglish(name: string): string {
  return name.split('-').map(capitalise).join('-');
}

/** The forms of a name the territoryName templates may use. */
const nameParams = (name: string) => ({ name, locative: adjectiveLocative(name), english: voivodeshipEnglish(name) });

/** The label of a kind of unit: "gmina wiejska", "rural gmina", "województwo". */
export function territoryKindLabel(kind: TerritoryKind, lang: Lang): string {
  return WORDS[lang](`territoryKind.${kind}`);
}

export const gminaKindLabel = (kind: GminaKind, lang: Lang): string => territoryKindLabel(kind, lang);

/** A voivodeship among qualifiers: "woj. małopolskie", "Małopolskie Voiv.". */
export function voivodeshipShort(name: string, lang: Lang): string {
  return WORDS[lang]('territoryName.voivodeshipShort', nameParams(name));
}

// The Polish qualifiers of the register's display names and their English labels.
const QUALIFIERS = (['urban-rural', 'urban', 'rural', 'city-powiat'] as const).map((k) => [plKind[k], enKind[k]] as const);

/** The unique display name in the page language. */
export function displayName(t: NamedTerritory, lang: Lang): string {
  // The register's display name is the Polish one; other languages build theirs.
  if (lang === 'pl') return t.displayName;
  if (t.level === 'country' || t.level === 'voivodeship') return shortName(t, lang);
  let s = t.displayName;
  for (const [pl, label] of QUALIFIERS) s = s.replaceAll(pl, label);
  return s.replace(/woj\. ([\p{L}-]+)/gu, (_m, v: string) => WORDS[lang]('territoryName.voivodeship', nameParams(v)));
}

/** The short name used in headings, e.g. "Nowy Targ", "powiat nowotarski", "województwo małopolskie". */
export function shortName(t: NamedTerritory, lang: Lang): string {
  if (t.level === 'country') return WORDS[lang]('territoryName.country');
  if (t.level === 'voivodeship') return WORDS[lang]('territoryName.voivodeship', nameParams(t.name));
  if (t.level === 'powiat') return t.cityWithPowiatRights ? t.name : WORDS[lang]('territoryName.powiat', nameParams(t.name));
  return t.name;
}

/** What kind of unit this is: "gmina miejsko-wiejska", "miasto na prawach powiatu", "powiat". */
export function kindLabel(t: NamedTerritory, lang: Lang): string {
  if (t.level === 'gmina') {
    const kind = territoryKindLabel(t.kind ?? 'gmina', lang);
    return t.cityWithPowiatRights ? `${kind}, ${territoryKindLabel('city-powiat', lang)}` : kind;
  }
  if (t.level === 'powiat') return territoryKindLabel(t.cityWithPowiatRights ? 'city-powiat' : 'powiat', lang);
  return territoryKindLabel(t.level, lang);
}

const IN_LEVEL = { country: 'inCountry', voivodeship: 'inVoivodeship', powiat: 'inPowiat', gmina: 'inGmina' } as const;

/**
 * "w powiecie nowotarskim", "w województwie małopolskim", "w Polsce"; for a city with
 * powiat rights "w mieście na prawach powiatu Kraków". English: "in powiat nowotarski".
 */
export function inTerritory(t: NamedTerritory, lang: Lang): string {
  const key = t.level === 'powiat' && t.cityWithPowiatRights ? 'inCityPowiat' : IN_LEVEL[t.level];
  return WORDS[lang](`territoryName.${key}`, nameParams(t.name));
}
