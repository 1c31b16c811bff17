// Top-down allocation: national total → voivodeships → gminas, meeting every real (or
// derived) figure on the way exactly. Values here are whole numbers in the smallest
// published step (units, or tenths for an indicator with one decimal).
import { pushAll } from '#core/arrays.ts';
import { COUNTRY_CODE } from '#core/territory.ts';
import type { InputProblem, SourceRow } from '#scripts/pipeline/source-row.ts';
import { largestRemainder } from './allocate.ts';
import { fixedValue, gminaExisted, rowKey, type DemoContext } from './context.ts';
import { interpolateFactors } from './series.ts';

/** Codes one level below: voivodeships of the country, powiats of a voivodeship, gminas (that existed) of a powiat. */
function childCodes(ctx: DemoContext, code: string, year: number): string[] {
  if (code === COUNTRY_CODE) return ctx.voivodeships;
  const powiats = ctx.powiatsOf.get(code);
  if (powiats) return powiats;
  if (code.length !== 4) return [];
  return (ctx.gminasUnder.get(code) ?? []).filter((i) => gminaExisted(ctx, i, year)).map((i) => ctx.gminas[i].code);
}

/**
 * The least whole-step total the fixed (real or derived) values below `code` force on
 * it: each child counts with its own fixed value, or else with what is fixed below it.
 * A generated total is never allowed under this, so a real figure never loses to a
 * demonstration one.
 */
export function floorBelow(ctx: DemoContext, id: string, code: string, year: number, scale: number): number {
  let sum = 0;
  for (const child of childCodes(ctx, code, year)) {
    const f = fixedValue(ctx, id, child, year);
    sum += f === undefined ? floorBelow(ctx, id, child, year, scale) : Math.round((f ?? 0) * scale);
  }
  return sum;
}

/** The nearest real rows below `code`: a child's own real row, or else the real rows below that child. */
function realRowsBelow(ctx: DemoContext, id: string, code: string, year: number): SourceRow[] {
  const out: SourceRow[] = [];
  for (const child of childCodes(ctx, code, year)) {
    const row = ctx.realRows.get(rowKey(id, child, year));
    if (row) out.push(row);
    else pushAll(out, realRowsBelow(ctx, id, child, year));
  }
  return out;
}

const where = (r: SourceRow) => `${r.file}:${r.line}`;

/**
 * Two real figures that cannot both hold: real values inside a territory that add up to
 * more than its own real total. Reported at the total's row, naming the rows inside.
 */
export function realSumConflicts(ctx: DemoContext, id: string): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const { code, year, value } of ctx.real.entries(id)) {
    if (value === null || code.length === 7) continue;
    const rows = realRowsBelow(ctx, id, code, year);
    const below = rows.reduce((s, r) => s + (r.value ?? 0), 0);
    if (below <= value + 1e-9) continue;
    const total = ctx.realRows.get(rowKey(id, code, year))!;
    const named = rows.filter((r) => r.value).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
    const list = named.slice(0, 5).map((r) => `${r.code} = ${r.value} at ${where(r)}`);
    if (named.length > 5) list.push(`and ${named.length - 5} more`);
    problems.push({
      file: total.file,
      line: total.line,
      value: `${code},${year},${id},${value}`,
      message: `the real ${id} values inside ${code} in ${year} add up to ${below}, more than its real total ${value} (${list.join('; ')})`,
      fix: 'two real figures contradict each other: correct the total or the values inside it, whichever the source gets wrong',
    });
  }
  return problems;
}

/**
 * Largest remainder, then every member below its floor is set to the floor and the
 * rest is shared again among the others, until no member is below. Where no floor
 * binds the result is exactly largestRemainder's. A floor beats a cap.
 */
