// Maps the hand-collected published figures (national and regional totals quoted
// from official publications, the GUS SDG series and the KPRES achieved values) onto
// catalogue indicators, units and source ids. The mapping is an explicit table so a
// reviewer can check every line against data/sources/PROVENANCE.md.
import { parseCsv } from '#core/csv.ts';
import { COUNTRY_CODE } from '#core/territory.ts';

export interface PublishedRow {
  code: string;
  year: number;
  indicator: string;
  value: number;
  unit: string;
  source: string;
}

interface Mapping {
  indicator: string;
  unit: string;
  source: (year: number, code: string) => string;
}

const always = (id: string) => () => id;
const reintBySurvey = (year: number) => (year === 2016 ? 'gus-reint-2016' : year === 2019 ? 'gus-reint-2019' : 'gus-reint-2021');
const regional = (year: number, code: string) =>
  code === '22' ? 'pomorskie-2020' : code === '14' ? 'mcps-2017' : year === 2016 ? 'gus-sps-2016' : 'mrips-sps-2020-2021';

/** Source file's indicator name → catalogue. Names not listed here stop the import. */
export const PUBLISHED_MAPPING: Record<string, Mapping> = {
  nonprofit_organizations_per_10k_population: { indicator: 'NGO_10K', unit: 'per 10,000 inhabitants', source: always('gus-sdg-1e1') },
  foundations_associations_social_orgs_in_regon_per_10k_population: {
    indicator: 'FSO_10K',
    unit: 'per 10,000 inhabitants',
    source: always('gus-sdg-1e2'),
  },
  active_reintegration_units_total_CIS_KIS_ZAZ_WTZ: { indicator: 'REINT', unit: 'units', source: reintBySurvey },
  active_CIS: { indicator: 'CIS', unit: 'units', source: reintBySurvey },
  active_KIS: { indicator: 'KIS', unit: 'units', source: reintBySurvey },
  active_ZAZ: { indicator: 'ZAZ', unit: 'units', source: reintBySurvey },
  active_WTZ: { indicator: 'WTZ', unit: 'units', source: reintBySurvey },
  social_cooperatives_registered_in_KRS_not_in_liquidation_end_of_year: {
    indicator: 'SPS_KRS',
    unit: 'entities',
    source: always('mrips-sps-2020-2021'),
  },
  // additional_published_figures.csv
  wtz_count: { indicator: 'WTZ', unit: 'units', source: (y, c) => (c === '22' ? 'pomorskie-2020' : reintBySurvey(y)) },
  zaz_count: { indicator: 'ZAZ', unit: 'units', source: (y, c) => (c === '22' ? 'pomorskie-2020' : reintBySurvey(y)) },
  cis_count: { indicator: 'CIS', unit: 'units', source: (y, c) => (c === '22' ? 'pomorskie-2020' : reintBySurvey(y)) },
  kis_count: { indicator: 'KIS', unit: 'units', source: (y, c) => (c === '22' ? 'pomorskie-2020' : reintBySurvey(y)) },
  reintegration_units_count: { indicator: 'REINT', unit: 'units', source: reintBySurvey },
  reintegration_units_served_persons: { indicator: 'REINT_BEN', unit: 'persons', source: always('gus-reint-served') },
  social_cooperatives_registered: { indicator: 'SPS_KRS', unit: 'entities', source: always('gus-sps-2016') },
  social_cooperatives_active: { indicator: 'SPS_ACT', unit: 'entities', source: always('gus-sps-2016') },
  // Regional counts of social cooperatives: the sources count registered cooperatives.
  social_cooperatives_count: { indicator: 'SPS_KRS', unit: 'entities', source: regional },
  social_enterprises_list_count: {
    indicator: 'PS_ACT',
    unit: 'entities',
    source: (_y, c) => (c === '22' ? 'pomorskie-2020' : 'ct9-ps-list-2022'),
  },
};

/** KPRES publishes some values in thousands; the catalogue keeps whole units. */
const KPRES_UNITS: Record<string, { unit: string; factor: number }> = {
  'thousand entities': { unit: 'entities', factor: 1000 },
  'thousand units': { unit: 'units', factor: 1000 },
  'thousand persons': { unit: 'persons', factor: 1000 },
};

const territoryCode = (code: string) => (code === 'PL' ? COUNTRY_CODE : code.padStart(2, '0'));

function fromLongFile(
  text: string,
  file: string,
  columns: { code: string; indicator: string; value: string; year: string },
): PublishedRow[] {
  const [header, ...records] = parseCsv(text);
  const at = (name: string) => {
    const i = header.fields.indexOf(name);
    if (i < 0) throw new Error(`${file}: column ${name} not found`);
    return i;
  };
  const idx = { code: at(columns.code), indicator: at(columns.indicator), value: at(columns.value), year: at(columns.year) };
  return records.map(({ fields, line }) => {
    const name = fields[idx.indicator];
    const mapping = PUBLISHED_MAPPING[name];
    if (!mapping)
      throw new Error(
        `${file}:${line}: indicator "${name}" has no mapping; add it to PUBLISHED_MAPPING in scripts/import/published-figures.ts`,
      );
    const code = territoryCode(fields[idx.code]);
    const year = Number(fields[idx.year]);
    return {
      code,
      year,
      indicator: mapping.indicator,
      value: Number(fields[idx.value]),
      unit: mapping.unit,
      source: mapping.source(year, code),
    };
  });
}

export function importStatsLong(text: string, file: string): PublishedRow[] {
  return fromLongFile(text, file, { code: 'territory_code', indicator: 'indicator', value: 'value', year: 'year' });
}

export function importAdditionalFigures(text: string, file: string): PublishedRow[] {
  return fromLongFile(text, file, { code: 'territory_code', indicator: 'indicator', value: 'value', year: 'year' });
}

/** The achieved values of the KPRES headline indicators, as national figures. */
export function importKpresAchieved(text: string, file: string): PublishedRow[] {
  const [header, ...records] = parseCsv(text);
  const col = (n: string) => header.fields.indexOf(n);
  return records.map(({ fields, line }) => {
    const unitText = fields[col('unit')];
    const conv = KPRES_UNITS[unitText] ?? { unit: unitText, factor: 1 };
    const raw = Number(fields[col('achieved')]);
    if (!Number.isFinite(raw)) throw new Error(`${file}:${line}: achieved value is not a number`);
    // Rounding after scaling avoids 1.266 × 1000 = 1266.0000000000002.
    const value = Math.round(raw * conv.factor * 1000) / 1000;
    return {
      code: COUNTRY_CODE,
      year: Number(fields[col('achieved_year')]),
      indicator: fields[col('indicator_id')],
      value,
      unit: conv.unit,
      source: 'kpres-portal',
    };
  });
}
