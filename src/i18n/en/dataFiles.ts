// English strings written into the download files. The same keys as src/i18n/pl/dataFiles.ts.
import type { dataFiles as pl } from '../pl/dataFiles.ts';
import type { Strings } from '../translate.ts';

export const dataFiles: Strings<typeof pl> = {
  portalName: 'Social Economy Monitor (Monitor Ekonomii Społecznej)',
  licence:
    'Compilation: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); each source keeps its own licence (see the sources); demonstration data: CC0.',
  demoNotice:
    'Where no public figure exists, values are demonstration data (flag "demo"), generated deterministically. They are not official statistics and must not be quoted as such.',
  'flag-demo': 'demonstration data, generated where public figures are missing — not official statistics',
  'flag-suppressed': 'confidential (statistical confidentiality): the value is empty; it is neither zero nor missing',
  'flag-estimate': 'estimate',
  'flag-provisional': 'provisional figure',
  'flag-aggregated': 'computed by the portal from the values of the level below (sum, ratio of sums or weighted mean)',
  'status-real': 'real figure from a public source (or computed from such figures only)',
  'status-demo': 'demonstration data — not official statistics; do not cite as such',
  'status-estimate': "the source's estimate",
  'status-provisional': "the source's provisional figure",
  'status-confidential': 'confidential (statistical confidentiality): empty value, not zero',
  'status-missing': 'no data',
  statusConvention:
    'Beside every value column <ID> there is a column <ID>_status with one word: real, demo, estimate, provisional, confidential or missing (demonstration data are always demo, even when also an estimate), and a column <ID>_flags with every flag.',
  xlsxDemoStyle:
    'In sheet "Dane" cells holding demonstration data have a light yellow fill (the site\'s demo colour), and every value has its status beside it.',
};
