// English strings: the territory search. The same keys as src/i18n/pl/search.ts.
import type { search as pl } from '../pl/search.ts';
import type { Strings } from '../translate.ts';

export const search: Strings<typeof pl> = {
  label: 'Search for a gmina, powiat or voivodeship',
  placeholder: 'e.g. Nowy Targ, lodzkie, 1211092',
  submit: 'Search',
  noResults: 'No results',
  results: 'Search results',
  loading: 'Loading the index…',
  hint: 'Up and down arrows choose a result, Enter opens its page.',
};
