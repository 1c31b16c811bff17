// Polish strings: embeds: the "Osadź / Embed" disclosure and the frame of an embed page. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/embed.ts, checked by the compiler).
export const embed = {
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
  /** Inside the frame, so a host page cannot show the figures without it; names the markers the frame uses. */
  demo: 'Zawiera dane demonstracyjne (w tabelach oznaczone znacznikiem „demo” lub *, na wykresach pustymi kółkami) — nie są to statystyki publiczne.',
  fullPage: 'Pełna strona w Monitorze Ekonomii Społecznej',
  mapTitle: 'Mapa: {indicator}',
  tabulationTitle: 'Zestawienie',
  tabulationLoading: 'Wczytywanie zestawienia…',
  noscript: 'To zestawienie jest liczone w przeglądarce i wymaga JavaScriptu. Otwórz pełną stronę, aby pobrać dane.',
  unknownIndicator: 'Nie ma wykresu „{id}” dla tego obszaru; pokazano wykres domyślny.',
  chartEmbed: 'Wykres',
  mapEmbed: 'Mapa',
};
