// National (or any single territory's) series over the years: real values where they
// exist, straight lines between them, a damped trend beyond them. Damped, because a
// demo series should not run off to extremes just because two real points were steep.

/** Share of last year's trend kept each further year out: 0.6 → the trend fades within a few years. */
export const DAMPING = 0.6;
/** Cumulative counts (jobs created, accreditations granted) keep rising for longer. */
export const DAMPING_CUMULATIVE = 0.85;

export interface ExtrapolationOptions {
  /** Yearly growth for extrapolating from a single point (0.02 = 2 % a year); default flat. */
  growth?: number;
  /** First year the thing exists: earlier years are 0 and the year before is an implicit 0 point. */
  startYear?: number;
  /** Never decreasing: trends are clamped at 0. */
  cumulative?: boolean;
  damping?: number;
}

const dampedSteps = (n: number, phi: number) => {
  let s = 0;
  for (let k = 1; k <= n; k++) s += phi ** k;
  return s;
};

/** Values for `years` from known points (year → value); unrounded, never negative. */
export function seriesFromPoints(
  points: ReadonlyMap<number, number>,
  years: readonly number[],
  opts: ExtrapolationOptions = {},
): Map<number, number> {
  const known = new Map(points);
  if (opts.startYear !== undefined) {
    for (const y of [...known.keys()]) if (y < opts.startYear) known.delete(y);
    if (!known.has(opts.startYear - 1)) known.set(opts.startYear - 1, 0);
  }
  const pts = [...known.entries()].sort((a, b) => a[0] - b[0]);
  if (!pts.length) throw new Error('seriesFromPoints: no points to build a series from');
  const phi = opts.damping ?? (opts.cumulative ? DAMPING_CUMULATIVE : DAMPING);
  const clampSlope = (s: number) => (opts.cumulative ? Math.max(0, s) : s);
  const growth = opts.growth ?? 0;
  const out = new Map<number, number>();
  for (const y of years) {
    let v: number;
    if (opts.startYear !== undefined && y < opts.startYear) v = 0;
    else if (known.has(y)) v = known.get(y)!;
    else if (y > pts[pts.length - 1][0]) {
      const [ly, lv] = pts[pts.length - 1];
      if (pts.length >= 2) {
        const [py, pv] = pts[pts.length - 2];
        v = lv + clampSlope((lv - pv) / (ly - py)) * dampedSteps(y - ly, phi);
      } else v = lv * (1 + growth) ** (y - ly);
    } else if (y < pts[0][0]) {
      const [fy, fv] = pts[0];
      if (pts.length >= 2) {
        const [ny, nv] = pts[1];
        v = fv - clampSlope((nv - fv) / (ny - fy)) * dampedSteps(fy - y, phi);
      } else v = fv / (1 + growth) ** (fy - y);
    } else {
      const i = pts.findIndex(([py]) => py > y);
      const [ay, av] = pts[i - 1];
      const [by, bv] = pts[i];
      v = av + ((bv - av) * (y - ay)) / (by - ay);
    }
    out.set(y, Math.max(0, v));
  }
  return out;
}

/** Factors known in some years, carried to the others: linear between, flat outside, 1 with none. */
export function interpolateFactors(known: ReadonlyMap<number, number>, years: readonly number[]): Map<number, number> {
  if (!known.size) return new Map(years.map((y) => [y, 1]));
  return seriesFromPoints(known, years, { damping: 0 });
}

/**
 * A prior series calibrated to real values: where a real value exists it is taken as
 * is, elsewhere the prior is scaled by the real/prior ratio of the nearest real years
 * (interpolated between them), so the series passes through the real points without
 * a jump next to them.
 */
export function calibratedSeries(
  prior: ReadonlyMap<number, number>,
  real: ReadonlyMap<number, number>,
  years: readonly number[],
): Map<number, number> {
  const ratios = new Map<number, number>();
  for (const [y, v] of real) {
    const p = prior.get(y);
    if (p !== undefined && p > 0) ratios.set(y, v / p);
  }
  const f = interpolateFactors(ratios, years);
  return new Map(years.map((y) => [y, real.get(y) ?? (prior.get(y) ?? 0) * f.get(y)!]));
}

/**
 * Years a survey-based series has values. A biennial survey has gaps, not zeros: keep
 * the parity of its real years (and of those of series it weights); with both
 * parities among them, every year; with none, even years (the statistics office's
 * non-profit surveys run for even years).
 */
export function surveyYears(frequency: string, years: readonly number[], realYears: Iterable<number>): number[] {
  if (frequency !== 'biennial') return [...years];
  const parities = new Set([...realYears].map((y) => y % 2));
  if (parities.size === 2) return [...years];
  const keep = parities.size ? [...parities][0] : 0;
  return years.filter((y) => y % 2 === keep);
}
