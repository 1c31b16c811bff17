// English strings: units of measure. The same keys as src/i18n/pl/unit.ts.
import type { unit as pl } from '../pl/unit.ts';
import type { Strings } from '../translate.ts';

export const unit: Strings<typeof pl> = {
  entities: 'entities',
  units: 'units',
  persons: 'persons',
  jobs: 'jobs',
  accreditations: 'accreditations',
  'thousand PLN': 'thousand PLN',
  'million PLN': 'million PLN',
  '%': '%',
  'per 10,000 inhabitants': 'per 10,000 inhabitants',
  'persons per entity': 'persons per entity',
  count: 'count',
  km: 'km',
};
