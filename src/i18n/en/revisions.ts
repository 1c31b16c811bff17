// English strings: the "changes since the previous release" sections. The same keys as src/i18n/pl/revisions.ts.
import type { revisions as pl } from '../pl/revisions.ts';
import type { Strings } from '../translate.ts';

export const revisions: Strings<typeof pl> = {
  heading: 'Changes since release {previous}',
  noneTerritory: 'Release {release} revised no value of this territory for the years already published in release {previous}.',
  noneIndicator: 'Release {release} revised no value of this indicator for the years already published in release {previous}.',
  intro:
    'Values for years already published in release {previous} that differ in release {release}. Revisions of real data: {real}. Changes of demonstration data: {demo}.',
  demoNote: 'Rows marked "demo" are changes of demonstration (sample) data, not statistical revisions.',
  show: 'Show {n}',
  captionTerritory: 'Values changed in release {release}: {name}',
  captionCounts: 'Changed values by level (release {previous} → {release})',
  captionUpper: 'Changed values for the country and the voivodeships',
  indicator: 'Indicator',
  territory: 'Territory',
  level: 'Level',
  year: 'Year',
  inRelease: 'Release {release}',
  real: 'Revisions of real data',
  demo: 'Changes of demonstration data',
  local: 'At powiat and gmina level: {n} — the full list is in the release’s change file.',
  csv: 'All changes of release {release} (CSV)',
  downloads: 'Downloads and releases',
};
