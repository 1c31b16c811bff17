// The address drawn into a chart image: the configured public site and the page's path
// (from the page's canonical link, which the layouts write from astro.config `site`) with
// the view's query. Taken from the canonical link rather than from location, so an image
// saved from the offline archive (file://…/index.html) or a local preview still names the
// public page, and an embed names its full page.
import { HOST_PARAMS } from '#core/urls.ts';

/** The canonical address with the query of the view shown (host-only parameters left out). */
export function pageUrlFrom(canonical: string, search: string): string {
  const url = new URL(canonical);
  const query = new URLSearchParams(search);
  for (const p of HOST_PARAMS) query.delete(p);
  // The canonical link of an embed already carries the view's query; the page's own wins.
  const merged = new URLSearchParams(url.search);
  for (const [k, v] of query) merged.set(k, v);
  for (const p of HOST_PARAMS) merged.delete(p);
  const s = merged.toString();
  return `${url.origin}${url.pathname}${s ? `?${s}` : ''}`;
}
