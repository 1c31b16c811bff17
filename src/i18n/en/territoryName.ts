// English strings: short names of territories and "in <territory>" phrases. The same keys
// and placeholders as src/i18n/pl/territoryName.ts; proper names stay Polish.
import type { territoryName as pl } from '../pl/territoryName.ts';
import type { Strings } from '../translate.ts';

export const territoryName: Strings<typeof pl> = {
  country: 'Poland',
  voivodeship: '{english} Voivodeship',
  voivodeshipShort: '{english} Voiv.',
  powiat: 'powiat {name}',
  inCountry: 'in Poland',
  inVoivodeship: 'in {english} Voivodeship',
  inPowiat: 'in powiat {name}',
  inCityPowiat: 'in {name}',
  inGmina: 'in {name}',
};
