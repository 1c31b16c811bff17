// English strings: the README.md of an indicator's ZIP. The same keys as
// src/i18n/pl/indicatorReadme.ts.
import type { indicatorReadme as pl } from '../pl/indicatorReadme.ts';
import type { Strings } from '../translate.ts';

export const indicatorReadme: Strings<typeof pl> = {
  language: 'English',
  intro: '**{name}** (`{id}`) — release {release}, years {from}–{to}.',
  unit: '- Unit: {unit} (`{unitId}`), decimals: {decimals}',
  levels: '- Levels: {levels}',
  aggregation: '- Aggregation (a level from the level below): `{rule}`',
  source: '- Source: {name} ({frequency}){url}',
  notes: '- Notes: {notes}',
  files: 'Files',
  csvFile: '- `{file}`: values at every level, one row per territory and year; UTF-8 with BOM, comma, decimal point. Columns: {columns}',
  metadataFile: '- `{file}`: definition, unit, aggregation, sources with licences, years, flag legend',
  statuses: 'Value status (column `{column}`, one word; demonstration data always have the status `demo`)',
  flags: 'Flags (column `{column}`, joined with +)',
  caveats: 'Caveats',
  demoShare: '- {level}: {share} of the values are demonstration data ({demo} of {present})',
  suppressed:
    '- Confidential values (statistical confidentiality) are empty with the flag `suppressed`; they are neither zero nor missing. Such cells in this file: {count}. A higher level computed from a confidential value is confidential too.',
  teryt:
    '- TERYT codes and names follow the TERC register of 1 January 2026 for every year: values of abolished or recoded units are assigned to their successors (see data/geo/code-history.csv in the repository).{changes}',
  territorialChanges: " Territorial changes in this release's period: {count} (changes.json).",
  licence: 'Licence',
  cite: 'How to cite',
  citation: '{portal}, release {release} ({published}), indicator "{name}" ({id}). {url}',
};
