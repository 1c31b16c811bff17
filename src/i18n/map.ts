// Interface strings of the indicator pages, the map island and the methodology page, in
// Polish (first) and English; kept apart from i18n.ts so the areas do not collide.
// Plus the few phrases that need plural forms or numbers (legend classes, counts).
import type { Aggregation } from '#core/catalogue.ts';
import { countPhrase, formatNumber, type Lang, type Noun } from '#core/format.ts';
import type { MapClass } from '#features/indicator/map/map-scale.ts';
import type { MapLevel } from '#features/indicator/map/map-data.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const pl = plDict.map;

type Keys = keyof typeof pl;

const en = enDict.map;

export const MAP_UI: Record<Lang, Record<Keys, string>> = { pl, en };
export type MapUiKey = Keys;

export function mt(lang: Lang, key: MapUiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(MAP_UI[lang][key], params);
}

/** Strings the island needs, picked per language at build time (the island ships one language). */
export function mapStrings(lang: Lang): Record<MapUiKey, string> {
  return MAP_UI[lang];
}

/** Counting nouns of the map levels: "1 gmina", "3 gminy", "5 gmin", "2,5 gminy". */
export const LEVEL_NOUNS: Record<MapLevel, Noun> = {
  voivodeship: { pl: { one: 'województwo', few: 'województwa', many: 'województw', fraction: 'województwa' }, en: { one: 'voivodeship', other: 'voivodeships' } },
  powiat: { pl: { one: 'powiat', few: 'powiaty', many: 'powiatów', fraction: 'powiatu' }, en: { one: 'powiat', other: 'powiats' } },
  gmina: { pl: { one: 'gmina', few: 'gminy', many: 'gmin', fraction: 'gminy' }, en: { one: 'gmina', other: 'gminas' } },
};

export function levelCount(n: number, level: MapLevel, lang: Lang): string {
  return countPhrase(n, lang, LEVEL_NOUNS[level]);
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
): string {
  const f = (v: number) => formatNumber(v, lang, decimals);
  const parts: string[] = [];
  if (s) {
    // The median of an even count may fall halfway between two published values: one more decimal then.
    const exact = Math.abs(s.median * 10 ** decimals - Math.round(s.median * 10 ** decimals)) < 1e-9;
    const median = formatNumber(s.median, lang, exact ? decimals : decimals + 1);
    parts.push(
      lang === 'pl'
        ? `${levelCount(s.n, level, lang)} z wartością; mediana ${median}, najmniej ${f(s.min)}, najwięcej ${f(s.max)}`
        : `${levelCount(s.n, level, lang)} with a value; median ${median}, lowest ${f(s.min)}, highest ${f(s.max)}`,
    );
  }
  if (counts.missing) parts.push(`${lang === 'pl' ? 'brak danych' : 'no data'}: ${levelCount(counts.missing, level, lang)}`);
  if (counts.suppressed) parts.push(`${lang === 'pl' ? 'dane niejawne' : 'confidential'}: ${levelCount(counts.suppressed, level, lang)}`);
  return parts.join('; ') + '.';
}

/** The aggregation rule in words, naming the indicators it uses. */
export function aggregationText(a: Aggregation, lang: Lang, nameOf: (id: string) => string): string {
  switch (a.rule) {
    case 'sum':
      return lang === 'pl'
        ? 'Suma: wartość powiatu, województwa i kraju to suma wartości gmin (lub wartość opublikowana dla tego poziomu, jeśli istnieje). Jedna wartość niejawna czyni sumę niejawną, a brak danych jednej gminy — brak sumy.'
        : 'Sum: the value of a powiat, voivodeship and the country is the sum of its gminas’ values (or a value published for that level, where one exists). One confidential value makes the total confidential; one missing gmina makes the total missing.';
    case 'ratio': {
      const mult = a.multiplier === 1 ? '' : lang === 'pl' ? ` × ${formatNumber(a.multiplier, lang)}` : ` × ${formatNumber(a.multiplier, lang)}`;
      return lang === 'pl'
        ? `Iloraz sum: „${nameOf(a.numerator)}” ÷ „${nameOf(a.denominator)}”${mult}, liczony dla każdego poziomu z zsumowanego licznika i mianownika — nie jako średnia wskaźników gmin.`
        : `Ratio of sums: “${nameOf(a.numerator)}” ÷ “${nameOf(a.denominator)}”${mult}, computed at each level from the summed numerator and denominator — not as an average of the gminas’ ratios.`;
    }
    case 'weighted-mean':
      return lang === 'pl'
        ? `Średnia ważona wskaźnikiem „${nameOf(a.weight)}”: Σ(wartość × waga) ÷ Σ wag.`
        : `Mean weighted by “${nameOf(a.weight)}”: Σ(value × weight) ÷ Σ weights.`;
    case 'none':
      return lang === 'pl'
        ? 'Bez agregacji: wartości każdego poziomu pochodzą wprost ze źródła i nie są liczone z niższych poziomów.'
        : 'Not aggregated: each level’s values come straight from the source and are not computed from lower levels.';
  }
}
