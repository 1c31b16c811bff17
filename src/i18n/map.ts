// Interface strings of the indicator pages, the map island and the methodology page, in
// Polish (first) and English; kept apart from i18n.ts so the areas do not collide.
// Plus the few phrases that need plural forms or numbers (legend classes, counts).
import type { Aggregation } from '#core/catalogue.ts';
import { countPhrase, formatNumber, type Lang, type Noun } from '#core/format.ts';
import { langPrefix } from '#core/urls.ts';
import type { MapClass } from '#features/indicator/map/map-scale.ts';
import type { MapLevel } from '#features/indicator/map/map-data.ts';
import { fillTemplate } from '#core/template.ts';

const pl = {
  mapSection: 'Mapa i ranking',
  mapIntro: 'Mapa, ranking i rozkład wartości dla województw, powiatów i gmin. Tabela pod mapą zawiera te same wartości.',
  level: 'Poziom',
  year: 'Rok',
  play: 'Odtwórz kolejne lata',
  pause: 'Zatrzymaj',
  classes: 'Klasy',
  quantile: 'kwantyle (podobna liczba jednostek w klasie)',
  natural: 'przedziały naturalne (Jenks)',
  voivodeship: 'Województwo',
  wholeCountry: 'cała Polska',
  powiat: 'Powiat',
  allPowiats: 'wszystkie powiaty',
  resetZoom: 'Pokaż całą Polskę',
  legend: 'Legenda',
  legendTitle: '{indicator} ({unit}), {year}',
  legendSequential: 'Klasy są wspólne dla wszystkich lat, więc kolor znaczy to samo w każdym roku.',
  legendDiverging: 'Skala rozbieżna wokół wartości dla Polski w {year} r.: {value}. Odcienie pomarańczowe — tyle co w Polsce lub mniej, fioletowe — więcej.',
  legendCount: 'liczba jednostek w klasie',
  mapLabel: 'Mapa: {indicator}, {level}, {year}',
  mapHelp: 'Najedź na jednostkę, aby zobaczyć wartość. Z klawiatury: przejdź do mapy klawiszem Tab, wybieraj jednostki strzałkami, Enter otwiera stronę jednostki, Escape chowa podpowiedź.',
  loading: 'Wczytywanie mapy…',
  error: 'Nie udało się wczytać danych mapy.',
  retry: 'Spróbuj ponownie',
  tooltipOpen: 'Enter lub kliknięcie — strona jednostki',
  tooltipTap: 'Dotknij ponownie, aby otworzyć stronę',
  rankInCountry: '{rank} miejsce z {of}',
  changeSincePrev: 'zmiana od {year}: {change}',
  tableCaption: '{levels}{where}: {indicator}, {year} ({unit}). Pozycja 1 — najwyższa wartość.',
  tableWhere: ' — {name}',
  colRank: 'Pozycja',
  colTerritory: 'Jednostka',
  colValue: 'Wartość',
  colChange: 'Zmiana',
  sortBy: 'Sortuj: {col}',
  showAll: 'Pokaż wszystkie ({n})',
  shown: 'Pokazano {shown} z {n}.',
  distribution: 'Rozkład wartości',
  distributionNote: 'Słupki: liczba jednostek w przedziale wartości. Pionowe linie: granice klas mapy.',
  nationalLine: 'Polska',
  noMap: 'Wskaźnik ma wartości tylko dla całego kraju, więc nie ma mapy.',
  noscript: 'Interaktywna mapa i ranking działają w przeglądarce z włączonym JavaScriptem. Poniżej: ostatnie wartości dla województw.',
  noscriptNoVoiv: 'Interaktywna mapa i ranking działają w przeglądarce z włączonym JavaScriptem.',
  downloadLevel: 'Pobierz dane poziomu (CSV)',
  aggregation: 'Agregacja',
  dataStatus: 'Status danych',
  comparability: 'Porównywalność',
  methodology: 'Metodologia',
  methodologyLink: 'Jak liczymy: źródła, agregacja, dane niejawne i demonstracyjne',
  allReal: 'Wszystkie wartości pochodzą ze źródeł publicznych.',
  demoShare: 'Dane demonstracyjne: {shares}.',
  realYears: 'Wartości krajowe ze źródeł publicznych: {years}; w pozostałych latach — dane demonstracyjne.',
  allDemoNational: 'Wszystkie wartości krajowe to dane demonstracyjne.',
  sourceChange: 'Źródło danych krajowych zmienia się w czasie ({sources}); definicje i zakres mogą się różnić, więc lata porównuj ostrożnie.',
  biennial: 'Badanie co dwa lata: w latach bez badania brak danych (na mapie — kreskowanie „brak danych”).',
  suppressedNote: 'Część wartości jest objęta tajemnicą statystyczną („dane niejawne”); sumy z ich udziałem też są niejawne.',
  noBreaks: 'Nie stwierdzono przerw w szeregu krajowym.',
  latestVoivodeships: 'Województwa: {indicator}, {year} ({unit})',
};

