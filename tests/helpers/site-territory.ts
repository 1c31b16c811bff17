// Hand-made fixtures for the site modules' tests: a small catalogue and one gmina's
// territory file, with values chosen so every expected sentence can be checked by hand.
import type { Indicator } from '#core/catalogue.ts';
import type { RegisterEntry, TerritoryFile } from '#core/data-types.ts';

type Rule = Indicator['aggregation'];

export function indicator(
  id: string,
  unit: Indicator['unit'],
  aggregation: Rule,
  decimals = 0,
  theme: Indicator['theme'] = 'entities',
): Indicator {
  return {
    id,
    name: { pl: `Wskaźnik ${id}`, en: `Indicator ${id}` },
    description: { pl: 'opis', en: 'description' },
    unit,
    decimals,
    theme,
    source: { name: { pl: 'źródło', en: 'source' }, frequency: 'annual' },
    polarity: 'higher-is-better',
    levels: ['country', 'voivodeship', 'powiat', 'gmina'],
    aggregation,
    integer: unit !== 'per 10,000 inhabitants',
  };
}

const sum: Rule = { rule: 'sum' };
const per10k: Rule = { rule: 'ratio', numerator: 'SPS_KRS', denominator: 'POP', multiplier: 10000 };

export const CATALOGUE: Indicator[] = [
  indicator('POP', 'persons', sum, 0, 'context'),
  indicator('SPS_KRS', 'entities', sum),
  indicator('PS_ACT', 'entities', sum),
  indicator('REINT', 'units', sum, 0, 'reintegration'),
  indicator('SPS_10K', 'per 10,000 inhabitants', per10k, 2),
  indicator('PS_10K', 'per 10,000 inhabitants', { ...per10k, numerator: 'PS_ACT' }, 2),
  indicator('CIS', 'units', sum, 0, 'reintegration'),
];

export const REGISTER: Record<string, RegisterEntry> = {
  PL: { code: 'PL', level: 'country', name: 'Polska', displayName: 'Polska', slug: 'polska', parents: [] },
  '12': {
    code: '12',
    level: 'voivodeship',
    name: 'małopolskie',
    displayName: 'województwo małopolskie',
    slug: 'malopolskie',
    parents: ['PL'],
  },
  '1211': {
    code: '1211',
    level: 'powiat',
    name: 'nowotarski',
    displayName: 'powiat nowotarski',
    slug: 'nowotarski',
    parents: ['PL', '12'],
  },
  '1211092': {
    code: '1211092',
    level: 'gmina',
    name: 'Nowy Targ',
    displayName: 'Nowy Targ (gmina wiejska, powiat nowotarski)',
    slug: 'nowy-targ',
    kind: 'rural',
    parents: ['PL', '12', '1211'],
  },
};

const ref = (code: string) => {
  const { parents: _p, kind: _k, cityWithPowiatRights: _c, popClass: _pc, ...r } = REGISTER[code];
  return r;
};

/** Years 2022–2024. SPS_KRS 2→5 (+3), PS_ACT 2→2, REINT 3 then confidential (suppressed) in 2024. */
export function gminaFile(): TerritoryFile {
  return {
    release: '2024',
    years: [2022, 2023, 2024],
    territory: { ...ref('1211092'), kind: 'rural' },
    parents: [ref('PL'), ref('12'), ref('1211')],
    series: {
      POP: { v: [24000, 24100, 24301] },
      SPS_KRS: { v: [1, 2, 5] },
      PS_ACT: { v: [2, 2, 2], f: [1, 1, 1] },
      REINT: { v: [3, 3, null], f: [0, 0, 2] },
      SPS_10K: { v: [0.42, 0.83, 2.06] },
      PS_10K: { v: [0.83, 0.83, 0.82], f: [1, 1, 1] },
      CIS: { v: [null, null, null], f: [0, 0, 0] },
    },
    parentSeries: {
      POP: { v: [190000, 191000, 192000] },
      SPS_KRS: { v: [7, 7, 7] },
      SPS_10K: { v: [0.37, 0.37, 0.36] },
      PS_10K: { v: [0.9, 0.85, 0.8] },
    },
    countrySeries: {
      POP: { v: [38400000, 38380000, 38366449] },
      SPS_KRS: { v: [1507, 1509, 1510] },
      SPS_10K: { v: [0.39, 0.39, 2.1] },
      PS_10K: { v: [0.6, 0.62, 0.66] },
    },
    ranks: {
      SPS_10K: { year: 2024, level: { rank: 40, of: 2479, percentile: 98.4 }, parent: { rank: 1, of: 14 } },
      PS_10K: { year: 2024, level: { rank: 900, of: 2479, percentile: 63.7 }, parent: { rank: 7, of: 14 } },
      SPS_KRS: { year: 2024, level: { rank: 300, of: 2479, percentile: 87.9 }, parent: { rank: 2, of: 14 } },
    },
    children: [],
    similar: [],
    hasDemo: true,
  };
}
