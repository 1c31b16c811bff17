// UI strings of the "changes since the previous release" sections on territory and
// indicator pages. Demonstration data is regenerated between releases, so its changes
// are named apart from revisions of real statistics everywhere.
import { countPhrase, type Lang, type Noun } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';

const S = {
  heading: { pl: 'Zmiany od wydania {previous}', en: 'Changes since release {previous}' },
  noneTerritory: {
    pl: 'W wydaniu {release} nie zmieniono żadnej wartości tej jednostki z lat opublikowanych już w wydaniu {previous}.',
    en: 'Release {release} revised no value of this territory for the years already published in release {previous}.',
  },
  noneIndicator: {
    pl: 'W wydaniu {release} nie zmieniono żadnej wartości tego wskaźnika z lat opublikowanych już w wydaniu {previous}.',
    en: 'Release {release} revised no value of this indicator for the years already published in release {previous}.',
  },
  intro: {
    pl: 'Wartości z lat opublikowanych już w wydaniu {previous}, które w wydaniu {release} są inne. Rewizje danych rzeczywistych: {real}. Zmiany danych demonstracyjnych: {demo}.',
    en: 'Values for years already published in release {previous} that differ in release {release}. Revisions of real data: {real}. Changes of demonstration data: {demo}.',
  },
  demoNote: {
    pl: 'Wiersze oznaczone „demo” to zmiany danych demonstracyjnych (przykładowych), a nie rewizje statystyki.',
    en: 'Rows marked "demo" are changes of demonstration (sample) data, not statistical revisions.',
  },
  show: { pl: 'Pokaż {n}', en: 'Show {n}' },
  captionTerritory: { pl: 'Wartości zmienione w wydaniu {release}: {name}', en: 'Values changed in release {release}: {name}' },
  captionCounts: { pl: 'Zmienione wartości według poziomu (wydanie {previous} → {release})', en: 'Changed values by level (release {previous} → {release})' },
  captionUpper: { pl: 'Zmienione wartości kraju i województw', en: 'Changed values for the country and the voivodeships' },
  indicator: { pl: 'Wskaźnik', en: 'Indicator' },
  territory: { pl: 'Jednostka', en: 'Territory' },
  level: { pl: 'Poziom', en: 'Level' },
  year: { pl: 'Rok', en: 'Year' },
  inRelease: { pl: 'Wydanie {release}', en: 'Release {release}' },
  real: { pl: 'Rewizje danych rzeczywistych', en: 'Revisions of real data' },
  demo: { pl: 'Zmiany danych demonstracyjnych', en: 'Changes of demonstration data' },
  local: {
    pl: 'Na poziomie powiatów i gmin: {n} — pełna lista jest w pliku zmian wydania.',
    en: 'At powiat and gmina level: {n} — the full list is in the release’s change file.',
  },
  csv: { pl: 'Wszystkie zmiany wydania {release} (CSV)', en: 'All changes of release {release} (CSV)' },
  downloads: { pl: 'Dane do pobrania i wydania', en: 'Downloads and releases' },
} as const;

export type RevisionsKey = keyof typeof S;
export const tr = (lang: Lang, key: RevisionsKey, params: Record<string, string | number> = {}): string =>
  fillTemplate(S[key][lang], params);

/** "zmieniona wartość" with its counting forms (nominative, after a colon). */
export const CHANGED_VALUE: Noun = {
  pl: { one: 'zmieniona wartość', few: 'zmienione wartości', many: 'zmienionych wartości', fraction: 'zmienionej wartości' },
  en: { one: 'changed value', other: 'changed values' },
};
/** The same after "Pokaż", which takes the accusative: "Pokaż 1 zmienioną wartość". */
const CHANGED_VALUE_ACC: Noun = { ...CHANGED_VALUE, pl: { ...CHANGED_VALUE.pl, one: 'zmienioną wartość' } };

/** "Pokaż 1 zmienioną wartość", "Pokaż 3 zmienione wartości", "Show 5 changed values". */
export const showPhrase = (n: number, lang: Lang): string => tr(lang, 'show', { n: countPhrase(n, lang, CHANGED_VALUE_ACC) });

/** "148 zmienionych wartości", "1 changed value". */
export const changedPhrase = (n: number, lang: Lang): string => countPhrase(n, lang, CHANGED_VALUE);
