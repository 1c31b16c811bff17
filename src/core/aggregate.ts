// The aggregation rules of the indicator catalogue, in one place. The pipeline uses
// them to go gmina → powiat → voivodeship → country, and the tabulation island uses
// them to group rows the visitor chooses; both must give the same numbers.
import type { Indicator } from './catalogue.ts';
import { FLAG, isMissing, isSuppressed, mergeSources, type Cell } from './cells.ts';

/** Cells of the group's members for one indicator id (one entry per member, undefined = missing). */
export type GroupCells = (indicatorId: string) => (Cell | undefined)[];

export class AggregationError extends Error {}

const unionFlags = (cells: (Cell | undefined)[]) => cells.reduce((f, c) => f | (c?.flags ?? 0), 0);

function suppressedCell(cells: (Cell | undefined)[]): Cell {
  return { value: null, flags: unionFlags(cells) | FLAG.suppressed | FLAG.aggregated, source: mergeSources(cells) };
}

/**
 * Sum of the members. One suppressed member makes the total suppressed (a sum that
 * left it out would understate, and one that showed it would disclose it); one
 * missing member makes the total missing rather than silently partial.
 */
export function sumCells(cells: (Cell | undefined)[]): Cell | undefined {
  if (cells.length === 0) return undefined;
  if (cells.some(isSuppressed)) return suppressedCell(cells);
  if (cells.some(isMissing)) return undefined;
  let total = 0;
  for (const c of cells) total += c!.value!;
  return { value: total, flags: unionFlags(cells) | FLAG.aggregated, source: mergeSources(cells) };
}

/** numerator / denominator × multiplier; undefined when either is missing or the denominator is 0. */
export function ratioCell(num: Cell | undefined, den: Cell | undefined, multiplier: number): Cell | undefined {
  const parts = [num, den];
  if (parts.some(isSuppressed)) return { ...suppressedCell(parts), flags: unionFlags(parts) | FLAG.suppressed };
  if (parts.some(isMissing) || den!.value === 0) return undefined;
  return {
    value: (num!.value! / den!.value!) * multiplier,
    flags: unionFlags(parts),
    source: mergeSources(parts),
  };
}

/** Σ value·weight / Σ weight over members that all have both. */
export function weightedMeanCells(values: (Cell | undefined)[], weights: (Cell | undefined)[]): Cell | undefined {
  if (values.length !== weights.length) throw new AggregationError('values and weights must be aligned');
  if (values.length === 0) return undefined;
  const all = [...values, ...weights];
  if (all.some(isSuppressed)) return suppressedCell(all);
  if (all.some(isMissing)) return undefined;
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    num += v!.value! * weights[i]!.value!;
    den += weights[i]!.value!;
  });
  if (den === 0) return undefined;
  return { value: num / den, flags: unionFlags(all) | FLAG.aggregated, source: mergeSources(values) };
}

/**
 * Aggregates a group of territories (or any rows) for one indicator by its rule.
 * Ratios are recomputed from aggregated numerator and denominator (ratio of sums),
 * never as a mean of the members' ratios.
 */
export function aggregate(id: string, catalogue: ReadonlyMap<string, Indicator>, members: GroupCells): Cell | undefined {
  const ind = catalogue.get(id);
  if (!ind) throw new AggregationError(`unknown indicator ${id}`);
  const a = ind.aggregation;
  switch (a.rule) {
    case 'sum':
      return sumCells(members(id));
    case 'ratio': {
      const num = aggregate(a.numerator, catalogue, members);
      const den = aggregate(a.denominator, catalogue, members);
      const cell = ratioCell(num, den, a.multiplier);
      return cell && { ...cell, flags: cell.flags | FLAG.aggregated };
    }
    case 'weighted-mean':
      return weightedMeanCells(members(id), members(a.weight));
    case 'none':
      return undefined;
  }
}

/** Whether a group of several members can be aggregated for this indicator at all. */
export function canAggregate(id: string, catalogue: ReadonlyMap<string, Indicator>): boolean {
  const ind = catalogue.get(id);
  if (!ind) return false;
  const a = ind.aggregation;
  if (a.rule === 'none') return false;
  if (a.rule === 'ratio') return canAggregate(a.numerator, catalogue) && canAggregate(a.denominator, catalogue);
  if (a.rule === 'weighted-mean') return canAggregate(a.weight, catalogue);
  return true;
}

/** Rounds to the indicator's published precision; the portal ranks and compares published values. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
