// English strings: access to social economy units and the white-spots page (/en/biale-plamy/).
// The same keys as src/i18n/pl/access.ts.
import type { access as pl } from '../pl/access.ts';
import type { Strings } from '../translate.ts';

export const access: Strings<typeof pl> = {
  title: 'White spots: gminas without units nearby',
  intro:
    'Gminas with no unit of a kind within a chosen distance — neither in the gmina nor across a powiat or voivodeship border — and how many people live in them.',
  method:
    'Distance is a straight line (haversine on WGS84, Earth radius 6,371.0088 km) from the gmina\'s reference point — its centroid, or where that lies outside the gmina the interior point farthest from its boundary — to the nearest unit in the entity directory as of 31 December {year}. Population: the "Population" indicator for {popYear}. Change: the white spots of release {previous} computed the same way, on the same population.',
  methodLink: 'Methodology',
  demoNotice:
    'The entity directory is a demonstration one: the locations of the units, and so the distances and white spots, are made up (demo values). Population in the tables is demo where marked.',
  needsJs: 'The white-spots map and tables need JavaScript. The distances of every gmina are in a CSV file:',
  csvAll: 'distances and unit counts for every gmina (CSV)',
  controls: 'What to show',
  kind: 'Kind of unit',
  distance: 'Distance (km)',
  preset: '{km} km',
  loading: 'Loading data…',
  loadError: 'The white-spots data could not be loaded.',
  summary: 'Gminas without a {kind} within {km} km: {gminas} of {all}; their population ({popYear}): {pop}.',
  summaryPrev: 'In release {previous}: {gminas} gminas, population {pop}; change: {dGminas} gminas, population {dPop}.',
  powiatsToggle: 'Powiats with white spots ({count})',
  noPrevious: 'This is the first release: there is nothing to compare with.',
  demoTag: '(demo)',
  mapLabel: 'Map of gminas: white spots — no {kind} within {km} km — highlighted in colour.',
  legendWhite: 'white spot: no unit within {km} km',
  legendCovered: 'a unit within {km} km',
  tableVoivodeship: 'White spots by voivodeship: no {kind} within {km} km',
  tablePowiat: 'White spots by powiat (only powiats with white spots): no {kind} within {km} km',
  colVoivodeship: 'Voivodeship',
  colPowiat: 'Powiat',
  colGminas: 'Gminas',
  colPop: 'Population',
  colChangeGminas: 'Change in gminas since release {previous}',
  colChangePop: 'Change in population since release {previous}',
  total: 'Poland',
  download: 'Download the list of gminas (CSV)',
  units: 'Units of this kind in the directory: {count}.',
  'kindGenitive.cis': 'social integration centre (CIS)',
  'kindGenitive.kis': 'social integration club (KIS)',
  'kindGenitive.zaz': 'vocational activity establishment (ZAZ)',
  'kindGenitive.wtz': 'occupational therapy workshop (WTZ)',
  'kindGenitive.social-cooperative': 'social cooperative',
  'kindGenitive.social-enterprise': 'social enterprise',
  'kindGenitive.owes': 'social economy support centre (OWES) office',
  'kindName.cis': 'Social integration centres (CIS)',
  'kindName.kis': 'Social integration clubs (KIS)',
  'kindName.zaz': 'Vocational activity establishments (ZAZ)',
  'kindName.wtz': 'Occupational therapy workshops (WTZ)',
  'kindName.social-cooperative': 'Social cooperatives',
  'kindName.social-enterprise': 'Social enterprises (status on 31 December)',
  'kindName.owes': 'Social economy support centre (OWES) offices',
  owesCsv: 'the OWES offices distances were measured to (CSV)',
  owesDemo:
    'The OWES offices are demo: the entity directory gives no office addresses and the file of their locations ({file}) does not exist yet, so each OWES area has one invented office in its most populous gmina.',
};
