// Where things are likely to be: weights per gmina and voivodeship. Fixed across
// years (a gmina's population over the release years, times a propensity drawn once),
// so allocations move smoothly over time instead of reshuffling every year.
import { type DemoContext } from './context.ts';
import { lognormalFor } from './random.ts';
import { KIND_BIAS, PROPENSITY_SIGMA } from './recipes.ts';

const cache = new WeakMap<DemoContext, Map<string, number[]>>();
function memo(ctx: DemoContext, key: string, make: () => number[]): number[] {
  let m = cache.get(ctx);
  if (!m) cache.set(ctx, (m = new Map()));
  let v = m.get(key);
  if (!v) m.set(key, (v = make()));
  return v;
}

/** Mean population of each gmina over the release years (POP must be complete). */
export const referencePopulation = (ctx: DemoContext): number[] =>
  memo(ctx, 'pop', () =>
    ctx.gminas.map((g) => {
      let s = 0;
      let n = 0;
      for (const y of ctx.years) {
        const v = ctx.known.get('POP', g.code, y);
        if (typeof v === 'number') {
          s += v;
          n++;
        }
      }
      return n ? s / n : 1000;
    }),
  );

/**
 * How inclined a gmina is to have this kind of thing, beyond its size: lognormal, with
 * a part shared by all indicators (an active local sector has more of everything).
 */
export const propensity = (ctx: DemoContext, id: string): number[] =>
  memo(ctx, `propensity|${id}`, () =>
    ctx.gminas.map(
      (g) => lognormalFor(PROPENSITY_SIGMA.shared, ctx.seed, 'shared', g.code) * lognormalFor(PROPENSITY_SIGMA.own, ctx.seed, id, g.code),
    ),
  );

/** Weight of each gmina for whole units: population × town bias × propensity. */
export const unitWeights = (ctx: DemoContext, id: string): number[] =>
  memo(ctx, `units|${id}`, () => {
    const pop = referencePopulation(ctx);
    const p = propensity(ctx, id);
    return ctx.gminas.map((g, i) => pop[i] * KIND_BIAS[g.kind ?? 'rural'] * p[i]);
  });

/**
 * Weights that follow another indicator: its gmina values summed over the years, plus
 * a small population-based share so that a gmina without any still has a slight chance.
 */
export const weightsFrom = (ctx: DemoContext, source: string): number[] =>
  memo(ctx, `from|${source}`, () => {
    const pop = referencePopulation(ctx);
    const meanPop = pop.reduce((s, x) => s + x, 0) / Math.max(1, pop.length);
    return ctx.gminas.map((g, i) => ctx.years.reduce((s, y) => s + (ctx.known.get(source, g.code, y) ?? 0), 0) + (0.02 * pop[i]) / meanPop);
  });

/** Sum of per-gmina weights within each voivodeship. */
export function voivodeshipSums(ctx: DemoContext, weights: readonly number[]): Map<string, number> {
  return new Map(ctx.voivodeships.map((v) => [v, (ctx.gminasUnder.get(v) ?? []).reduce((s, i) => s + weights[i], 0)]));
}

/** Voivodeship weights for survey figures: population × a modest regional factor. */
export function voivodeshipWeights(ctx: DemoContext, id: string): Map<string, number> {
  const pop = voivodeshipSums(ctx, referencePopulation(ctx));
  return new Map(ctx.voivodeships.map((v) => [v, pop.get(v)! * lognormalFor(0.2, ctx.seed, id, v)]));
}
