// Polish strings: territorial levels as headings of lists. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/levelPlural.ts, checked by the compiler).
export const levelPlural = {
  voivodeship: 'Województwa',
  powiat: 'Powiaty',
  gmina: 'Gminy',
};
