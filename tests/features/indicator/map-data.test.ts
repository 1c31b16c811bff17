// Level data of the map island (src/features/indicator/map/map-data.ts): the per-level cache, per-year views,
// counts, the histogram, and the levels an indicator is mapped at.
import { describe, expect, it } from 'vitest';
import type { LevelFile } from '#core/data-types.ts';
import {
  histogram,
  latestYearIndex,
  LevelCache,
  stateCounts,
  summarise,
  yearView,
  type NameItem,
} from '#features/indicator/map/map-data.ts';
import { defaultLevel, mapLevels } from '#features/indicator/map/map-levels.ts';
import { hrefOfCode } from '#features/indicator/map/map-labels.ts';
import { levelCount } from '#features/indicator/map/map-text.ts';
import { DATA_FILE, dataPath, overviewTopologyPath, topologyPath } from '#core/urls.ts';
import { OVERVIEW_FORMAT } from '#features/indicator/map/map-overview.ts';

const overview = {
  format: OVERVIEW_FORMAT,
  level: 'gmina',
  grid: 4,
  tolerance: 6,
  errorUnits: 8.8,
  lengths: [],
  coords: [],
  geometries: [],
};

const file: LevelFile = {
  release: '2024',
  level: 'gmina',
  years: [2021, 2022, 2023, 2024],
  codes: ['0201011', '0201022', '0201032'],
  values: {
    X: [
      [1, 5, null],
      [null, null, null],
      [3, null, 2],
      [null, null, null],
    ],
  },
  flags: {
    X: [
      [1, 1, 0],
      [0, 0, 0],
      [1, 2, 1],
      [0, 0, 0],
    ],
  },
};

describe('LevelCache', () => {
  it('fetches each level file once, however often a level is asked for', async () => {
    const calls: string[] = [];
    const cache = new LevelCache('2024', 'X', async (url) => {
      calls.push(url);
      return url.includes('/level/')
        ? file
        : url.includes('/names/')
          ? { level: 'gmina', items: [] }
          : url.endsWith('.overview.json')
            ? overview
            : { type: 'Topology' };
    });
    const a = await cache.level('gmina');
    const b = await cache.level('gmina');
    expect(a).toBe(b);
    expect(calls.sort()).toEqual(
      [
        dataPath('2024', DATA_FILE.levelIndicator('gmina', 'X')),
        dataPath('2024', DATA_FILE.names('gmina')),
        overviewTopologyPath('gmina'),
      ].sort(),
    );
    expect(a.topology).toMatchObject({ type: 'Topology', objects: { gmina: { geometries: [] } } });
    // Year views are computed from the cached file: no more requests.
    for (let y = 0; y < file.years.length; y++) yearView(a.data, 'X', y);
    expect(calls.length).toBe(3);
    await cache.level('powiat');
    expect(calls.length).toBe(6);
    expect(dataPath('2024', DATA_FILE.levelIndicator('gmina', 'X'))).toBe('/data/2024/level/gmina/X.json');
    // The full boundaries only when asked (a zoomed map), once.
    expect(calls).not.toContain(topologyPath('gmina'));
    await cache.fullTopology('gmina');
    await cache.fullTopology('gmina');
    expect(calls.filter((c) => c === topologyPath('gmina')).length).toBe(1);
  });

  it('forgets a failed request so the next attempt fetches again', async () => {
    let n = 0;
    const cache = new LevelCache('2024', 'X', async (url) => {
      n++;
      if (n === 1) throw new Error('offline');
      return url.endsWith('.overview.json') ? overview : file;
    });
    await expect(cache.level('gmina')).rejects.toThrow('offline');
    await cache.level('gmina');
    expect(cache.has('gmina')).toBe(true);
  });
});

describe('year views', () => {
  it('gives values, flags, ranks and the nearest earlier year with a value', () => {
    const v = yearView(file, 'X', 2);
    expect(v.year).toBe(2023);
    expect(v.values).toEqual([3, null, 2]);
    expect(v.flags).toEqual([1, 2, 1]);
    expect(v.previous).toEqual([{ year: 2021, value: 1 }, { year: 2021, value: 5 }, undefined]);
    expect(v.ranks.map((r) => r?.rank ?? null)).toEqual([1, null, 2]);
  });

  it('finds the latest year with a value or a confidential cell', () => {
    expect(latestYearIndex(file, 'X')).toBe(2);
    expect(latestYearIndex(file, 'NONE')).toBe(-1);
  });

  it('counts values, missing and confidential cells, optionally within a filter', () => {
    const v = yearView(file, 'X', 2);
    expect(stateCounts(v.values, v.flags)).toEqual({ values: 2, missing: 0, suppressed: 1, demo: 2 });
    expect(stateCounts(v.values, v.flags, (i) => i !== 0)).toEqual({ values: 1, missing: 0, suppressed: 1, demo: 1 });
    const empty = yearView(file, 'X', 3);
    expect(stateCounts(empty.values, empty.flags).missing).toBe(3);
  });
});