export function withFloors(total: number, weights: readonly number[], floors: readonly number[], caps?: readonly number[]): number[] {
  const raisedCaps = caps?.map((c, i) => Math.max(c, floors[i]));
  const locked = new Set<number>();
  for (;;) {
    const open = weights.map((_, i) => i).filter((i) => !locked.has(i));
    const rest = total - [...locked].reduce((s, i) => s + floors[i], 0);
    const parts = largestRemainder(
      rest,
      open.map((i) => weights[i]),
      raisedCaps && open.map((i) => raisedCaps[i]),
    );
    const out = new Array<number>(weights.length).fill(0);
    for (const i of locked) out[i] = floors[i];
    open.forEach((i, k) => (out[i] = parts[k]));
    const below = open.filter((i) => out[i] < floors[i]);
    if (!below.length) return out;
    for (const i of below) locked.add(i);
  }
}

export interface VoivodeshipPlan {
  id: string;
  years: readonly number[];
  /** Whole-number national total per year. */
  national: ReadonlyMap<number, number>;
  weight: (voivodeship: string, year: number) => number;
  /** Real (or derived) voivodeship value, already in whole steps. */
  fixed: (voivodeship: string, year: number) => number | undefined;
  cap?: (voivodeship: string, year: number) => number;
  /** The least a voivodeship without a fixed value may get: what real values inside it add up to. */
  floor?: (voivodeship: string, year: number) => number;
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
    const floors = free.map((v) => p.floor?.(v, y) ?? 0);
    if (rest < floors.reduce((s, f) => s + f, 0))
      throw new Error(`${p.id} ${y}: real values add up to more than the national total ${total}`);
    const weights = free.map((v) => p.weight(v, y) * factor.get(v)!.get(y)!);
    const caps = p.cap ? free.map((v) => p.cap!(v, y)) : undefined;
    // With every voivodeship real there is nothing to generate; a national total that
    // differs from their sum is listed in checks.json like any other.
    let parts = free.length ? withFloors(rest, weights, floors, caps) : [];
    const before = previous && free.map((v) => previous!.get(v)!);
    const growth = before ? rest - before.reduce((s, b) => s + b, 0) : -1;
    // Never below last year, unless real values this year leave too little for that:
    // a real figure is never refused because of a demonstration one.
    const keepsGrowing = before && growth >= 0 && total >= previousTotal && fixed.every((v) => p.fixed(v, y)! >= previous!.get(v)!);
    if (p.cumulative && before && keepsGrowing) {
      // The year's growth goes to where the proportional split is ahead of what each
      // voivodeship already has (so the split stays proportional).
      const behind = parts.map((x, i) => Math.max(0, x - before[i]));
      const room = caps?.map((c, i) => Math.max(c, floors[i]) - before[i]);
      const added = largestRemainder(growth, behind.some((b) => b > 0) ? behind : weights, room);
      const grown = before.map((b, i) => b + added[i]);
      if (grown.every((x, i) => x >= floors[i])) parts = grown;
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
    const existed = (i: number) => gminaExisted(ctx, i, year);
    if (!skipPowiats)
      for (const p of ctx.powiatsOf.get(code) ?? []) {
        const f = fixedSteps(p);
        if (f === undefined) continue;
        fill(p, f, true);
        rest -= f;
        for (const i of ctx.gminasUnder.get(p) ?? []) inFixedPowiat.add(i);
      }
    for (const i of ctx.gminasUnder.get(code) ?? []) {
      if (inFixedPowiat.has(i) || !existed(i)) continue;
      const f = fixedSteps(ctx.gminas[i].code);
      if (f === undefined) pool.push(i);
      else rest -= f;
    }
    if (rest < 0) throw new Error(`${id} ${year}: real values within ${code} add up to more than its total`);
    // All inside are real: a total that differs from their sum is listed in checks.json.
    if (!pool.length) return;
    const parts = spread(pool, rest, year);
    pool.forEach((i, k) => out.set(i, parts[k]));
  };
  fill(voivodeship, total, false);
  return out;
}
