// The builder page's prefetch: which files the first table of an address needs, and the
// loader taking a prefetched text once instead of fetching it again.
import { describe, expect, it } from 'vitest';
import { firstTableUrls, loadEngine, prefetchTexts, takePrefetchedText, type PrefetchHints } from '#features/builder/builder-prefetch.ts';
import * as pivotModule from '#features/builder/builder-pivot.ts';
import { BuilderLoader } from '#features/builder/builder-load.ts';
import { encodeBuilderRegister } from '#features/builder/builder-register.ts';

const hints: PrefetchHints = {
  latest: '2024',
  catalogue: [
    { id: 'SPS_KRS', levels: ['country', 'voivodeship', 'powiat', 'gmina'], aggregation: { rule: 'sum' } },
    { id: 'POP', levels: ['country', 'voivodeship', 'powiat', 'gmina'], aggregation: { rule: 'sum' } },
    {
      id: 'SPS_10K',
      levels: ['country', 'voivodeship', 'powiat', 'gmina'],
      aggregation: { rule: 'ratio', numerator: 'SPS_KRS', denominator: 'POP', per: 10000 },
    },
    { id: 'ONLY_V', levels: ['voivodeship'], aggregation: { rule: 'sum' } },
  ] as PrefetchHints['catalogue'],
};

describe('builder prefetch', () => {
  it('asks for the release files and the default table’s chunk on a bare address', () => {
    expect(firstTableUrls('', hints)).toEqual([
      '/data/2024/indicators.json',
      '/data/2024/names/builder.json',
      '/data/2024/level/voivodeship/SPS_KRS.json',
    ]);
  });

  it('adds the parts of a rate and skips indicators the level does not have', () => {
    const urls = firstTableUrls('?v=1&r=2023&l=gmina&i=SPS_10K,ONLY_V', hints);
    expect(urls.slice(0, 2)).toEqual(['/data/2023/indicators.json', '/data/2023/names/builder.json']);
    expect(urls.slice(2).sort()).toEqual([
      '/data/2023/level/gmina/POP.json',
      '/data/2023/level/gmina/SPS_10K.json',
      '/data/2023/level/gmina/SPS_KRS.json',
    ]);
  });

  it('the loader takes a prefetched text once, then fetches for itself', async () => {
    const url = '/data/2024/indicators.json';
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (u: string) => new Response(u === url ? '[]' : '[]')) as typeof fetch;
    try {
      prefetchTexts([url]);
    } finally {
      globalThis.fetch = realFetch;
    }
    const loader = new BuilderLoader(async (u) => {
      fetched.push(u);
      return new Response(JSON.stringify(encodeBuilderRegister([])));
    });
    await loader.releaseMeta('2024', [2024]);
    expect(fetched).toEqual(['/data/2024/names/builder.json']);
    expect(takePrefetchedText(url)).toBeUndefined();
  });

  it('loads the engine once for the page and the island', async () => {
    const first = loadEngine();
    expect(loadEngine()).toBe(first);
    const engine = await first;
    expect(engine.pivot).toBe(pivotModule.pivot);
    expect(engine.sortRows).toBe(pivotModule.sortRows);
  });
});
