// Polish strings: units of measure. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/unit.ts, checked by the compiler).
export const unit = {
  entities: 'podmioty',
  units: 'jednostki',
  persons: 'osoby',
  jobs: 'miejsca pracy',
  accreditations: 'akredytacje',
  'thousand PLN': 'tys. zł',
  'million PLN': 'mln zł',
  '%': '%',
  'per 10,000 inhabitants': 'na 10 tys. mieszkańców',
  'persons per entity': 'osoby na podmiot',
  count: 'liczba',
  km: 'km',
};
