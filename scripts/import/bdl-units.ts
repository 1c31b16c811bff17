// BDL's territorial units and levels in the portal's terms. Facts and their sources are
// collected in /work/shared/reference/BDL-API.md (§4); each is cited where it is used.
import type { Level } from '#core/territory.ts';

/**
 * BDL's `unit-level` for each of our levels: 0 Polska, 2 województwo, 5 powiat (cities with
 * powiat status included), 6 gmina. Levels 1, 3 and 4 (macroregion, NUTS-2 region, subregion)
 * have no counterpart here. Source: the API's own parameter description, "0 - Polska,
 * 1 - Makroregion, 2 - Województwo, 3 - Region, 4 - Podregion, 5 - Powiat, 6 - Gmina"
 * (Wkryst/gus-bdl-client docs/UnitsApi.md, generated from the API's swagger).
 */
export const BDL_LEVEL: Record<Level, number> = { country: 0, voivodeship: 2, powiat: 5, gmina: 6 };

export function levelOfBdl(bdlLevel: number): Level | undefined {
  return (Object.keys(BDL_LEVEL) as Level[]).find((l) => BDL_LEVEL[l] === bdlLevel);
}

/**
 * The TERYT code inside a 12-character BDL unit id `MM WW R SS PP GG K`: characters 2–3 are the
 * voivodeship, 7–8 the powiat, 9–10 the gmina and 11 its kind (RODZ). Source: GUS's listing
 * https://bdl.stat.gov.pl/bdl/metadane/teryt/lista/729 (e.g. 040410801011 "Aleksandrów Kujawski (1)"
 * → 0401011, 040410864000 "Włocławek" → powiat 0464), and the official R client's fixture unit
 * 011212001011 "Bochnia" kind 1 under 011212001000 "Powiat bocheński" (AN0DA/pyLDB
 * tests/access/samples/raw/samples_raw_units.json) → 1201011.
 */
export function terytOfBdlUnit(unitId: string, level: Level): string | undefined {
  if (!/^\d{12}$/.test(unitId)) return undefined;
  switch (level) {
    case 'country':
      return unitId === '000000000000' ? 'PL' : undefined;
    case 'voivodeship':
      return unitId.slice(2, 4);
    case 'powiat':
      return unitId.slice(2, 4) + unitId.slice(7, 9);
    case 'gmina':
      return unitId.slice(2, 4) + unitId.slice(7, 12);
  }
}

/** The shape a code of each level has in TERC (and in BDL's CSV exports, e.g. "0201011"). */
export const CODE_SHAPE: Record<Level, RegExp> = { country: /^PL$/, voivodeship: /^\d{2}$/, powiat: /^\d{4}$/, gmina: /^\d{7}$/ };

/**
 * Gmina kinds (the last TERYT digit) that are whole gminas: 1 urban, 2 rural, 3 urban-rural.
 * BDL also lists 4 (town in an urban-rural gmina), 5 (its rural area) and 8 (Warsaw districts),
 * which lie inside a gmina whose total is given too, so adding them would count people twice
 * (kinds per https://bdl.stat.gov.pl/bdlarch/metadane/teryt/lista/4220; all five occur in the
 * committed export data/sources/population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv).
 */
export const isWholeGmina = (code: string): boolean => '123'.includes(code[6]);
