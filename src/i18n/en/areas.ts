// English strings: planning areas (/en/obszar/). The same keys as src/i18n/pl/areas.ts.
import type { areas as pl } from '../pl/areas.ts';
import type { Strings } from '../translate.ts';

export const areas: Strings<typeof pl> = {
  indexTitle: 'Planning areas',
  indexIntro:
    'Regions and areas by which social economy support is planned and reported: NUTS 2 regions and NUTS 3 subregions (groups of powiats), OWES service areas (each accredited support centre serves a group of powiats) and local action group areas (groups of gminas). An area’s values are computed from its powiats’ or gminas’ values by the same rules as those of powiats and voivodeships.',
  rules:
    'Counts are added up; ratios are computed as a ratio of sums (e.g. cooperatives in the area per 10,000 residents of the area), never as a mean of the members’ ratios. If one member’s value is confidential, the area’s value is confidential too; if one member’s value is missing, so is the area’s. An area’s value is marked as demonstration data when any value it is made of is.',
  typePlural_nuts2: 'NUTS 2 regions',
  typePlural_nuts3: 'NUTS 3 subregions',
  typePlural_owes: 'OWES service areas',
  typePlural_lgd: 'Local action group (LAG) areas',
  mapLevel_nuts2: 'NUTS 2 regions',
  mapLevel_nuts3: 'NUTS 3 subregions',
  mapLevel_owes: 'OWES areas',
  mapLevel_lgd: 'LAG areas',
  type_nuts2: 'NUTS 2 region',
  type_nuts3: 'NUTS 3 subregion',
  type_owes: 'OWES service area',
  type_lgd: 'local action group (LAG) area',
  typeIntro_nuts2:
    'The European Union’s statistical regions (NUTS 2021). In Poland they are the voivodeships, except Mazowieckie, split into Warszawski stołeczny (PL91) and Mazowiecki regionalny (PL92). A NUTS 2 region follows from its NUTS 3 subregions’ codes (the first four characters).',
  typeIntro_nuts3:
    'Statistical subregions (NUTS 2021, 73 in Poland), groups of powiats. Powiats assigned by Eurostat (GISCO, NUTS 2021) and Statistics Poland, file data/sources/regions/powiat_nuts3_2021.csv.',
  typeIntro_owes: 'Social economy support centres (OWES) serve areas set by the regional government — groups of powiats.',
  typeIntro_lgd: 'Local action groups (LAG, in the LEADER programme) cover groups of gminas; a gmina belongs to one LAG.',
  demoDefinitionTitle: 'Demonstration areas',
  members_powiat: 'powiats',
  members_gmina: 'gminas',
  demoDefinitionShort: 'sample groups of {members} made by a fixed rule, not real areas.',
  demoDefinition:
    'This division into areas is a demonstration: the portal has no public machine-readable list of these areas, so the portal shows sample groups of {members} made by a fixed rule. They are not real areas. Every figure of the area is marked as demonstration data. A real definition file ({file}, format in data/README.md) replaces this division with no change to the code.',
  definitionFile: 'Definition file: {file}',
  realDefinition: 'Official division',
  colArea: 'Area',
  colCode: 'Identifier',
  colMembers: 'Members',
  colVoivodeship: 'Voivodeship',
  colStatus: 'Division status',
  statusDemo: 'demonstration',
  statusReal: 'official',
  severalVoivodeships: 'several voivodeships',
  areasCaption: '{type}: name, number of members and voivodeship',
  kindLine: '{type} · identifier {id}',
  membersCaption: '{kind} of the area {name}, with key figures ({year})',
  membersCount: 'The area covers: {count}.',
  nutsEveryYear:
    'The NUTS 2021 division is applied here to every year, including years when an earlier NUTS version with a different split of some regions was in force.',
  crossesVoivodeships: 'The area spans several voivodeships, so it is compared with Poland only.',
  downloadsHeading: 'Download the data',
  onTheMap: '{type} on an indicator map (social cooperatives; on every indicator’s page)',
  downloadCsv: 'Every area of the type “{type}” (CSV: values, status and flags, all years)',
  downloadJson: 'This area’s data (JSON)',
  allAreas: 'All planning areas',
  description: '{name} ({type}): social economy indicators of the area, release {release}.',
  indexDescription: 'NUTS 2 and NUTS 3 regions, OWES and LAG areas: social economy indicators computed from gmina and powiat data.',
  count: 'Number of areas: {n}.',
};
