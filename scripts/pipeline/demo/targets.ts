// The figures a generated series must meet: real national and voivodeship values,
// plus targets derived from real figures of other indicators (a real REINT total
// fixes the sum of CIS+KIS+ZAZ+WTZ; a real JST_2PCT ratio fixes JST_PES_EXP given
// JST_EXP). Read from the real rows, never listed by hand.
import { roundTo } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { COUNTRY_CODE } from '#core/territory.ts';
import { largestRemainder } from './allocate.ts';
import { InputError } from '#scripts/pipeline/source-row.ts';
import { fixedValue, rowKey, sumUnder, type DemoContext } from './context.ts';
import { RECIPES, type Plan } from './recipes.ts';
import { seriesFromPoints } from './series.ts';
import { floorBelow } from './spread.ts';
import { unitWeights } from './weights.ts';

/** Smallest published step: 1 for counts, 10^decimals otherwise (BGK_LOAN in tenths). */
export const stepsPerUnit = (ind: Indicator): number => (ind.integer ? 1 : 10 ** ind.decimals);

/** National points of a series: the recipe's plausible anchors, replaced by real or derived values. */
export function nationalPoints(ctx: DemoContext, id: string, plan?: Plan): Map<number, number> {
  const pts = new Map<number, number>(Object.entries(plan?.anchors ?? {}).map(([y, v]) => [Number(y), v]));
  for (const table of [ctx.derived, ctx.real])
    for (const y of table.years(id)) {
      const v = table.get(id, COUNTRY_CODE, y);
      if (typeof v === 'number') pts.set(y, v);
    }
  return pts;
}

/**
 * Whole-step national totals: real values as they are, the series rounded elsewhere,
 * never below what the real values inside add up to in the year (so the demo total is
 * recalibrated to them, never the other way round), never decreasing when cumulative.
 */
export function wholeNational(
  ctx: DemoContext,
  id: string,
  series: ReadonlyMap<number, number>,
  years: readonly number[],
  scale: number,
  cumulative = false,
): Map<number, number> {
  const out = new Map<number, number>();
  let previous: number | undefined;
  for (const y of years) {
    const fixed = fixedValue(ctx, id, COUNTRY_CODE, y);
    const floor = floorBelow(ctx, id, COUNTRY_CODE, y, scale);
    let v: number;
    if (ctx.real.has(id, COUNTRY_CODE, y) && typeof fixed === 'number') v = Math.round(fixed * scale);
    // A derived national target (e.g. components of a real composite) gives way to real values inside.
    else if (typeof fixed === 'number') v = Math.max(Math.round(fixed * scale), floor);
    else {
      v = Math.round((series.get(y) ?? 0) * scale);
      const allFixed = ctx.voivodeships.every((w) => typeof fixedValue(ctx, id, w, y) === 'number');
      v = allFixed ? floor : Math.max(v, floor);
      if (cumulative && previous !== undefined) v = Math.max(v, previous);
    }
    out.set(y, v);
    previous = v;
  }
  return out;
}

/**
 * Where a composite (REINT = CIS+KIS+ZAZ+WTZ) has a real value and some components
 * do not, the components' interpolated values there are scaled (largest remainder)
 * so that they add up to it exactly; the results become targets of the components.
 */
export function deriveComponentTargets(ctx: DemoContext, composite: Indicator): void {
  const components = composite.components ?? [];
  for (const { code, year, value } of ctx.real.entries(composite.id)) {
    if (value === null) continue;
    const free = components.filter((c) => typeof ctx.real.get(c, code, year) !== 'number');
    if (!free.length) continue;
    const fixedSum = components.reduce((s, c) => s + (ctx.real.get(c, code, year) ?? 0), 0);
    const residual = value - fixedSum;
    if (residual < 0) {
      const total = ctx.realRows.get(rowKey(composite.id, code, year))!;
      const parts = components
        .map((c) => ctx.realRows.get(rowKey(c, code, year)))
        .filter((r) => r !== undefined)
        .map((r) => `${r.indicator} = ${r.value} at ${r.file}:${r.line}`);
      throw new InputError([
        {
          file: total.file,
          line: total.line,
          value: `${code},${year},${composite.id},${value}`,
          message: `the real components of ${composite.id} add up to ${fixedSum}, more than its real total ${value} (${parts.join('; ')})`,
          fix: 'two real figures contradict each other: correct the total or its components, whichever the source gets wrong',
        },
      ]);
    }
    const expected = free.map((c) => {
      const recipe = RECIPES[c];
      const plan = recipe?.method === 'units' ? recipe.plan : undefined;
      const pts = nationalPoints(ctx, c, plan);
      if (!pts.size) return 0;
      const national = seriesFromPoints(pts, [year], { ...plan, cumulative: recipe?.method === 'units' && recipe.cumulative }).get(year)!;
      if (code === COUNTRY_CODE) return national;
      const w = unitWeights(ctx, c);
      const all = w.reduce((s, x) => s + x, 0);
      const here = (ctx.gminasUnder.get(code) ?? []).reduce((s, i) => s + w[i], 0);
      return all > 0 ? (national * here) / all : 0;
    });
    const parts = largestRemainder(residual, expected);
    free.forEach((c, k) => ctx.derived.set(c, code, year, parts[k]));
  }
}

/**
 * Where a ratio with this numerator has a real value, the numerator there is set so
 * that the ratio comes out at the real value (the denominator being already known).
 */
export function deriveRatioTargets(ctx: DemoContext, numerator: Indicator): void {
  for (const ratio of ctx.catalogue.values()) {
    const a = ratio.aggregation;
    if (a.rule !== 'ratio' || a.numerator !== numerator.id) continue;
    for (const { code, year, value } of ctx.real.entries(ratio.id)) {
      if (value === null || ctx.real.has(numerator.id, code, year)) continue;
      const denominator = sumUnder(ctx, a.denominator, code, year);
      if (denominator === undefined) continue;
      ctx.derived.set(numerator.id, code, year, roundTo((value * denominator) / a.multiplier, numerator.integer ? 0 : numerator.decimals));
    }
  }
}
