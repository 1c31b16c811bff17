// "What changed since the last release": values revised for earlier years, indicators
// new or retired, and territorial changes in the period. Compares two built releases
// cell by cell on the years they share; a revision is any change of the published value
// (missing, confidential and number are three different states).
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, valueStatus } from '#core/cells.ts';
import type { CodeChange } from '#core/geo-register.ts';
import type { PublishedState, ReleaseChanges, Revision } from '#core/data-types.ts';
import { LEVELS, type Level } from '#core/territory.ts';
import { publishedValue, type BuildResult } from './build-release.ts';

export type { PublishedState, Revision, ReleaseChanges };

function state(build: BuildResult, level: Level, ind: Indicator, yi: number, ti: number): PublishedState {
  const cell = build.levels[level].cells[ind.id]?.[yi]?.[ti];
  if (cell && (cell.flags & FLAG.suppressed) !== 0) return 'suppressed';
  return publishedValue(cell, ind);
}

const hasData = (build: BuildResult, id: string) =>
  LEVELS.some((l) => build.levels[l].cells[id]?.some((row) => row.some((c) => c !== undefined)));

export function diffReleases(
  ids: { release: string; previous: string },
  prev: BuildResult,
  next: BuildResult,
  catalogue: Indicator[],
  history: CodeChange[],
  period: { from: string; to: string },
): ReleaseChanges {
  const revisions: Revision[] = [];
  const shared = next.years.filter((y) => prev.years.includes(y));
  for (const level of LEVELS) {
    const a = prev.levels[level];
    const b = next.levels[level];
    const prevIndex = new Map(a.codes.map((c, i) => [c, i]));
    for (const ind of catalogue) {
      if (!b.cells[ind.id] && !a.cells[ind.id]) continue;
      for (const year of shared) {
        const ya = prev.years.indexOf(year);
        const yb = next.years.indexOf(year);
        b.codes.forEach((code, tb) => {
          const ta = prevIndex.get(code);
          const before = ta === undefined ? null : state(prev, level, ind, ya, ta);
          const after = state(next, level, ind, yb, tb);
          if (before === after) return;
          // A value that disappeared counts as demo when the old one was demo.
          const flags = (b.cells[ind.id]?.[yb]?.[tb]?.flags ?? 0) | (ta === undefined ? 0 : (a.cells[ind.id]?.[ya]?.[ta]?.flags ?? 0));
          revisions.push({
            code,
            level,
            indicator: ind.id,
            year,
            old: before,
            new: after,
            demo: (flags & FLAG.demo) !== 0,
            oldStatus: valueStatus(ta === undefined ? undefined : a.cells[ind.id]?.[ya]?.[ta]),
            newStatus: valueStatus(b.cells[ind.id]?.[yb]?.[tb]),
          });
        });
      }
    }
  }
  const summary: ReleaseChanges['summary'] = {};
  for (const r of revisions) {
    const s = (summary[r.indicator] ??= { real: 0, demo: 0 });
    if (r.demo) s.demo++;
    else s.real++;
  }
  return {
    release: ids.release,
    previous: ids.previous,
    newIndicators: catalogue.filter((i) => hasData(next, i.id) && !hasData(prev, i.id)).map((i) => i.id),
    retiredIndicators: catalogue.filter((i) => hasData(prev, i.id) && !hasData(next, i.id)).map((i) => i.id),
    // TERC rows say until when an old code was still valid; a "created" row has no date.
    territorialChanges: history.filter(
      (h) => (h.change === 'created' && !h.validUntil) || (h.validUntil >= period.from && h.validUntil < period.to),
    ),
    revisions,
    summary: Object.fromEntries(Object.entries(summary).sort(([x], [y]) => x.localeCompare(y))),
  };
}
