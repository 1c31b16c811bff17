// English strings: indicator themes. The same keys as src/i18n/pl/theme.ts.
import type { theme as pl } from '../pl/theme.ts';
import type { Strings } from '../translate.ts';

export const theme: Strings<typeof pl> = {
  entities: 'Social economy entities',
  reintegration: 'Social and vocational reintegration',
  market: 'Economic activity and the market',
  support: 'Support system',
  'local-government': 'Local government',
  context: 'Population (context)',
};
