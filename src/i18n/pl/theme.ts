// Polish strings: indicator themes. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/theme.ts, checked by the compiler).
export const theme = {
  entities: 'Podmioty ekonomii społecznej',
  reintegration: 'Reintegracja społeczna i zawodowa',
  market: 'Działalność gospodarcza i rynek',
  support: 'System wsparcia',
  'local-government': 'Samorząd terytorialny',
  context: 'Ludność (kontekst)',
};
