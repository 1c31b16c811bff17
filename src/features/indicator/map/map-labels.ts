// Names and links of the areas of a level, from the level's names file
// (/data/<release>/names/<level>.json): the name in the page language, the page of the area,
// and the alphabetical position the ranking table sorts by.
import type { Lang } from '#core/format.ts';
import { areaPath, territoryPath } from '#core/urls.ts';
import { isAreaType } from '#features/areas/area-types.ts';
import type { NameItem } from './map-data.ts';
import type { MapLevel } from './map-levels.ts';

/** The English name when it differs from the Polish one, else the Polish name. */
export function itemName(it: NameItem, lang: Lang): string {
  return (lang === 'en' && it[2]) || it[1];
}

/** The name of a code in the page language, or the code when the names file lacks it. */
export function nameOfCode(names: Map<string, NameItem>, code: string, lang: Lang): string {
  const it = names.get(code);
  return it ? itemName(it, lang) : code;
}

/** The page of an area of the map: a territory's, or a planning area's (/obszar/<type>/…). */
export function hrefOfCode(names: Map<string, NameItem>, level: MapLevel, code: string, lang: Lang): string {
  const slug = names.get(code)?.[3] ?? '';
  return isAreaType(level) ? areaPath({ type: level, id: code, slug }, lang) : territoryPath({ level, code, slug }, lang);
}

export interface LevelLabels {
  name: string[];
  href: string[];
  /** Position of each area in alphabetical order of the names. */
  order: Int32Array;
}

export const NO_LABELS: LevelLabels = { name: [], href: [], order: new Int32Array(0) };

/** Per data index of a level: name, link and alphabetical position. */
export function levelLabels(
  level: MapLevel,
  codes: string[],
  names: Map<string, NameItem>,
  lang: Lang,
  collator: Intl.Collator,
): LevelLabels {
  const name = codes.map((c) => nameOfCode(names, c, lang));
  const href = codes.map((c) => hrefOfCode(names, level, c, lang));
  const byName = codes.map((_, i) => i).sort((a, b) => collator.compare(name[a], name[b]));
  const order = new Int32Array(codes.length);
  byName.forEach((d, k) => (order[d] = k));
  return { name, href, order };
}
