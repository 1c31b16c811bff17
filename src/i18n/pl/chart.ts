// Polish strings: the time-series chart of territory and indicator pages (also drawn by
// the chart island and the chart embed). Polish is the source language: the English file
// must have exactly these keys (src/i18n/en/chart.ts, checked by the compiler). An area
// of its own, so each page's chart settings carry only these strings.
export const chart = {
  table: 'Tabela danych wykresu',
  csv: 'Pobierz dane (CSV)',
  about: 'O wskaźniku',
  gaps: 'Przerwy w linii oznaczają brak danych lub dane niejawne (zob. tabelę).',
  show: 'Wskaźnik na wykresie',
  compare: 'Porównanie',
  compareParents: 'z jednostkami nadrzędnymi',
  compareSimilar: 'z podobnymi jednostkami',
  compareNone: 'bez porównania',
  loading: 'Wczytywanie danych…',
  error: 'Nie udało się wczytać danych.',
  year: 'Rok',
  demoNote: 'dane demonstracyjne',
};
