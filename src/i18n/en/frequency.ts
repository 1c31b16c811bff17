// English strings: how often an indicator is published. The same keys as src/i18n/pl/frequency.ts.
import type { frequency as pl } from '../pl/frequency.ts';
import type { Strings } from '../translate.ts';

export const frequency: Strings<typeof pl> = {
  annual: 'annual',
  biennial: 'every two years',
  continuous: 'continuous (year-end state)',
  'one-off': 'one-off',
};
