// English strings: kinds of unit. The same keys as src/i18n/pl/territoryKind.ts.
import type { territoryKind as pl } from '../pl/territoryKind.ts';
import type { Strings } from '../translate.ts';

export const territoryKind: Strings<typeof pl> = {
  country: 'country',
  voivodeship: 'voivodeship',
  powiat: 'powiat',
  gmina: 'gmina',
  'city-powiat': 'city with powiat rights',
  urban: 'urban gmina',
  rural: 'rural gmina',
  'urban-rural': 'urban-rural gmina',
};
