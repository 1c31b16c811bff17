// English strings: territorial levels (singular). The same keys as src/i18n/pl/level.ts.
import type { level as pl } from '../pl/level.ts';
import type { Strings } from '../translate.ts';

export const level: Strings<typeof pl> = {
  country: 'country',
  voivodeship: 'voivodeship',
  powiat: 'powiat',
  gmina: 'gmina',
};
