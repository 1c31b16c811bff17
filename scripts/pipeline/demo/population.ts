// Population (POP) and working-age population (POP_WORK) per gmina. Real figures
// cover most gmina-years; the rest continue each gmina's own trend, damped so that
// a decade of extrapolation stays within a few per cent of the last real value.
import type { GminaKind } from '#core/territory.ts';
import { emit, type DemoContext } from './context.ts';
import { lognormalFor } from './random.ts';
import { interpolateFactors } from './series.ts';

/** Population trends are persistent (ageing, migration): keep most of the trend. */
const POPULATION_DAMPING = 0.8;
/** Trend measured over up to this many years before the last (or after the first) real year. */
const TREND_SPAN = 4;

/**
 * For a gmina with no figure at all (new since the last census of codes): a typical
 * size of its kind; Polish gminas have a median of about 7.5 thousand inhabitants,
 * rural ones fewer, towns more. Slowly shrinking, like most small gminas.
 */
const TYPICAL_POPULATION: Record<GminaKind, number> = { rural: 6500, 'urban-rural': 11000, urban: 15000 };
const TYPICAL_TREND = -0.003;
/** Working-age share when no gmina has both figures (about 61 % in 2015). */
const WORKING_AGE_SHARE = 0.61;

const damped = (n: number) => {
  let s = 0;
  for (let k = 1; k <= n; k++) s += POPULATION_DAMPING ** k;
  return s;
};

/**
 * Yearly trend over up to TREND_SPAN years of real points: the median of the yearly
 * changes, so a one-off boundary change (a town taking in a village) is not carried on.
 */
function medianSlope(pts: readonly (readonly [number, number])[]): number {
  const slopes = pts.slice(1).map(([y, v], i) => (v - pts[i][1]) / (y - pts[i][0]));
  if (!slopes.length) return 0;
  slopes.sort((a, b) => a - b);
  const mid = Math.floor(slopes.length / 2);
  return slopes.length % 2 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
}

/** Fills one gmina's series from its own real points (year → value), integers. */
export function fillFromOwnTrend(points: ReadonlyMap<number, number>, year: number): number {
  const pts = [...points.entries()].sort((a, b) => a[0] - b[0]);
  const [fy, fv] = pts[0];
  const [ly, lv] = pts[pts.length - 1];
  if (year > ly) {
    const slope = medianSlope(pts.filter(([y]) => y >= ly - TREND_SPAN));
    return Math.max(0, Math.round(lv + slope * damped(year - ly)));
  }
  if (year < fy) {
    const slope = medianSlope(pts.filter(([y]) => y <= fy + TREND_SPAN));
    return Math.max(0, Math.round(fv - slope * damped(fy - year)));
  }
  const i = pts.findIndex(([y]) => y > year);
  const [ay, av] = pts[i - 1];
  const [by, bv] = pts[i];
  return Math.round(av + ((bv - av) * (year - ay)) / (by - ay));
}

function realPoints(ctx: DemoContext, id: string, code: string): Map<number, number> {
  const pts = new Map<number, number>();
  for (const y of ctx.real.years(id)) {
    const v = ctx.real.get(id, code, y);
    if (v !== undefined && v !== null) pts.set(y, v);
  }
  return pts;
}

/** Working-age share per year among gminas that have both real figures, carried flat beyond. */
function shareByYear(ctx: DemoContext, id: string, of: string): Map<number, number> {
  const ratios = new Map<number, number>();
  for (const y of ctx.real.years(id)) {
    let part = 0;
    let whole = 0;
    for (const g of ctx.gminas) {
      const a = ctx.real.get(id, g.code, y);
      const b = ctx.real.get(of, g.code, y);
      if (typeof a === 'number' && typeof b === 'number') {
        part += a;
        whole += b;
      }
    }
    if (whole > 0) ratios.set(y, part / whole);
  }
  if (!ratios.size) return new Map(ctx.years.map((y) => [y, WORKING_AGE_SHARE]));
  return interpolateFactors(ratios, ctx.years);
}

export function generatePopulation(ctx: DemoContext, id: string, shareOf?: string): void {
  const share = shareOf ? shareByYear(ctx, id, shareOf) : undefined;
  for (const g of ctx.gminas) {
    const own = realPoints(ctx, id, g.code);
    for (const y of ctx.years) {
      if (ctx.real.has(id, g.code, y)) continue;
      let value: number;
      if (own.size) value = fillFromOwnTrend(own, y);
      else if (share && shareOf) value = Math.round((ctx.known.get(shareOf, g.code, y) ?? 0) * share.get(y)!);
      else {
        const typical = TYPICAL_POPULATION[g.kind ?? 'rural'] * lognormalFor(0.35, ctx.seed, id, g.code);
        value = Math.round(typical * (1 + TYPICAL_TREND) ** (y - 2014));
      }
      emit(ctx, id, g.code, y, value);
    }
  }
}
