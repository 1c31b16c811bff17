// How each indicator's demonstration values are made, and the plausible magnitudes
// used where no real figure exists. Real values always win: these numbers only fill
// the years and territories that no source covers, and every real figure in the
// release is met exactly. Each base says why it is plausible.

/** Where a series stands when no real value is near (catalogue units). */
export interface Plan {
  /** Plausible points, year → value; real values in the same year replace them. */
  anchors?: Record<number, number>;
  /** Yearly growth for extrapolating from a single point (0.02 = 2 % a year). */
  growth?: number;
  /** The first year the thing exists; earlier years are 0. */
  startYear?: number;
}

export type Recipe =
  | { method: 'skip'; why: string }
  /** POP, POP_WORK: real per gmina; gaps filled from each gmina's own trend. */
  | { method: 'population'; shareOf?: string }
  /** Whole units (CIS, cooperatives…) spread sparsely over gminas. */
  | {
      method: 'units';
      plan?: Plan;
      cumulative?: boolean;
      /**
       * Weights from another indicator's gmina values summed over the years (plus a
       * little everywhere), so e.g. jobs sit where enterprises are and have been longest.
       */
      weightFrom?: string;
      /** A subset of another indicator's units (active ⊆ registered), about `share` of them. */
      within?: { parent: string; share: number };
    }
  /** Amounts per gmina in proportion to an expectation built from other indicators. */
  | {
      method: 'amounts';
      /** Expected amount per unit of each base indicator (per person of POP, per CIS…). */
      perUnit: Record<string, number>;
      /** Growth of the per-unit amount (nominal money), from baseYear. */
      growth?: { rate: number; baseYear: number };
      /** Spread of the per-gmina factor (lognormal sigma). */
      sigma: number;
      /** Some small gminas have none at all: chance of 0 for gminas under `population`. */
      zeroIfSmall?: { population: number; chance: number }[];
      /** Gminas with 1…below−1 units of the base are statistically confidential. */
      suppressBelow?: number;
      /** Also publish the (unsuppressed) voivodeship totals, as a statistics office does. */
      voivodeshipRows?: boolean;
    }
  /** 0/1 per gmina (has a unit for the social economy…), sticky, with a growing share. */
  | { method: 'binary'; share: Record<number, number> }
  /** Indicators that stop at voivodeships: voivodeship values adding up to the national total. */
  | { method: 'voivodeship-sum'; plan?: Plan; cumulative?: boolean }
  /** A mean weighted by another indicator, voivodeship values whose weighted mean is the national value. */
  | { method: 'voivodeship-mean'; plan?: Plan; sigma: number }
  /** Not additive (`none`): a value at every level it exists, scattered around the national series. */
  | { method: 'level-values'; plan?: Plan; sigma: number };

/** Reintegration units and social cooperatives cluster in towns. */
export const KIND_BIAS = { urban: 1.4, 'urban-rural': 1.0, rural: 0.7 } as const;
/** Per-gmina propensity: a part shared by all indicators (an active local sector) and a part of each. */
export const PROPENSITY_SIGMA = { shared: 0.5, own: 0.5 } as const;

// KPRES baselines (programme adopted 2014; data/sources/programmes/kpres_2014_headline_indicators.csv).
// The year of the baseline data is not stated there, so they are placed at 2014.
const KPRES_BASELINE_YEAR = 2014;

