// English strings: the words inside table cells. The same keys as src/i18n/pl/cell.ts.
import type { cell as pl } from '../pl/cell.ts';
import type { Strings } from '../translate.ts';

export const cell: Strings<typeof pl> = {
  estimate: 'estimate',
  provisional: 'provisional',
  changeSince: 'since {year}',
  rankOf: '{rank} of {of} {noun} {where}',
  inThePowiat: 'in the powiat',
  inTheVoivodeship: 'in the voivodeship',
  inCountry: 'in Poland',
  mixed: 'computed from real and demonstration values',
};
