// Polish strings: chart and map images (the "Pobierz obraz" control and the text drawn into the image). Polish is the source
// language: the English file must have exactly these keys (src/i18n/en/chartImage.ts, checked by the compiler).
export const chartImage = {
  /** The group's visible label, before the two format buttons. */
  download: 'Pobierz obraz:',
  /** The buttons' accessible names: what is downloaded and in which format. */
  svgLabel: 'Pobierz obraz SVG: {what}',
  pngLabel: 'Pobierz obraz PNG: {what}',
  failed: 'Nie udało się przygotować obrazu.',
  ready: 'Pobrano obraz {format}.',
  /** Drawn into the image. */
  unit: 'Jednostka: {unit}',
  source: 'Źródło: {source}. Opracowanie: Monitor Ekonomii Społecznej.',
  sourcePortal: 'Źródło: Monitor Ekonomii Społecznej.',
  release: 'Wydanie danych {release}',
  demo: 'Zawiera dane demonstracyjne — nie są to statystyki publiczne.',
  mapTitle: 'Mapa: {indicator}',
};