describe('summary and histogram', () => {
  it('summarises sorted values', () => {
    expect(summarise([1, 2, 3, 10])).toEqual({ n: 4, min: 1, median: 2.5, max: 10 });
    expect(summarise([])).toBeUndefined();
  });

  it('gives a spike at the minimum a bar of its own, then one bin per whole number', () => {
    const bins = histogram([0, 0, 0, 1, 2, 2, 5], true);
    expect(bins[0]).toEqual({ x0: 0, x1: 0, count: 3, kind: 'value' });
    expect(bins.slice(1).map((b) => [b.x0, b.count])).toEqual([
      [1, 1],
      [2, 2],
      [3, 0],
      [4, 0],
      [5, 1],
    ]);
  });

  it('puts a long tail into one last bar', () => {
    const values = [...Array.from({ length: 100 }, (_, i) => i + 1), 10000];
    const bins = histogram(values, true);
    const tail = bins.at(-1)!;
    expect(tail.kind).toBe('tail');
    expect(tail.x1).toBe(10000);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(101);
    expect(bins.length).toBeLessThanOrEqual(25);
  });

  it('uses nice steps for wide ranges and counts every value once', () => {
    const values = Array.from({ length: 500 }, (_, i) => i * 1.37).sort((a, b) => a - b);
    const bins = histogram(values, false);
    expect(bins.length).toBeLessThanOrEqual(30);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(500);
    expect(bins[0].x0).toBeLessThanOrEqual(values[0]);
    expect(bins.at(-1)!.x1).toBeGreaterThan(values.at(-1)!);
    expect(bins.every((b) => b.kind === 'range')).toBe(true);
  });
});

describe('levels on the map', () => {
  it('maps the levels below the country, skipping ones that say nothing', () => {
    expect(mapLevels({ id: 'SPS_KRS', levels: ['country', 'voivodeship', 'powiat', 'gmina'] })).toEqual(['voivodeship', 'powiat', 'gmina']);
    expect(mapLevels({ id: 'GMINA_COUNT', levels: ['country', 'voivodeship', 'powiat', 'gmina'] })).toEqual(['voivodeship', 'powiat']);
    expect(mapLevels({ id: 'SOC_CLAUSE', levels: ['country'] })).toEqual([]);
  });
});

describe('planning areas as map levels', () => {
  it('reads an area level from the release’s area map files, never the territorial ones', async () => {
    const calls: string[] = [];
    const areaFile = { ...file, level: 'nuts2', codes: ['pl21', 'pl22', 'pl41'] };
    const cache = new LevelCache('2024', 'X', async (url) => {
      calls.push(url);
      return url.endsWith('.overview.json')
        ? { ...overview, level: 'nuts2' }
        : url.endsWith('.names.json')
          ? { level: 'nuts2', status: 'real', items: [] }
          : areaFile;
    });
    const b = await cache.level('nuts2');
    expect(b.data.codes).toEqual(['pl21', 'pl22', 'pl41']);
    expect(calls.sort()).toEqual(
      [
        dataPath('2024', DATA_FILE.areaIndicator('nuts2', 'X')),
        dataPath('2024', DATA_FILE.areaNames('nuts2')),
        dataPath('2024', DATA_FILE.areaOverview('nuts2')),
      ].sort(),
    );
  });

  it('the default level stays the finest territorial one when area levels follow it', () => {
    expect(defaultLevel(['voivodeship', 'powiat', 'gmina', 'nuts2', 'lgd'])).toBe('gmina');
    expect(defaultLevel(['voivodeship', 'nuts2'])).toBe('voivodeship');
    expect(defaultLevel(['owes'])).toBe('owes');
  });

  it('an area links to its own page and is counted with its own noun', () => {
    const names = new Map<string, NameItem>([['pl21', ['pl21', 'Małopolskie', 0, 'malopolskie']]]);
    expect(hrefOfCode(names, 'nuts2', 'pl21', 'pl')).toBe('/obszar/nuts2/pl21-malopolskie/');
    expect(hrefOfCode(names, 'nuts2', 'pl21', 'en')).toBe('/en/obszar/nuts2/pl21-malopolskie/');
    expect(levelCount(17, 'nuts2', 'pl')).toBe('17\u00a0regionów NUTS 2');
    expect(levelCount(3, 'owes', 'pl')).toBe('3\u00a0obszary OWES');
    expect(levelCount(1, 'lgd', 'en')).toBe('1\u00a0LAG area');
  });
});
