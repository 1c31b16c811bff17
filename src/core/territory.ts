// The territory register: one entry per territory of the current TERC edition.
// Produced by scripts/geo/build-geo.ts into data/geo/territories.json and read by the
// pipeline, the pages and the islands alike.

export const LEVELS = ['country', 'voivodeship', 'powiat', 'gmina'] as const;
export type Level = (typeof LEVELS)[number];

/** Gmina kind from the TERC RODZ digit: 1 urban, 2 rural, 3 urban-rural. */
export type GminaKind = 'urban' | 'rural' | 'urban-rural';

/** The country has no TERYT code; the portal uses "PL". */
export const COUNTRY_CODE = 'PL';

export interface Territory {
  /** "PL" | 2-digit voivodeship | 4-digit powiat | 7-digit gmina (WWPPGGR). */
  code: string;
  level: Level;
  /** Official name as in TERC (voivodeships lower-case, e.g. "małopolskie"). */
  name: string;
  /** Unique among all territories of its level; disambiguates same-named gminas. */
  displayName: string;
  /** ASCII, lower-case, hyphenated, from name; URLs are /<level>/<code>-<slug>/. */
  slug: string;
  /** Gminas only. */
  kind?: GminaKind;
  /** Powiats and gminas: true for a city with powiat rights (and its gmina). */
  cityWithPowiatRights?: boolean;
  /** Codes of the parents, nearest last: ["PL"], ["PL","12"], ["PL","12","1211"]. */
  parents: string[];
}

export function levelOfCode(code: string): Level | undefined {
  if (code === COUNTRY_CODE) return 'country';
  if (/^\d{2}$/.test(code)) return 'voivodeship';
  if (/^\d{4}$/.test(code)) return 'powiat';
  if (/^\d{7}$/.test(code)) return 'gmina';
  return undefined;
}

/** The parent code one level up, or undefined for the country. */
export function parentCode(code: string): string | undefined {
  const level = levelOfCode(code);
  if (level === 'gmina') return code.slice(0, 4);
  if (level === 'powiat') return code.slice(0, 2);
  if (level === 'voivodeship') return COUNTRY_CODE;
  return undefined;
}
