// English strings: the chart / map / table tabs. The same keys as src/i18n/pl/tabs.ts.
import type { tabs as pl } from '../pl/tabs.ts';
import type { Strings } from '../translate.ts';

export const tabs: Strings<typeof pl> = {
  label: 'View',
  chart: 'Chart',
  map: 'Map',
  table: 'Table',
  tableCaption: '{indicator}: voivodeships and Poland, {from}–{to} ({unit})',
  tableIntro:
    "The indicator's values for the country and the voivodeships in every year of the release. Powiat and gmina figures are in the table under the map and in the indicator's file.",
  country: 'Poland',
};
