// The indicator page's map prefetch: a prefetched response is handed over once, and a link
// asking for a level of its own prefetches nothing.
import { describe, expect, it } from 'vitest';
import { asksForLevel, prefetchJson, takePrefetched } from '#features/indicator/map/map-prefetch.ts';

describe('map prefetch', () => {
  it('hands a prefetched response over once', async () => {
    const realFetch = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      return new Response('{"a":1}');
    }) as typeof fetch;
    try {
      prefetchJson(['/x.json', '/x.json']);
      expect(calls).toBe(1);
      await expect(takePrefetched('/x.json')).resolves.toEqual({ a: 1 });
      expect(takePrefetched('/x.json')).toBeUndefined();
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('prefetches nothing when the address names a level', () => {
    expect(asksForLevel('?poziom=powiat')).toBe(true);
    expect(asksForLevel('?rok=2020')).toBe(false);
    expect(asksForLevel('')).toBe(false);
  });
});
