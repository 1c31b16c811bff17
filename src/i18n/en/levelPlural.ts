// English strings: territorial levels as headings of lists. The same keys as src/i18n/pl/levelPlural.ts.
import type { levelPlural as pl } from '../pl/levelPlural.ts';
import type { Strings } from '../translate.ts';

export const levelPlural: Strings<typeof pl> = {
  voivodeship: 'Voivodeships',
  powiat: 'Powiats',
  gmina: 'Gminas',
};