type Keys = keyof typeof pl;

const en: Record<Keys, string> = {
  mapSection: 'Map and ranking',
  mapIntro: 'Map, ranking and distribution for voivodeships, powiats and gminas. The table below the map holds the same values.',
  level: 'Level',
  year: 'Year',
  play: 'Play through the years',
  pause: 'Pause',
  classes: 'Classes',
  quantile: 'quantiles (similar number of areas per class)',
  natural: 'natural breaks (Jenks)',
  voivodeship: 'Voivodeship',
  wholeCountry: 'all of Poland',
  powiat: 'Powiat',
  allPowiats: 'all powiats',
  resetZoom: 'Show all of Poland',
  legend: 'Legend',
  legendTitle: '{indicator} ({unit}), {year}',
  legendSequential: 'The classes are the same for every year, so a colour means the same in each year.',
  legendDiverging: 'Diverging scale around the value for Poland in {year}: {value}. Orange shades — at or below Poland, purple — above.',
  legendCount: 'number of areas in the class',
  mapLabel: 'Map: {indicator}, {level}, {year}',
  mapHelp: 'Hover over an area to see its value. With a keyboard: Tab to the map, move between areas with the arrow keys, Enter opens the area’s page, Escape hides the tooltip.',
  loading: 'Loading the map…',
  error: 'The map data could not be loaded.',
  retry: 'Try again',
  tooltipOpen: 'Enter or click — open the area’s page',
  tooltipTap: 'Tap again to open the page',
  rankInCountry: '{rank} of {of}',
  changeSincePrev: 'change since {year}: {change}',
  tableCaption: '{levels}{where}: {indicator}, {year} ({unit}). Rank 1 is the highest value.',
  tableWhere: ' — {name}',
  colRank: 'Rank',
  colTerritory: 'Area',
  colValue: 'Value',
  colChange: 'Change',
  sortBy: 'Sort by {col}',
  showAll: 'Show all ({n})',
  shown: 'Showing {shown} of {n}.',
  distribution: 'Distribution of values',
  distributionNote: 'Bars: number of areas with a value in the interval. Vertical lines: the map’s class limits.',
  nationalLine: 'Poland',
  noMap: 'The indicator has values for the whole country only, so there is no map.',
  noscript: 'The interactive map and ranking run in the browser with JavaScript. Below: the latest values for voivodeships.',
  noscriptNoVoiv: 'The interactive map and ranking run in the browser with JavaScript.',
  downloadLevel: 'Download the level’s data (CSV)',
  aggregation: 'Aggregation',
  dataStatus: 'Data status',
  comparability: 'Comparability',
  methodology: 'Methodology',
  methodologyLink: 'How we compute: sources, aggregation, confidential and demonstration data',
  allReal: 'All values come from public sources.',
  demoShare: 'Demonstration data: {shares}.',
  realYears: 'National values from public sources: {years}; the other years are demonstration data.',
  allDemoNational: 'All national values are demonstration data.',
  sourceChange: 'The source of the national figures changes over time ({sources}); definitions and coverage may differ, so compare years with care.',
  biennial: 'A survey run every two years: the years in between have no data (hatched as “no data” on the map).',
  suppressedNote: 'Some values are confidential (statistical confidentiality); totals that include them are confidential too.',
  noBreaks: 'No breaks found in the national series.',
  latestVoivodeships: 'Voivodeships: {indicator}, {year} ({unit})',
};

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

export function methodologyPath(lang: Lang): string {
  return `${langPrefix(lang)}/metodologia/`;
}
