// Indicators published only down to voivodeships (survey figures), and indicators
// that cannot be aggregated at all (shares published as such at each level).
import { roundTo } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { COUNTRY_CODE, LEVELS, type Level } from '#core/territory.ts';
import { emit, fixedValue, type DemoContext } from './context.ts';
import { lognormalFor } from './random.ts';
import type { Recipe } from './recipes.ts';
import { seriesFromPoints } from './series.ts';
import { allocateVoivodeships } from './spread.ts';
import { nationalPoints, stepsPerUnit, wholeNational } from './targets.ts';
import { voivodeshipWeights } from './weights.ts';

type SumRecipe = Extract<Recipe, { method: 'voivodeship-sum' }>;
type MeanRecipe = Extract<Recipe, { method: 'voivodeship-mean' }>;
type ValuesRecipe = Extract<Recipe, { method: 'level-values' }>;

/** Voivodeship values adding up to the national total (real where published). */
export function generateVoivodeshipSum(ctx: DemoContext, ind: Indicator, recipe: SumRecipe, years: number[]): void {
  const pts = nationalPoints(ctx, ind.id, recipe.plan);
  if (!pts.size) return;
  const scale = stepsPerUnit(ind);
  const series = seriesFromPoints(pts, years, { ...recipe.plan, cumulative: recipe.cumulative });
  const national = wholeNational(ctx, ind.id, series, years, scale, recipe.cumulative);
  const weights = voivodeshipWeights(ctx, ind.id);
  const fixed = (v: string, y: number) => {
    const f = fixedValue(ctx, ind.id, v, y);
    return typeof f === 'number' ? Math.round(f * scale) : undefined;
  };
  const voivs = allocateVoivodeships(ctx, {
    id: ind.id,
    years,
    national,
    weight: (v) => weights.get(v)!,
    fixed,
    cumulative: recipe.cumulative,
  });
  for (const [v, byYear] of voivs) for (const [y, steps] of byYear) emit(ctx, ind.id, v, y, steps / scale);
}

/**
 * Voivodeship values of a weighted mean (PES_REV by PES_MKT) whose weighted mean is the
 * national value to its published decimal: regional levels drawn around the national
 * series, shifted together to the national value, then nudged one published step at a
 * time on the heaviest voivodeship until the mean rounds right.
 */
export function generateVoivodeshipMean(ctx: DemoContext, ind: Indicator, recipe: MeanRecipe, years: number[]): void {
  if (ind.aggregation.rule !== 'weighted-mean') return;
  const weightId = ind.aggregation.weight;
  const pts = nationalPoints(ctx, ind.id, recipe.plan);
  if (!pts.size) return;
  const series = seriesFromPoints(pts, years, recipe.plan);
  const step = 10 ** -ind.decimals;
  for (const y of years) {
    const w = ctx.voivodeships.map((v) => ctx.known.get(weightId, v, y));
    if (w.some((x) => typeof x !== 'number')) continue; // no weights that year: the mean is undefined
    const weights = w as number[];
    const total = weights.reduce((s, x) => s + x, 0);
    if (total <= 0) continue;
    const real = fixedValue(ctx, ind.id, COUNTRY_CODE, y);
    const target = roundTo(typeof real === 'number' ? real : series.get(y)!, ind.decimals);
    const locked = ctx.voivodeships.map((v) => typeof fixedValue(ctx, ind.id, v, y) === 'number');
    const values = ctx.voivodeships.map((v, i) =>
      locked[i]
        ? (fixedValue(ctx, ind.id, v, y) as number)
        : target * lognormalFor(recipe.sigma, ctx.seed, ind.id, v) * lognormalFor(recipe.sigma / 5, ctx.seed, ind.id, v, y),
    );
    const mean = (): number => values.reduce((s, x, i) => s + x * weights[i], 0) / total;
    const shift = target - mean();
    const free = values.map((_, i) => i).filter((i) => !locked[i]);
    for (const i of free) values[i] = roundTo(values[i] + (shift * total) / free.reduce((s, k) => s + weights[k], 0), ind.decimals);
    const heaviest = free.reduce((a, b) => (weights[b] > weights[a] ? b : a), free[0]);
    // Each step on the heaviest moves the mean by less than one published step, so the
    // closest mean reached is within half of that of the target and rounds to it.
    while (heaviest !== undefined) {
      const before = values[heaviest];
      const error = mean() - target;
      values[heaviest] = roundTo(before - Math.sign(error) * step, ind.decimals);
      if (Math.abs(mean() - target) >= Math.abs(error)) {
        values[heaviest] = before;
        break;
      }
    }
    ctx.voivodeships.forEach((v, i) => emit(ctx, ind.id, v, y, values[i]));
  }
}

/** Codes of one level. */
function codesAt(ctx: DemoContext, level: Level): string[] {
  if (level === 'country') return [COUNTRY_CODE];
  if (level === 'voivodeship') return ctx.voivodeships;
  if (level === 'powiat') return [...ctx.powiatsOf.values()].flat();
  return ctx.gminas.map((g) => g.code);
}

/**
 * Not-additive values (`none`): the national series, and each lower territory scattered
 * around it. Left alone when real figures already reach the indicator's lowest level
 * (NGO_10K, FSO_10K): such a series is real, and its missing years stay missing.
 */
export function generateLevelValues(ctx: DemoContext, ind: Indicator, recipe: ValuesRecipe, years: number[]): void {
  const lowest = [...LEVELS].reverse().find((l) => ind.levels.includes(l))!;
  const lowestCodes = new Set(codesAt(ctx, lowest));
  for (const { code } of ctx.real.entries(ind.id)) if (lowestCodes.has(code)) return;
  const pts = nationalPoints(ctx, ind.id, recipe.plan);
  if (!pts.size) return;
  const series = seriesFromPoints(pts, years, recipe.plan);
  const max = ind.unit === '%' ? 100 : Infinity;
  for (const level of LEVELS) {
    if (!ind.levels.includes(level)) continue;
    for (const code of codesAt(ctx, level))
      for (const y of years) {
        const national = series.get(y)!;
        const v =
          level === 'country'
            ? national
            : national * lognormalFor(recipe.sigma, ctx.seed, ind.id, code) * lognormalFor(recipe.sigma / 4, ctx.seed, ind.id, code, y);
        emit(ctx, ind.id, code, y, Math.min(max, roundTo(v, ind.decimals)));
      }
  }
}
