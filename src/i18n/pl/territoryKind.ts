// Polish strings: what kind of unit a territory is ("gmina wiejska", "miasto na prawach
// powiatu"), keyed by level or gmina kind. Polish is the source language: the English file
// must have exactly these keys (src/i18n/en/territoryKind.ts, checked by the compiler).
// Read through src/core/names.ts, which the search and builder islands share.
export const territoryKind = {
  country: 'kraj',
  voivodeship: 'województwo',
  powiat: 'powiat',
  gmina: 'gmina',
  'city-powiat': 'miasto na prawach powiatu',
  urban: 'gmina miejska',
  rural: 'gmina wiejska',
  'urban-rural': 'gmina miejsko-wiejska',
};
