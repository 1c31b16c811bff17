// Polish strings: territorial levels (singular). Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/level.ts, checked by the compiler).
export const level = {
  country: 'kraj',
  voivodeship: 'województwo',
  powiat: 'powiat',
  gmina: 'gmina',
};
