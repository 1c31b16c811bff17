// Gminas that share a name with a neighbouring gmina of another kind: a town (gmina
// miejska) and the rural gmina around it, which excludes the town (Nowy Targ 1211011 and
// 1211092, Chełm city and the rural gmina Chełm). Both pages explain the pair and link to
// each other, so a town resident who lands on the rural gmina learns why it shows other
// numbers. Pure: the page passes the register.
import type { RegisterEntry } from '#core/data-types.ts';
import type { GminaKind } from '#core/territory.ts';

export type SameNameCase = 'rural' | 'urban' | 'other';

const voivodeshipOf = (e: Pick<RegisterEntry, 'code'>) => e.code.slice(0, 2);
const powiatOf = (e: Pick<RegisterEntry, 'code'>) => e.code.slice(0, 4);

/**
 * Other gminas of the same name that a reader could mistake for this one: in the same
 * powiat, or one of the two a city with powiat rights (whose powiat is the city itself,
 * beside the rural gmina's powiat of the same voivodeship).
 */
export function sameNamePartners(entry: RegisterEntry, register: readonly RegisterEntry[]): RegisterEntry[] {
  if (entry.level !== 'gmina') return [];
  return register.filter(
    (e) =>
      e.level === 'gmina' &&
      e.code !== entry.code &&
      e.name === entry.name &&
      voivodeshipOf(e) === voivodeshipOf(entry) &&
      (powiatOf(e) === powiatOf(entry) || !!e.cityWithPowiatRights || !!entry.cityWithPowiatRights),
  );
}

/** Which sentence explains the pair: seen from the rural gmina, from the town, or neither. */
export function sameNameCase(kind: GminaKind | undefined, partnerKind: GminaKind | undefined): SameNameCase {
  if (kind === 'rural' && partnerKind === 'urban') return 'rural';
  if (kind === 'urban' && partnerKind === 'rural') return 'urban';
  return 'other';
}
