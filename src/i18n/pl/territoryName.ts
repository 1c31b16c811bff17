// Polish strings: short names of territories and "in <territory>" phrases (src/core/names.ts).
// Every template is given {name} (the register name), {locative} (a Polish adjectival name
// in the locative: "małopolskim") and {english} (a voivodeship's English name:
// "Małopolskie"); each language uses the ones it needs. Polish is the source language:
// the English file must have exactly these keys (src/i18n/en/territoryName.ts).
export const territoryName = {
  country: 'Polska',
  voivodeship: 'województwo {name}',
  /** A voivodeship in a list of qualifiers ("gmina wiejska · powiat nowotarski · woj. małopolskie"). */
  voivodeshipShort: 'woj. {name}',
  powiat: 'powiat {name}',
  inCountry: 'w Polsce',
  inVoivodeship: 'w województwie {locative}',
  inPowiat: 'w powiecie {locative}',
  inCityPowiat: 'w mieście na prawach powiatu {name}',
  inGmina: 'w gminie {name}',
};
