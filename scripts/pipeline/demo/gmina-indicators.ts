// Sum indicators that exist down to gminas: national total per year → voivodeships →
// gminas. Whole units (CIS, cooperatives, 0/1 flags) go out as sparse, sticky slots;
// amounts (persons served, spending) in proportion to what each gmina is expected to have.
import type { Indicator } from '#core/catalogue.ts';
import { COUNTRY_CODE } from '#core/territory.ts';
import { largestRemainder, poissonSlots, unitSlots, type Cap, type SlotOrder } from './allocate.ts';
import { emit, fixedValue, gminaExisted, sumUnder, type DemoContext } from './context.ts';
import { lognormalFor, rngFor, uniformFor } from './random.ts';
import type { Recipe } from './recipes.ts';
import { calibratedSeries, seriesFromPoints } from './series.ts';
import { allocateVoivodeships, floorBelow, spreadOverGminas, type Spread } from './spread.ts';
import { nationalPoints, stepsPerUnit, wholeNational } from './targets.ts';
import { referencePopulation, unitWeights, voivodeshipSums, weightsFrom } from './weights.ts';
import { maxOf } from '#core/arrays.ts';

type UnitsRecipe = Extract<Recipe, { method: 'units' }>;
type AmountsRecipe = Extract<Recipe, { method: 'amounts' }>;
type BinaryRecipe = Extract<Recipe, { method: 'binary' }>;

/** Spread over a voivodeship's gminas through one slot order per voivodeship. */
function slotSpread(ctx: DemoContext, makeOrder: (members: number[]) => SlotOrder, cap?: (gmina: number, year: number) => number): Spread {
  const orders = new Map<string, { members: number[]; local: Map<number, number>; order: SlotOrder }>();
  return (pool, total, year) => {
    const voiv = ctx.gminas[pool[0]].code.slice(0, 2);
    let o = orders.get(voiv);
    if (!o) {
      const members = ctx.gminasUnder.get(voiv)!;
      o = { members, local: new Map(members.map((g, k) => [g, k])), order: makeOrder(members) };
      orders.set(voiv, o);
    }
    const mask = new Array<boolean>(o.members.length).fill(false);
    for (const g of pool) mask[o.local.get(g)!] = true;
    const members = o.members;
    const localCap: Cap | undefined = cap && ((m) => cap(members[m], year));
    const counts = o.order.take(total, mask, localCap);
    return pool.map((g) => counts[o!.local.get(g)!]);
  };
}

/** Voivodeship totals, then gminas; emits gmina rows and returns the voivodeship totals (whole steps). */
function allocateDown(
  ctx: DemoContext,
  ind: Indicator,
  years: number[],
  national: Map<number, number>,
  voivWeight: (v: string, y: number) => number,
  spread: Spread,
  opts: {
    cumulative?: boolean;
    voivCap?: (v: string, y: number) => number;
    gminaValue?: (gmina: number, year: number, value: number) => number | null;
  } = {},
): Map<string, Map<number, number>> {
  const scale = stepsPerUnit(ind);
  const fixed = (v: string, y: number) => {
    const f = fixedValue(ctx, ind.id, v, y);
    return typeof f === 'number' ? Math.round(f * scale) : undefined;
  };
  const voivs = allocateVoivodeships(ctx, {
    id: ind.id,
    years,
    national,
    weight: voivWeight,
    fixed,
    cap: opts.voivCap,
    floor: (v, y) => floorBelow(ctx, ind.id, v, y, scale),
    cumulative: opts.cumulative,
  });
  for (const v of ctx.voivodeships)
    for (const y of years) {
      const parts = spreadOverGminas(ctx, ind.id, v, y, voivs.get(v)!.get(y)!, scale, spread);
      for (const [g, steps] of parts) {
        const value = steps / scale;
        emit(ctx, ind.id, ctx.gminas[g].code, y, opts.gminaValue ? opts.gminaValue(g, y, value) : value);
      }
    }
  return voivs;
}

export function generateUnits(ctx: DemoContext, ind: Indicator, recipe: UnitsRecipe, years: number[]): void {
  const plan = recipe.plan;
  if (recipe.within) {
    const parent = recipe.within.parent;
    const parentAt = (code: string, y: number) => sumUnder(ctx, parent, code, y) ?? 0;
    const prior = new Map(years.map((y) => [y, recipe.within!.share * parentAt(COUNTRY_CODE, y)]));
    const series = calibratedSeries(prior, nationalPoints(ctx, ind.id, plan), years);
    const national = wholeNational(ctx, ind.id, series, years, 1);
    // Active within registered, unless real values inside need more: a real figure wins.
    for (const y of years)
      national.set(y, Math.max(Math.min(national.get(y)!, parentAt(COUNTRY_CODE, y)), floorBelow(ctx, ind.id, COUNTRY_CODE, y, 1)));
    const parentCount = (g: number, y: number) => ctx.known.get(parent, ctx.gminas[g].code, y) ?? 0;
    const spread = slotSpread(
      ctx,
      (members) =>
        unitSlots(
          members.map((g) => Math.max(0, maxOf(ctx.years.map((y) => parentCount(g, y))))),
          (m, rank) => uniformFor(ctx.seed, ind.id, ctx.gminas[members[m]].code, rank),
        ),
      parentCount,
    );
    allocateDown(ctx, ind, years, national, (v, y) => parentAt(v, y), spread, { voivCap: (v, y) => parentAt(v, y) });
    return;
  }
  const pts = nationalPoints(ctx, ind.id, plan);
  if (!pts.size) return; // nothing real and no documented base: no demo values either
  const series = seriesFromPoints(pts, years, { ...plan, cumulative: recipe.cumulative });
  const national = wholeNational(ctx, ind.id, series, years, stepsPerUnit(ind), recipe.cumulative);
  const weights = recipe.weightFrom ? weightsFrom(ctx, recipe.weightFrom) : unitWeights(ctx, ind.id);
  const voivWeights = voivodeshipSums(ctx, weights);
  const spread = slotSpread(ctx, (members) =>
    poissonSlots(
      members.map((g) => weights[g]),
      (m) => rngFor(ctx.seed, ind.id, 'slots', ctx.gminas[members[m]].code),
    ),
  );
  allocateDown(ctx, ind, years, national, (v) => voivWeights.get(v)!, spread, { cumulative: recipe.cumulative });
}

