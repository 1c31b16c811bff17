// The shipped coverage file against an independent count over the shipped territory files.
// Written without the pipeline's modules and without src/core/coverage.ts or cells.ts:
// statuses are read straight from the documented flag bits of the territory JSON (README:
// 1 demo, 2 suppressed = confidential, 4 estimate, 8 provisional), so a bug in the code
// that computes coverage cannot hide itself. Reads the pipeline's output folder:
// MES_DATA_DIR, or public/data (which `npm test` regenerates first with `npm run data`).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoverageFile, TerritoryFile } from '#core/data-types.ts';

const DATA = process.env.MES_DATA_DIR || path.join('public', 'data');
const read = <T>(...parts: string[]): T => JSON.parse(fs.readFileSync(path.join(DATA, ...parts), 'utf8')) as T;

type Status = 'real' | 'demo' | 'estimate' | 'provisional' | 'confidential' | 'missing';
const DEMO = 1;
const SUPPRESSED = 2;
const ESTIMATE = 4;
const PROVISIONAL = 8;

interface YearTally {
  counts: Partial<Record<Status, number>>;
  sources: Record<string, number>;
}

function statusOf(value: number | null, flags: number): Status {
  if (flags & SUPPRESSED) return 'confidential';
  if (value === null) return 'missing';
  if (flags & DEMO) return 'demo';
  if (flags & ESTIMATE) return 'estimate';
  if (flags & PROVISIONAL) return 'provisional';
  return 'real';
}

/** indicator@level → per year: status → count, and source → count for the real, estimate and provisional values. */
function countTerritoryFiles(release: string) {
  const indicators = read<{ id: string; levels: string[] }[]>(release, 'indicators.json');
  const tally = new Map<string, YearTally[]>();
  let years: number[] = [];
  for (const name of fs.readdirSync(path.join(DATA, release, 'territory'))) {
    const tf = read<TerritoryFile>(release, 'territory', name);
    years = tf.years;
    for (const ind of indicators) {
      if (!ind.levels.includes(tf.territory.level)) continue;
      const key = `${ind.id}@${tf.territory.level}`;
      const perYear = tally.get(key) ?? tf.years.map((): YearTally => ({ counts: {}, sources: {} }));
      tally.set(key, perYear);
      const series = tf.series[ind.id];
      tf.years.forEach((_, yi) => {
        const status = statusOf(series?.v[yi] ?? null, series?.f?.[yi] ?? 0);
        const slot = perYear[yi];
        slot.counts[status] = (slot.counts[status] ?? 0) + 1;
        if (status === 'real' || status === 'estimate' || status === 'provisional') {
          const s = typeof series!.s === 'string' ? series!.s : series!.s?.[yi];
          for (const id of (s ?? '').split('+').filter(Boolean)) slot.sources[id] = (slot.sources[id] ?? 0) + 1;
        }
      });
    }
  }
  return { years, tally };
}

const releases = read<{ releases: string[] }>('releases.json').releases;

describe.each(releases)('coverage.json of release %s', (release) => {
  it('equals an independent count of statuses and sources over the shipped territory files', () => {
    const shipped = read<CoverageFile>(release, 'coverage.json');
    const { years, tally } = countTerritoryFiles(release);
    expect(shipped.release).toBe(release);
    expect(shipped.years).toEqual(years);
    expect(shipped.entries.map((e) => `${e.indicator}@${e.level}`).sort()).toEqual([...tally.keys()].sort());
    for (const e of shipped.entries) {
      const expected = tally.get(`${e.indicator}@${e.level}`)!;
      e.years.forEach((y, yi) => {
        const nonZero = Object.fromEntries(Object.entries(y.counts).filter(([, n]) => n > 0));
        expect(nonZero, `${e.indicator} ${e.level} ${years[yi]} counts`).toEqual(expected[yi].counts);
        expect(y.sources, `${e.indicator} ${e.level} ${years[yi]} sources`).toEqual(expected[yi].sources);
      });
    }
  });
});
