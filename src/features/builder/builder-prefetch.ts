// The builder page starts fetching what its first table needs while the page is still
// loading, instead of after the island has loaded and started: the release's catalogue
// and register, the level chunks of the indicators the address asks for (with the
// parts of rates and weighted means, from the small catalogue excerpt the page carries),
// and the engine that pivots them (loadEngine).
// BuilderLoader takes each prefetched text once (takePrefetchedText); anything not
// prefetched, or prefetched and failed, it fetches itself.
import type { Indicator } from '#core/catalogue.ts';
import { DATA_FILE, dataPath } from '#core/urls.ts';
import { decodeState, indicatorsToLoad } from './builder-state.ts';

/** What the page tells the prefetch: the release shown, and per indicator its levels and the parts it is computed from. */
export interface PrefetchHints {
  latest: string;
  catalogue: Pick<Indicator, 'id' | 'levels' | 'aggregation'>[];
}

type Store = Record<string, Promise<string> | undefined>;
const store = (): Store => {
  const g = globalThis as unknown as { __mesBuilderPrefetch?: Store };
  return (g.__mesBuilderPrefetch ??= {});
};

/** The files the first table of an address needs (release files first). */
export function firstTableUrls(search: string, hints: PrefetchHints): string[] {
  const { state } = decodeState(search, hints.latest);
  const catalogue = new Map(hints.catalogue.map((i) => [i.id, i as Indicator]));
  const ids = indicatorsToLoad(state.indicators, catalogue, state.level);
  return [
    dataPath(state.release, DATA_FILE.indicators),
    dataPath(state.release, DATA_FILE.builderRegister),
    ...ids.map((id) => dataPath(state.release, DATA_FILE.levelIndicator(state.level, id))),
  ];
}

async function getText(url: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  return r.text();
}

export function prefetchTexts(urls: readonly string[]): void {
  const s = store();
  for (const u of urls)
    if (!s[u]) {
      const p = getText(u);
      p.catch(() => {});
      s[u] = p;
    }
}

/** The prefetched text of `url`, once (undefined when it was not prefetched). */
export function takePrefetchedText(url: string): Promise<string> | undefined {
  const s = store();
  const p = s[url];
  delete s[url];
  return p;
}

export type Engine = typeof import('./builder-pivot.ts');
let engine: Promise<Engine> | undefined;

/**
 * The builder's engine (the pivot, with arquero), a chunk of its own: one import for the
 * page and the island, so the page can start it with the data instead of the island asking
 * for it only once it has started (on a slow phone, half a second later). A failed import
 * is tried again on the next call.
 */
export function loadEngine(): Promise<Engine> {
  if (!engine) {
    engine = import('./builder-pivot.ts');
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/** On the builder page: reads the hints from [data-builder-prefetch] and starts the fetches and the engine. */
export function startBuilderPrefetch(): void {
  const el = document.querySelector<HTMLElement>('[data-builder-prefetch]');
  if (el?.dataset.builderPrefetch)
    try {
      prefetchTexts(firstTableUrls(location.search, JSON.parse(el.dataset.builderPrefetch) as PrefetchHints));
    } catch {
      /* a malformed address: the island reports it and loads what it can */
    }
  // A failure is the island's to report (it asks again).
  loadEngine().catch(() => {});
}