/** 0/1 per gmina with a share that grows; a gmina keeps its 1 (cumulative slots, one per gmina). */
export function generateBinary(ctx: DemoContext, ind: Indicator, recipe: BinaryRecipe, years: number[]): void {
  const share = seriesFromPoints(new Map(Object.entries(recipe.share).map(([y, s]) => [Number(y), s])), years, { damping: 0 });
  const national = wholeNational(ctx, ind.id, new Map(years.map((y) => [y, share.get(y)! * ctx.gminas.length])), years, 1, true);
  const pop = referencePopulation(ctx);
  // Larger gminas are likelier to have a designated unit, but far from proportionally.
  const weights = ctx.gminas.map((g, i) => Math.sqrt(pop[i]) * lognormalFor(0.5, ctx.seed, ind.id, g.code));
  const voivWeights = voivodeshipSums(ctx, weights);
  const spread = slotSpread(
    ctx,
    (members) =>
      poissonSlots(
        members.map((g) => weights[g]),
        (m) => rngFor(ctx.seed, ind.id, 'slots', ctx.gminas[members[m]].code),
      ),
    () => 1,
  );
  allocateDown(ctx, ind, years, national, (v) => voivWeights.get(v)!, spread, {
    cumulative: true,
    voivCap: (v, y) => ctx.gminasUnder.get(v)!.filter((g) => gminaExisted(ctx, g, y)).length,
  });
}

/** Expected amount per gmina and year from the recipe (unscaled, catalogue units). */
function expectation(ctx: DemoContext, ind: Indicator, recipe: AmountsRecipe): (g: number, y: number) => number {
  const pop = referencePopulation(ctx);
  const factor = ctx.gminas.map((g, i) => {
    const band = recipe.zeroIfSmall?.find((b) => pop[i] < b.population);
    if (band && uniformFor(ctx.seed, ind.id, 'none', g.code) < band.chance) return 0;
    return lognormalFor(recipe.sigma, ctx.seed, ind.id, g.code);
  });
  return (g, y) => {
    const code = ctx.gminas[g].code;
    let e = 0;
    for (const [base, per] of Object.entries(recipe.perUnit)) e += per * (ctx.known.get(base, code, y) ?? 0);
    const growth = recipe.growth ? (1 + recipe.growth.rate) ** (y - recipe.growth.baseYear) : 1;
    return e * growth * factor[g];
  };
}

export function generateAmounts(ctx: DemoContext, ind: Indicator, recipe: AmountsRecipe, years: number[]): void {
  const bases = Object.keys(recipe.perUnit);
  const first = ctx.gminas[0]?.code;
  // Only years in which the bases exist (persons employed need cooperatives that year).
  years = years.filter((y) => bases.every((b) => ctx.known.has(b, first, y)));
  const scale = stepsPerUnit(ind);
  const expected = expectation(ctx, ind, recipe);
  const prior = new Map(years.map((y) => [y, ctx.gminas.reduce((s, _g, i) => s + expected(i, y), 0)]));
  const series = calibratedSeries(prior, nationalPoints(ctx, ind.id), years);
  const national = wholeNational(ctx, ind.id, series, years, scale);
  const voivWeight = (v: string, y: number) => (ctx.gminasUnder.get(v) ?? []).reduce((s, i) => s + expected(i, y), 0);
  const spread: Spread = (pool, total, y) =>
    largestRemainder(
      total,
      pool.map((g) => expected(g, y)),
    );
  const units = (g: number, y: number) => bases.reduce((s, b) => s + (ctx.known.get(b, ctx.gminas[g].code, y) ?? 0), 0);
  const below = recipe.suppressBelow;
  const voivs = allocateDown(ctx, ind, years, national, voivWeight, spread, {
    gminaValue: below ? (g, y, value) => (units(g, y) > 0 && units(g, y) < below ? null : value) : undefined,
  });
  if (recipe.voivodeshipRows) for (const [v, byYear] of voivs) for (const [y, steps] of byYear) emit(ctx, ind.id, v, y, steps / scale);
}

/** REINT = CIS + KIS + ZAZ + WTZ in every gmina (the components were made to meet its real totals). */
export function generateComposite(ctx: DemoContext, ind: Indicator): void {
  const components = ind.components ?? [];
  for (const y of ctx.years)
    for (const g of ctx.gminas) {
      let s = 0;
      for (const c of components) {
        const v = ctx.known.get(c, g.code, y);
        if (v === undefined || v === null) {
          s = NaN;
          break;
        }
        s += v;
      }
      if (!Number.isNaN(s)) emit(ctx, ind.id, g.code, y, s);
    }
}
