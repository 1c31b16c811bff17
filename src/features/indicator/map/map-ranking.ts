// The map's panels for the areas shown (the whole country, or a zoomed voivodeship or
// powiat): which data indices are kept, the ranking table's rows and the legend's counts.
import { rankValues } from '#core/rank.ts';
import type { RankRow, YearView } from './map-data.ts';
import type { LevelLabels } from './map-labels.ts';
import { classIndex, type MapScale } from './map-scale.ts';

/** Data indices of the areas shown: all, or those `keep` marks. */
export function keptIndices(count: number, keep: boolean[] | undefined): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (!keep || keep[i]) out.push(i);
  return out;
}

/** Rows of the ranking table; ranks are national, or within the zoomed area when zoomed. */
export function rankRows(codes: string[], view: YearView, kept: number[], zoomed: boolean, labels: LevelLabels): RankRow[] {
  const ranks = zoomed ? rankValues(kept.map((i) => view.values[i])) : view.ranks;
  return kept.map((i, k) => ({
    code: codes[i],
    name: labels.name[i],
    href: labels.href[i],
    value: view.values[i],
    flags: view.flags[i] ?? 0,
    previous: view.previous[i],
    rank: (zoomed ? ranks[k] : ranks[i])?.rank ?? null,
    order: labels.order[i],
  }));
}

/** Number of areas shown in each class of the scale. */
export function classCounts(view: YearView, scale: MapScale, kept: number[]): number[] {
  const c = scale.classes.map(() => 0);
  for (const i of kept) {
    const x = view.values[i];
    if (x !== null) c[classIndex(scale.thresholds, x)]++;
  }
  return c;
}
