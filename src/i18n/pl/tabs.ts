// Polish strings: the chart / map / table tabs of an indicator page and the builder. Polish is the source language: the
// English file must have exactly these keys (src/i18n/en/tabs.ts, checked by the compiler).
export const tabs = {
  /** The tab list's accessible name. */
  label: 'Widok',
  chart: 'Wykres',
  map: 'Mapa',
  table: 'Tabela',
  tableCaption: '{indicator}: województwa i Polska w latach {from}–{to} ({unit})',
  tableIntro:
    'Wartości wskaźnika dla kraju i województw we wszystkich latach wydania. Dane powiatów i gmin są w tabeli pod mapą i w pliku wskaźnika.',
  country: 'Polska',
};
