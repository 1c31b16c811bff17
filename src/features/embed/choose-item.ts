// An embed page that holds several items (the programme embed: one progress chart per
// indicator) shows the one its query names (?wskaznik=<id>) and hides the others; the
// frame's title, source line, demo label and link back follow the item shown. An unknown
// id leaves the default item.
import { setFrameText } from './frame-text.ts';
import { backHref, INDICATOR_PARAM } from '#core/urls.ts';

export function chooseItem(doc: Document = document, search: string = location.search): string | undefined {
  const wanted = new URLSearchParams(search).get(INDICATOR_PARAM)?.toLowerCase();
  if (!wanted) return undefined;
  const items = Array.from(doc.querySelectorAll<HTMLElement>('[data-embed-item]'));
  const item = items.find((el) => el.dataset.embedItem?.toLowerCase() === wanted);
  if (!item) return undefined;
  for (const el of items) el.hidden = el !== item;
  const { title, source, demo, anchor } = item.dataset;
  setFrameText({ title, source, demo: demo === '1' }, doc);
  const back = doc.querySelector<HTMLAnchorElement>('[data-embed-back]');
  if (back) back.setAttribute('href', backHref((back.getAttribute('href') ?? '/').split(/[?#]/)[0], search) + (anchor ? `#${anchor}` : ''));
  return item.dataset.embedItem;
}
