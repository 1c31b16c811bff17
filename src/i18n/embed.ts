// Texts of the embeds (issue 8): the "Osadź / Embed" disclosure on full pages and the
// frame of an embed page (source line, release, demo label, link back).
import type { Lang } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';

const PL = {
  button: 'Osadź',
  buttonLabel: 'Osadź: {what}',
  panel: 'Kod do osadzenia: {what}',
  codeLabel: 'Kod HTML do wklejenia na swojej stronie',
  hint: 'Skrypt embed.js dopasowuje wysokość ramki do treści; bez niego ramka ma stałą wysokość.',
  copy: 'Kopiuj',
  copied: 'Skopiowano kod do schowka.',
  copyFailed: 'Nie udało się skopiować — zaznacz kod i skopiuj go ręcznie (Ctrl+C).',
  iframeTitle: '{what} — Monitor Ekonomii Społecznej',
  source: 'Źródło: {source}. Opracowanie: Monitor Ekonomii Społecznej.',
  sourcePortal: 'Źródło: Monitor Ekonomii Społecznej.',
  release: 'Wydanie danych {release}, opublikowane {published}.',
  demo: 'Zawiera dane demonstracyjne — nie są to statystyki publiczne.',
  fullPage: 'Pełna strona w Monitorze Ekonomii Społecznej',
  mapTitle: 'Mapa: {indicator}',
  tabulationTitle: 'Zestawienie',
  tabulationLoading: 'Wczytywanie zestawienia…',
  noscript: 'To zestawienie jest liczone w przeglądarce i wymaga JavaScriptu. Otwórz pełną stronę, aby pobrać dane.',
  unknownIndicator: 'Nie ma wykresu „{id}” dla tego obszaru; pokazano wykres domyślny.',
  chartEmbed: 'Wykres',
  mapEmbed: 'Mapa',
};
export type EmbedKey = keyof typeof PL;

const EN: Record<EmbedKey, string> = {
  button: 'Embed',
  buttonLabel: 'Embed: {what}',
  panel: 'Embed code: {what}',
  codeLabel: 'HTML code to paste into your site',
  hint: 'The embed.js script fits the frame to its content; without it the frame keeps a fixed height.',
  copy: 'Copy',
  copied: 'Code copied to the clipboard.',
  copyFailed: 'Could not copy — select the code and copy it yourself (Ctrl+C).',
  iframeTitle: '{what} — Social Economy Monitor',
  source: 'Source: {source}. Compiled by the Social Economy Monitor.',
  sourcePortal: 'Source: Social Economy Monitor.',
  release: 'Data release {release}, published {published}.',
  demo: 'Includes demonstration data — not official statistics.',
  fullPage: 'Full page on the Social Economy Monitor',
  mapTitle: 'Map: {indicator}',
  tabulationTitle: 'Table',
  tabulationLoading: 'Loading the table…',
  noscript: 'This table is computed in the browser and needs JavaScript. Open the full page to download the data.',
  unknownIndicator: 'There is no “{id}” chart for this area; the default chart is shown.',
  chartEmbed: 'Chart',
  mapEmbed: 'Map',
};

export const EMBED_STRINGS: Record<Lang, Record<EmbedKey, string>> = { pl: PL, en: EN };

/** An embed text with {name} placeholders filled in. */
export function te(lang: Lang, key: EmbedKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(EMBED_STRINGS[lang][key], params);
}