export const RECIPES: Record<string, Recipe> = {
  GMINA_COUNT: { method: 'skip', why: 'real for every gmina and year, from the register' },
  POP: { method: 'population' },
  POP_WORK: { method: 'population', shareOf: 'POP' },

  // Reintegration units: national counts are real in survey years; in between, straight lines.
  CIS: { method: 'units' },
  KIS: { method: 'units' },
  ZAZ: { method: 'units' },
  WTZ: { method: 'units' },

  SPS_KRS: { method: 'units' },
  // GUS 2016: 0.9 thousand of 1.4 thousand registered social cooperatives were active (64 %).
  SPS_ACT: { method: 'units', within: { parent: 'SPS_KRS', share: 0.64 } },
  // A social cooperative employs about 5–7 persons (GUS surveys of social cooperatives).
  SPS_EMP: { method: 'amounts', perUnit: { SPS_ACT: 6 }, sigma: 0.3 },

  // KPRES baseline 0 in 2014: social enterprises in the programme's sense were listed only after it.
  PS_ACT: { method: 'units', plan: { startYear: KPRES_BASELINE_YEAR + 1 } },
  // About 10 persons per social enterprise (reports filed by enterprises: mostly small employers).
  PS_EMP: { method: 'amounts', perUnit: { PS_ACT: 10 }, sigma: 0.35 },
  // Cumulative since 2014 (the programme start), so it never decreases; jobs sit where enterprises are.
  PS_JOBS: { method: 'units', cumulative: true, weightFrom: 'PS_ACT', plan: { startYear: KPRES_BASELINE_YEAR } },

  // Persons served: about 30–40 per CIS, ZAZ or WTZ a year (KIS do not report participants);
  // calibrated to the real national totals where they exist. Fewer than 3 units: confidential.
  REINT_BEN: {
    method: 'amounts',
    perUnit: { CIS: 40, ZAZ: 35, WTZ: 30 },
    sigma: 0.15,
    suppressBelow: 3,
    voivodeshipRows: true,
  },

  // Roughly 70 OWES centres, each serving about 100 entities a year.
  OWES_SUP: { method: 'units', plan: { anchors: { 2016: 7000 }, growth: 0.02 } },
  // Quality Mark: KPRES baseline 0 in 2014; the scheme taken to start in 2015; real count 198 in 2020.
  ZJ_CERT: { method: 'units', plan: { startYear: 2015 } },
  // A regional certificate valid one year: a few dozen holders nationally, growing.
  ZP_CERT: { method: 'units', plan: { anchors: { 2016: 40 }, growth: 0.08 } },

  // Gmina budgets: about 6 thousand PLN per inhabitant in 2014, growing 4 % a year (nominal).
  JST_EXP: { method: 'amounts', perUnit: { POP: 6.0 }, growth: { rate: 0.04, baseYear: 2014 }, sigma: 0.12 },
  // About 1 % of spending goes to PES (KPRES baseline and the 2019 value, JST_2PCT = 1 %);
  // many small gminas contract nothing to PES in a year.
  JST_PES_EXP: {
    method: 'amounts',
    perUnit: { JST_EXP: 0.01 },
    sigma: 0.5,
    zeroIfSmall: [
      { population: 5000, chance: 0.4 },
      { population: 10000, chance: 0.2 },
      { population: 20000, chance: 0.05 },
    ],
  },
  // Shares of gminas (the statistics office's ST-G form shows a slow spread of both).
  JST_UNIT: { method: 'binary', share: { 2014: 0.15, 2023: 0.35 } },
  JST_SPS: { method: 'binary', share: { 2014: 0.02, 2023: 0.05 } },

  // Survey figures published down to voivodeships.
  PES_MKT: { method: 'voivodeship-sum', plan: { anchors: { [KPRES_BASELINE_YEAR]: 30200 } } },
  DIS_EMP: { method: 'voivodeship-sum', plan: { anchors: { [KPRES_BASELINE_YEAR]: 145000 } } },
  BGK_LOAN: { method: 'voivodeship-sum', plan: { anchors: { [KPRES_BASELINE_YEAR]: 39 } } },
  // Accreditations granted, cumulative: never decreases.
  OWES_ACC: { method: 'voivodeship-sum', cumulative: true, plan: { anchors: { [KPRES_BASELINE_YEAR]: 122 } } },
  PES_REV: { method: 'voivodeship-mean', plan: { anchors: { [KPRES_BASELINE_YEAR]: 330.7 } }, sigma: 0.15 },

  NGO_MKT: { method: 'level-values', plan: { anchors: { [KPRES_BASELINE_YEAR]: 34 } }, sigma: 0.12 },
  // The public procurement office reports social clauses in a few per cent of contracts.
  SOC_CLAUSE: { method: 'level-values', plan: { anchors: { 2014: 1.5 }, growth: 0.1 }, sigma: 0 },
};
