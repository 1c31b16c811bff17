// Polish strings: the "changes since the previous release" sections. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/revisions.ts, checked by the compiler).
export const revisions = {
  heading: 'Zmiany od wydania {previous}',
  noneTerritory: 'W wydaniu {release} nie zmieniono żadnej wartości tej jednostki z lat opublikowanych już w wydaniu {previous}.',
  noneIndicator: 'W wydaniu {release} nie zmieniono żadnej wartości tego wskaźnika z lat opublikowanych już w wydaniu {previous}.',
  intro:
    'Wartości z lat opublikowanych już w wydaniu {previous}, które w wydaniu {release} są inne. Rewizje danych rzeczywistych: {real}. Zmiany danych demonstracyjnych: {demo}.',
  demoNote: 'Wiersze oznaczone „demo” to zmiany danych demonstracyjnych (przykładowych), a nie rewizje statystyki.',
  show: 'Pokaż {n}',
  captionTerritory: 'Wartości zmienione w wydaniu {release}: {name}',
  captionCounts: 'Zmienione wartości według poziomu (wydanie {previous} → {release})',
  captionUpper: 'Zmienione wartości kraju i województw',
  indicator: 'Wskaźnik',
  territory: 'Jednostka',
  level: 'Poziom',
  year: 'Rok',
  inRelease: 'Wydanie {release}',
  real: 'Rewizje danych rzeczywistych',
  demo: 'Zmiany danych demonstracyjnych',
  local: 'Na poziomie powiatów i gmin: {n} — pełna lista jest w pliku zmian wydania.',
  csv: 'Wszystkie zmiany wydania {release} (CSV)',
  downloads: 'Dane do pobrania i wydania',
};
