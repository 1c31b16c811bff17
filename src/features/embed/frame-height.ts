// Inside an embed page: tell the parent window how tall the document is, on load and
// whenever its size changes (a chart drawn, a table opened, the frame made narrower), so
// public/embed.js on the host page can fit the iframe to its content. The document's
// own height is measured (not the viewport's), so the frame can shrink as well as grow.
import { heightMessage } from './embed.ts';
import { VIEW_STATE_EVENT } from './embed-map-state.ts';
import { backHref } from '#core/urls.ts';

export function documentHeight(doc: Document = document): number {
  return doc.documentElement.getBoundingClientRect().height;
}

export function startHeightReports(win: Window = window): void {
  if (win.parent === win) return;
  const id = new URLSearchParams(win.location.search).get('id');
  let last = -1;
  const send = () => {
    const msg = heightMessage(documentHeight(win.document), id);
    if (msg.height === last) return;
    last = msg.height;
    // The height is no secret, and the host's origin is not known in advance.
    win.parent.postMessage(msg, '*');
  };
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(() => send());
    ro.observe(win.document.documentElement);
    ro.observe(win.document.body);
  }
  win.addEventListener('load', send);
  send();
}

/** The link back carries the embed's view state (the same query as the full page), also after the reader changes it (the map). */
export function linkBackWithState(win: Window = window): void {
  const update = () => {
    const a = win.document.querySelector<HTMLAnchorElement>('[data-embed-back]');
    if (a) a.setAttribute('href', backHref((a.getAttribute('href') ?? '/').split('?')[0], win.location.search));
  };
  update();
  win.addEventListener(VIEW_STATE_EVENT, update);
}
