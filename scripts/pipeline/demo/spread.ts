// Top-down allocation: national total → voivodeships → gminas, meeting every real (or
// derived) figure on the way exactly. Values here are whole numbers in the smallest
// published step (units, or tenths for an indicator with one decimal).
import { largestRemainder } from './allocate.ts';
import { fixedValue, type DemoContext } from './context.ts';
import { interpolateFactors } from './series.ts';

export interface VoivodeshipPlan {
  id: string;
  years: readonly number[];
  /** Whole-number national total per year. */
  national: ReadonlyMap<number, number>;
  weight: (voivodeship: string, year: number) => number;
  /** Real (or derived) voivodeship value, already in whole steps. */
  fixed: (voivodeship: string, year: number) => number | undefined;
  cap?: (voivodeship: string, year: number) => number;
  /** Never decreasing: years after the first only add to each voivodeship. */
  cumulative?: boolean;
}

/**
 * Voivodeship totals per year. A voivodeship with a real value gets exactly it; the
 * remainder goes to the others by weight. So that a single real year does not make a
 * jump, its real/expected ratio is carried to the other years as a weight factor
 * (interpolated between real years, flat outside).
 */
export function allocateVoivodeships(ctx: DemoContext, p: VoivodeshipPlan): Map<string, Map<number, number>> {
  const voivs = ctx.voivodeships;
  const factor = new Map<string, Map<number, number>>();
  for (const v of voivs) {
    const ratios = new Map<number, number>();
    for (const y of p.years) {
      const f = p.fixed(v, y);
      if (f === undefined) continue;
      const all = voivs.reduce((s, u) => s + p.weight(u, y), 0);
      const expected = all > 0 ? ((p.national.get(y) ?? 0) * p.weight(v, y)) / all : 0;
      if (expected > 0 && f > 0) ratios.set(y, f / expected);
    }
    factor.set(v, interpolateFactors(ratios, p.years));
  }
  const out = new Map(voivs.map((v) => [v, new Map<number, number>()]));
  let previous: Map<string, number> | undefined;
  let previousTotal = 0;
  for (const y of p.years) {
    const total = p.national.get(y)!;
    const fixed = voivs.filter((v) => p.fixed(v, y) !== undefined);
    const free = voivs.filter((v) => p.fixed(v, y) === undefined);
    let rest = total;
    for (const v of fixed) rest -= p.fixed(v, y)!;
    if (rest < 0) throw new Error(`${p.id} ${y}: real voivodeship values add up to more than the national total ${total}`);
    if (!free.length && rest !== 0) throw new Error(`${p.id} ${y}: real voivodeship values do not add up to the national total ${total}`);
    const weights = free.map((v) => p.weight(v, y) * factor.get(v)!.get(y)!);
    const caps = p.cap ? free.map((v) => p.cap!(v, y)) : undefined;
    let parts = free.length ? largestRemainder(rest, weights, caps) : [];
    if (p.cumulative && previous !== undefined && total >= previousTotal) {
      // Never below last year: the year's growth goes to where the proportional split
      // is ahead of what each voivodeship already has (so the split stays proportional).
      const before = free.map((v) => previous!.get(v)!);
      for (const v of fixed)
        if (p.fixed(v, y)! < previous.get(v)!)
          throw new Error(`${p.id} ${y}: the real value of ${v} is below the year before, but the series is cumulative`);
      const growth = rest - before.reduce((s, b) => s + b, 0);
      if (growth < 0)
        throw new Error(`${p.id} ${y}: real voivodeship values leave less than last year for the others, but the series is cumulative`);
      const behind = parts.map((x, i) => Math.max(0, x - before[i]));
      const room = caps?.map((c, i) => c - before[i]);
      const added = largestRemainder(growth, behind.some((b) => b > 0) ? behind : weights, room);
      parts = before.map((b, i) => b + added[i]);
    }
    const year = new Map<string, number>();
    for (const v of fixed) year.set(v, p.fixed(v, y)!);
    free.forEach((v, i) => year.set(v, parts[i]));
    for (const [v, value] of year) out.get(v)!.set(y, value);
    previous = year;
    previousTotal = total;
  }
  return out;
}

/** Spreads `total` over the gminas in `pool` (positions in ctx.gminas); returns parts aligned with pool. */
export type Spread = (pool: number[], total: number, year: number) => number[];

/**
 * A voivodeship's total over its gminas. Powiats and gminas with a real (or derived)
 * value keep it and are left out of the pool; the rest of the total is spread over
 * the others. Returns generated whole-step values by gmina position.
 */
export function spreadOverGminas(
  ctx: DemoContext,
  id: string,
  voivodeship: string,
  year: number,
  total: number,
  scale: number,
  spread: Spread,
): Map<number, number> {
  const out = new Map<number, number>();
  const fixedSteps = (code: string) => {
    const f = fixedValue(ctx, id, code, year);
    return f === undefined ? undefined : Math.round((f ?? 0) * scale);
  };
  const fill = (code: string, amount: number, skipPowiats: boolean) => {
    let rest = amount;
    const pool: number[] = [];
    const inFixedPowiat = new Set<number>();
    if (!skipPowiats)
      for (const p of ctx.powiatsOf.get(code) ?? []) {
        const f = fixedSteps(p);
        if (f === undefined) continue;
        fill(p, f, true);
        rest -= f;
        for (const i of ctx.gminasUnder.get(p) ?? []) inFixedPowiat.add(i);
      }
    for (const i of ctx.gminasUnder.get(code) ?? []) {
      if (inFixedPowiat.has(i)) continue;
      const f = fixedSteps(ctx.gminas[i].code);
      if (f === undefined) pool.push(i);
      else rest -= f;
    }
    if (rest < 0) throw new Error(`${id} ${year}: real values within ${code} add up to more than its total`);
    if (!pool.length) {
      if (rest !== 0) throw new Error(`${id} ${year}: real values within ${code} do not add up to its total`);
      return;
    }
    const parts = spread(pool, rest, year);
    pool.forEach((i, k) => out.set(i, parts[k]));
  };
  fill(voivodeship, total, false);
  return out;
}
