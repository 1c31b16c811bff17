// Territory names as shown in each language. The register's displayName is Polish and
// carries Polish qualifiers ("Nowy Targ (gmina wiejska, powiat nowotarski)"); English
// pages translate the qualifiers, never the proper names.
import type { Lang } from './format.ts';
import { CITY_POWIAT_LABEL, GMINA_KIND_LABEL, adjectiveLocative } from './nouns.ts';
import type { GminaKind, Level } from './territory.ts';

export interface NamedTerritory {
  code: string;
  level: Level;
  name: string;
  displayName: string;
  kind?: GminaKind;
  cityWithPowiatRights?: boolean;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('pl') + s.slice(1);

/** "małopolskie" -> "Małopolskie"; "kujawsko-pomorskie" -> "Kujawsko-Pomorskie". */
export function voivodeshipEnglish(name: string): string {
  return name.split('-').map(capitalise).join('-');
}

const EN_REPLACEMENTS: [RegExp, string | ((m: string, ...g: string[]) => string)][] = [
  [/gmina miejsko-wiejska/g, GMINA_KIND_LABEL['urban-rural'].en],
  [/gmina miejska/g, GMINA_KIND_LABEL.urban.en],
  [/gmina wiejska/g, GMINA_KIND_LABEL.rural.en],
  [/miasto na prawach powiatu/g, CITY_POWIAT_LABEL.en],
  [/woj\. ([\p{L}-]+)/gu, (_m, v) => `${voivodeshipEnglish(v)} Voivodeship`],
];

/** The unique display name in the page language. */
export function displayName(t: NamedTerritory, lang: Lang): string {
  if (lang === 'pl') return t.displayName;
  if (t.level === 'country') return 'Poland';
  if (t.level === 'voivodeship') return `${voivodeshipEnglish(t.name)} Voivodeship`;
  let s = t.displayName;
  for (const [re, rep] of EN_REPLACEMENTS) s = s.replace(re, rep as string);
  return s;
}

/** The short name used in headings, e.g. "Nowy Targ", "powiat nowotarski", "województwo małopolskie". */
export function shortName(t: NamedTerritory, lang: Lang): string {
  if (t.level === 'country') return lang === 'pl' ? 'Polska' : 'Poland';
  if (t.level === 'voivodeship') return lang === 'pl' ? `województwo ${t.name}` : `${voivodeshipEnglish(t.name)} Voivodeship`;
  if (t.level === 'powiat') return t.cityWithPowiatRights ? t.name : `powiat ${t.name}`;
  return t.name;
}

/** What kind of unit this is: "gmina miejsko-wiejska", "miasto na prawach powiatu", "powiat". */
export function kindLabel(t: NamedTerritory, lang: Lang): string {
  if (t.level === 'gmina') {
    const kind = t.kind ? GMINA_KIND_LABEL[t.kind][lang] : 'gmina';
    return t.cityWithPowiatRights ? `${kind}, ${CITY_POWIAT_LABEL[lang]}` : kind;
  }
  if (t.level === 'powiat') return t.cityWithPowiatRights ? CITY_POWIAT_LABEL[lang] : 'powiat';
  if (t.level === 'voivodeship') return lang === 'pl' ? 'województwo' : 'voivodeship';
  return lang === 'pl' ? 'kraj' : 'country';
}

/**
 * "w powiecie nowotarskim", "w województwie małopolskim", "w kraju"; for a city with
 * powiat rights "w mieście na prawach powiatu Kraków". English: "in powiat nowotarski".
 */
export function inTerritory(t: NamedTerritory, lang: Lang): string {
  if (lang === 'en') return t.level === 'country' ? 'in Poland' : `in ${shortName(t, 'en')}`;
  if (t.level === 'country') return 'w Polsce';
  if (t.level === 'voivodeship') return `w województwie ${adjectiveLocative(t.name)}`;
  if (t.level === 'powiat')
    return t.cityWithPowiatRights ? `w mieście na prawach powiatu ${t.name}` : `w powiecie ${adjectiveLocative(t.name)}`;
  return `w gminie ${t.name}`;
}
