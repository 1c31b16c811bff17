// A hand-made register (Poland, 2 voivodeships, 3 powiats, 8 gminas) and real rows
// shaped like the real ones: national totals in some years, a voivodeship value in
// one year, population per gmina with a gap and one gmina with none.
import type { SourceRow } from '#scripts/pipeline/source-row.ts';
import type { GminaKind, Territory } from '#core/territory.ts';

const t = (code: string, level: Territory['level'], parents: string[], kind?: GminaKind, city = false): Territory => ({
  code,
  level,
  name: code,
  displayName: code,
  slug: code,
  ...(kind ? { kind } : {}),
  ...(level === 'powiat' || level === 'gmina' ? { cityWithPowiatRights: city } : {}),
  parents,
});

export const demoRegister: Territory[] = [
  t('PL', 'country', []),
  t('02', 'voivodeship', ['PL']),
  t('22', 'voivodeship', ['PL']),
  t('0201', 'powiat', ['PL', '02']),
  t('0261', 'powiat', ['PL', '02'], undefined, true),
  t('2201', 'powiat', ['PL', '22']),
  t('0201011', 'gmina', ['PL', '02', '0201'], 'urban'),
  t('0201022', 'gmina', ['PL', '02', '0201'], 'rural'),
  t('0201032', 'gmina', ['PL', '02', '0201'], 'rural'),
  t('0201043', 'gmina', ['PL', '02', '0201'], 'urban-rural'),
  t('0261011', 'gmina', ['PL', '02', '0261'], 'urban', true),
  t('2201011', 'gmina', ['PL', '22', '2201'], 'urban'),
  t('2201022', 'gmina', ['PL', '22', '2201'], 'rural'),
  t('2201033', 'gmina', ['PL', '22', '2201'], 'urban-rural'),
];

export const demoYears = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];

const UNITS: Record<string, string> = {
  POP: 'persons',
  POP_WORK: 'persons',
  GMINA_COUNT: 'count',
  CIS: 'units',
  KIS: 'units',
  ZAZ: 'units',
  WTZ: 'units',
  REINT: 'units',
  REINT_BEN: 'persons',
  SPS_KRS: 'entities',
  SPS_ACT: 'entities',
  PS_ACT: 'entities',
  PS_JOBS: 'jobs',
  OWES_ACC: 'accreditations',
  PES_MKT: 'entities',
  PES_REV: 'thousand PLN',
  DIS_EMP: 'persons',
  BGK_LOAN: 'million PLN',
  JST_2PCT: '%',
  NGO_MKT: '%',
  NGO_10K: 'per 10,000 inhabitants',
  ZJ_CERT: 'entities',
};

let line = 1;
const row = (indicator: string, code: string, year: number, value: number): SourceRow => ({
  code,
  year,
  indicator,
  value,
  unit: UNITS[indicator],
  flags: 0,
  source: 'fixture',
  file: 'tests/helpers/demo-fixture.ts',
  line: line++,
});

// Population 2014–2019: 0201022 misses 2016; 2201033 has no figures at all.
const population: Record<string, number> = {
  '0201011': 39000,
  '0201022': 14000,
  '0201032': 6500,
  '0201043': 21000,
  '0261011': 98000,
  '2201011': 61000,
  '2201022': 9000,
};

function populationRows(): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const [code, base] of Object.entries(population))
    for (let y = 2014; y <= 2019; y++) {
      if (code === '0201022' && y === 2016) continue;
      const pop = Math.round(base * (1 - 0.004 * (y - 2014)));
      rows.push(row('POP', code, y, pop), row('POP_WORK', code, y, Math.round(pop * (0.64 - 0.004 * (y - 2014)))));
    }
  return rows;
}

export const demoReal: SourceRow[] = [
  ...populationRows(),
  ...demoRegister.filter((g) => g.level === 'gmina').flatMap((g) => demoYears.map((y) => row('GMINA_COUNT', g.code, y, 1))),
  // Reintegration units: national in survey years, one voivodeship in 2020, a total without components in 2018.
  ...[
    ['CIS', 5, 7, 8, 3],
    ['KIS', 4, 5, 4, 2],
    ['ZAZ', 2, 3, 3, 1],
    ['WTZ', 9, 10, 10, 4],
  ].flatMap(([id, y16, y19, y21, v22]) => [
    row(id as string, 'PL', 2016, y16 as number),
    row(id as string, 'PL', 2019, y19 as number),
    row(id as string, 'PL', 2021, y21 as number),
    row(id as string, '22', 2020, v22 as number),
  ]),
  // Real figures below the voivodeship: a powiat and a gmina keep theirs, the rest is spread around them.
  row('CIS', '0261', 2019, 2),
  row('SPS_KRS', '0201011', 2019, 3),
  row('REINT', 'PL', 2016, 20),
  row('REINT', 'PL', 2018, 23),
  row('REINT', 'PL', 2019, 25),
  row('REINT', 'PL', 2021, 25),
  row('REINT_BEN', 'PL', 2019, 800),
  row('SPS_KRS', 'PL', 2016, 20),
  row('SPS_KRS', 'PL', 2019, 24),
  row('SPS_KRS', 'PL', 2020, 23),
  row('SPS_KRS', '02', 2017, 12),
  row('SPS_ACT', 'PL', 2016, 13),
  row('PS_ACT', 'PL', 2020, 15),
  row('PS_ACT', 'PL', 2022, 22),
  row('PS_ACT', '22', 2022, 9),
  row('PS_JOBS', 'PL', 2019, 120),
  // Survey figures that stop at voivodeships; national-scale, like the plausible bases in recipes.ts.
  row('OWES_ACC', 'PL', 2020, 174),
  row('PES_MKT', 'PL', 2018, 28000),
  row('PES_REV', 'PL', 2017, 342.4),
  row('DIS_EMP', 'PL', 2018, 110100),
  row('BGK_LOAN', 'PL', 2019, 91.3),
  row('JST_2PCT', 'PL', 2019, 1),
  row('NGO_MKT', 'PL', 2018, 33),
  row('ZJ_CERT', 'PL', 2020, 4),
  // A real series down to voivodeships: nothing may be added to it.
  ...['PL', '02', '22'].flatMap((c) => [row('NGO_10K', c, 2014, 22.8), row('NGO_10K', c, 2016, 23.9)]),
];
