// Phrases of the map island that need numbers or plural forms: legend classes, counts of
// areas and the distribution in words. The island passes its translator (made from the
// messages it was given), so this module bundles no dictionary.
import { countPhrase, formatNumber, type Lang } from '#core/format.ts';
import { AREA_NOUNS, LEVEL_NOUNS } from '#core/nouns.ts';
import { isAreaType } from '#features/areas/area-types.ts';
import type { Translate } from '#i18n/translate.ts';
import type { MapClass } from './map-scale.ts';
import type { MapLevel } from './map-levels.ts';

/** "1 gmina", "3 gminy", "5 gmin", "2 479 gmin", "17 regionów NUTS 2". */
export function levelCount(n: number, level: MapLevel, lang: Lang): string {
  return countPhrase(n, lang, isAreaType(level) ? AREA_NOUNS[level] : LEVEL_NOUNS[level]);
}

/** "0", "1–3", "3,46–5,12": the smallest and largest value the class holds. */
export function classLabel(c: Pick<MapClass, 'lo' | 'hi'>, lang: Lang, decimals: number): string {
  const lo = formatNumber(c.lo, lang, decimals);
  const hi = formatNumber(c.hi, lang, decimals);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** "12 gmin z wartością; mediana 3; od 0 do 85" — the distribution in words. */
export function summaryText(
  s: { n: number; min: number; median: number; max: number } | undefined,
  counts: { missing: number; suppressed: number },
  level: MapLevel,
  lang: Lang,
  decimals: number,
  t: Translate<'map'>,
): string {
  const f = (v: number) => formatNumber(v, lang, decimals);
  const parts: string[] = [];
  if (s) {
    // The median of an even count may fall halfway between two published values: one more decimal then.
    const exact = Math.abs(s.median * 10 ** decimals - Math.round(s.median * 10 ** decimals)) < 1e-9;
    const median = formatNumber(s.median, lang, exact ? decimals : decimals + 1);
    parts.push(t('map.summaryValues', { count: levelCount(s.n, level, lang), median, min: f(s.min), max: f(s.max) }));
  }
  if (counts.missing) parts.push(t('map.summaryMissing', { count: levelCount(counts.missing, level, lang) }));
  if (counts.suppressed) parts.push(t('map.summarySuppressed', { count: levelCount(counts.suppressed, level, lang) }));
  return parts.join('; ') + '.';
}
