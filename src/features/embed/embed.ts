// The pure parts of embedding: the HTML snippet a host site pastes, and the
// height message an embed page posts to its parent. public/embed.js (the host-side
// script, plain ES5 with no imports) repeats the message check; tests/features/embed/embed.test.ts runs
// that file against the same cases as isHeightMessage, so the two cannot drift apart.
import { escapeHtml } from '#core/html.ts';

/** The `type` of the height message; namespaced so other sites' messages are ignored. */
export const HEIGHT_MESSAGE = 'mes-embed-height';
/**
 * Heights outside this range are refused (a broken or hostile frame could ask for anything).
 * An embed is one chart, map or table (the builder's table scrolls in its own box), so the
 * maximum is a few screens; a taller document scrolls inside its frame instead of
 * stretching the host page.
 */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;
/** The resize script, at the portal's root. */
export const EMBED_SCRIPT_PATH = '/embed.js';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  /** The embed's own id (the `id` query parameter, if the host gave one). */
  id?: string;
}

/** Whether a message event's data is a height message this portal sends. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  if (d.type !== HEIGHT_MESSAGE) return false;
  if (typeof d.height !== 'number' || !Number.isFinite(d.height)) return false;
  if (d.height < MIN_HEIGHT || d.height > MAX_HEIGHT) return false;
  if (d.id !== undefined && (typeof d.id !== 'string' || d.id.length > 100)) return false;
  return true;
}

/** The message an embed page posts: its document height in whole CSS pixels. */
export function heightMessage(height: number, id?: string | null): HeightMessage {
  const h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
  return id ? { type: HEIGHT_MESSAGE, height: h, id } : { type: HEIGHT_MESSAGE, height: h };
}

/** Fixed heights of the iframes (px): what shows without the resize script. */
export const EMBED_HEIGHT = {
  chart: 560,
  map: 900,
  programme: 560,
  tabulation: 600,
} as const;
export type EmbedKind = keyof typeof EMBED_HEIGHT;

export interface SnippetInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  height: number;
  /** Absolute URL of the full page: the link inside the iframe for readers without frames. */
  href?: string;
  /** Absolute URL of public/embed.js; omitted = no script line. */
  script?: string;
}

/**
 * What a host site pastes: the iframe (width 100%, fixed height, lazy, titled, no border)
 * and the resize script. Without the script the iframe keeps its fixed height and its
 * content scrolls inside it.
 */
export function embedSnippet(s: SnippetInput): string {
  if (!/^https?:\/\//.test(s.src)) throw new Error(`embed src must be an absolute URL: ${s.src}`);
  const fallback = s.href ? `<a href="${escapeHtml(s.href)}">${escapeHtml(s.title)}</a>` : '';
  const iframe =
    `<iframe src="${escapeHtml(s.src)}" title="${escapeHtml(s.title)}" width="100%" height="${Math.round(s.height)}"` +
    ` style="border:0;width:100%" loading="lazy" data-mes-embed>${fallback}</iframe>`;
  return s.script ? `${iframe}\n<script src="${escapeHtml(s.script)}" async></script>` : iframe;
}

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** A copy of an absolute embed URL with some query parameters set (or removed when empty). */
export function withParams(url: string, params: Record<string, string | undefined>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) {
    if (v) u.searchParams.set(k, v);
    else u.searchParams.delete(k);
  }
  return u.href;
}
