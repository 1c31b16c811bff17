// The chart / map / table tabs' state: which view the address asks for (?widok=mapa), the
// address of another view, and the WAI-ARIA tabs keyboard (arrows move along the list and
// wrap, Home and End jump to its ends). Pure, shared by the build-time tabs (tabs.ts) and
// the builder's (TabList.svelte).
import { TAB_PARAM, TAB_WORD, type TabView } from '#core/urls.ts';

export type { TabView };

/** The view named by the address when the page offers it, else the page's default. */
export function parseTab(search: string, offered: readonly TabView[], fallback: TabView): TabView {
  const word = new URLSearchParams(search).get(TAB_PARAM);
  const view = (Object.keys(TAB_WORD) as TabView[]).find((v) => TAB_WORD[v] === word);
  return view && offered.includes(view) ? view : fallback;
}

/** The query ("?…" or "") with `view` in it; the default view is left out, other parameters kept in order. */
export function tabSearch(search: string, view: TabView, fallback: TabView): string {
  const q = new URLSearchParams(search);
  if (view === fallback) q.delete(TAB_PARAM);
  else q.set(TAB_PARAM, TAB_WORD[view]);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The tab a key moves to from `index` in a horizontal list of `count`; undefined for other keys. */
export function tabKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
