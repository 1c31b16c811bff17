// The indicator page fetches its map's first files (the default level's data, projected
// boundaries and names) and the island's code as soon as it has been parsed, before the
// map island wakes up (it hydrates when scrolled near), so scrolling to the map finds them
// arrived or on the way.
// The island takes each prefetched response once (takePrefetched, through map-data's
// fetchJson) instead of fetching it again. A link asking for another level (?poziom=)
// prefetches nothing: its files would be the wrong ones.
import { MAP_LEVEL_PARAM } from '#core/urls.ts';

type Store = Record<string, Promise<unknown> | undefined>;
const store = (): Store => {
  const g = globalThis as unknown as { __mesMapPrefetch?: Store };
  return (g.__mesMapPrefetch ??= {});
};

async function getJson(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  return r.json();
}

/** Starts fetching `urls` (JSON) and keeps the promises for takePrefetched. */
export function prefetchJson(urls: readonly string[]): void {
  const s = store();
  for (const u of urls)
    if (!s[u]) {
      const p = getJson(u);
      p.catch(() => {});
      s[u] = p;
    }
}

/** The prefetched response of `url`, once (undefined when it was not prefetched). */
export function takePrefetched(url: string): Promise<unknown> | undefined {
  const s = store();
  const p = s[url];
  delete s[url];
  return p;
}

/** Whether the address asks the map for a level of its own (the default level's files would be wasted). */
export const asksForLevel = (search: string): boolean => new URLSearchParams(search).has(MAP_LEVEL_PARAM);

/**
 * On the indicator page: fetch the URLs listed in [data-map-prefetch] as soon as the page
 * has been parsed (the island's code comes with the page: IndicatorMap.astro asks for it
 * with data-preload-island). The map is what the page is for and most visitors scroll to it
 * at once; started at the load event, its files (the gmina boundaries alone are ≈ 110 KB
 * compressed) arrived on a phone a second after the map came into view. The page's HTML
 * also preloads them (IndicatorPage.astro, after its stylesheets, so its first paint does
 * not wait): these fetches then take the preloaded responses.
 */
export function startMapPrefetch(): void {
  const el = document.querySelector<HTMLElement>('[data-map-prefetch]');
  if (!el || asksForLevel(location.search)) return;
  const urls = JSON.parse(el.dataset.mapPrefetch || '[]') as string[];
  prefetchJson(urls);
  // When they have arrived and the page is idle, the boundaries are decoded and drawn ahead (map-warm.ts).
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0);
  const s = store();
  for (const u of urls)
    s[u]?.then(
      (json) =>
        idle(
          () =>
            void import('./map-warm.ts').then(
              (m) => m.warmMap(json, idle),
              () => {},
            ),
        ),
      () => {},
    );
}
