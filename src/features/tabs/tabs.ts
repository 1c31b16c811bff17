// Turns a build-time stack of panels into tabs (Tabs.astro). Without JavaScript every panel
// shows, one under another, and the tab list stays hidden; with it, one panel shows, the
// tab list follows the WAI-ARIA tabs pattern (roving tabindex, arrows, Home, End,
// automatic activation) and the address carries the view (?widok=…), written with
// replaceState so a copied link reopens the same view. Panels that hold islands hydrated
// on visibility start when their tab is first shown.
import { VIEW_STATE_EVENT } from '#features/embed/embed-map-state.ts';
import { parseTab, tabKeyTarget, tabSearch, type TabView } from './tab-state.ts';

function wire(root: HTMLElement): void {
  const list = root.querySelector<HTMLElement>('[data-tablist]');
  if (!list || root.dataset.tabsReady) return;
  root.dataset.tabsReady = '1';
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const views = tabs.map((t) => t.dataset.tab as TabView);
  const fallback = (root.dataset.default as TabView) ?? views[0];
  const panelOf = (t: HTMLButtonElement) => document.getElementById(t.getAttribute('aria-controls') ?? '');
  for (const t of tabs) {
    const panel = panelOf(t);
    if (!panel) continue;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', t.id);
  }

  function show(view: TabView, focus: boolean, write: boolean) {
    for (const t of tabs) {
      const on = t.dataset.tab === view;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = panelOf(t);
      if (panel) panel.hidden = !on;
      if (on && focus) t.focus();
    }
    root.dataset.active = view;
    if (write) {
      const search = tabSearch(location.search, view, fallback);
      if (search !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
        window.dispatchEvent(new CustomEvent(VIEW_STATE_EVENT));
      }
    }
  }

  list.addEventListener('click', (e) => {
    const t = (e.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (t) show(t.dataset.tab as TabView, false, true);
  });
  list.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(e.target as HTMLButtonElement);
    const next = i < 0 ? undefined : tabKeyTarget(e.key, i, tabs.length);
    if (next === undefined) return;
    e.preventDefault();
    show(views[next], true, true);
  });
  list.hidden = false;
  root.classList.add('tabs-on');
  show(parseTab(location.search, views, fallback), false, false);
}

export function wireTabs(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-tabs]')) wire(root);
}
