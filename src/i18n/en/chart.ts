// English strings: the time-series chart. The same keys as src/i18n/pl/chart.ts.
import type { chart as pl } from '../pl/chart.ts';
import type { Strings } from '../translate.ts';

export const chart: Strings<typeof pl> = {
  table: 'Chart data table',
  csv: 'Download data (CSV)',
  about: 'About the indicator',
  gaps: 'Breaks in a line mean no data or confidential data (see the table).',
  show: 'Indicator shown',
  compare: 'Compare',
  compareParents: 'with higher levels',
  compareSimilar: 'with similar areas',
  compareNone: 'no comparison',
  loading: 'Loading data…',
  error: 'The data could not be loaded.',
  year: 'Year',
  demoNote: 'demonstration data',
};
