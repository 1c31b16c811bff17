// Embed addresses (issue 8). The rule: an embed is at "/embed" + the full page's path,
// with the same query, placed after the language and release prefixes, so that
//   /gmina/1211092-nowy-targ/?wskaznik=SPS_KRS   →  /embed/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS
//   /en/wskaznik/sps-krs/?poziom=powiat&rok=2023 →  /en/embed/wskaznik/sps-krs/?poziom=powiat&rok=2023
//   /2023/en/programy/kpres/                     →  /2023/en/embed/programy/kpres/
// Page paths always come from src/core/urls.ts (and programme-urls.ts, builder-state.ts),
// which know about the language and, for release copies, the /<year>/ base; this module
// only inserts or removes the "/embed" segment.
import { builderPath } from '#features/builder/builder-state.ts';
import type { Lang } from '#core/format.ts';
import { programmePath } from '#features/programme/programme-urls.ts';
import { indicatorPath, territoryPath } from '#core/urls.ts';
import type { Level } from '#core/territory.ts';

export const EMBED_SEGMENT = 'embed';

/** Release copy ("/2023") and language ("/en") prefixes of a path, in that order. */
const PREFIX = /^((?:\/\d{4})?(?:\/en)?)(\/.*)?$/;

/** The part of a path before its page: "/2023/en" of "/2023/en/polska/", "" of "/polska/". */
function splitPrefix(path: string): { prefix: string; rest: string } {
  const m = PREFIX.exec(path);
  // Every path starting with "/" matches (both groups are optional); the rest keeps its "/".
  return m ? { prefix: m[1], rest: m[2] ?? '/' } : { prefix: '', rest: path };
}

/** Whether a path (query and hash allowed) is an embed page. */
export function isEmbedPath(path: string): boolean {
  const { rest } = splitPrefix(path.split(/[?#]/)[0]);
  return rest === `/${EMBED_SEGMENT}` || rest.startsWith(`/${EMBED_SEGMENT}/`);
}

/** The embed of a full page: "/embed" inserted after the release and language prefixes; query and hash kept. */
export function toEmbedPath(fullPath: string): string {
  if (!fullPath.startsWith('/')) throw new Error(`not an absolute path: ${fullPath}`);
  const cut = fullPath.search(/[?#]/);
  const path = cut < 0 ? fullPath : fullPath.slice(0, cut);
  const tail = cut < 0 ? '' : fullPath.slice(cut);
  if (isEmbedPath(path)) return fullPath;
  const { prefix, rest } = splitPrefix(path);
  return `${prefix}/${EMBED_SEGMENT}${rest}${tail}`;
}

/** The full page of an embed: the inverse of toEmbedPath; a path that is no embed is returned as it is. */
export function fromEmbedPath(embedPath: string): string {
  const cut = embedPath.search(/[?#]/);
  const path = cut < 0 ? embedPath : embedPath.slice(0, cut);
  const tail = cut < 0 ? '' : embedPath.slice(cut);
  if (!isEmbedPath(path)) return embedPath;
  const { prefix, rest } = splitPrefix(path);
  const page = rest.slice(EMBED_SEGMENT.length + 1) || '/';
  return `${prefix}${page}${tail}`;
}

/** A path with query parameters (empty and undefined values left out), in the given order. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

// ---------------------------------------------------------------- the embeds, by kind

/** Query parameter of the chart embeds (territory and programme): the indicator shown. */
export const INDICATOR_PARAM = 'wskaznik';

export function territoryEmbedPath(t: { level: Level; code: string; slug: string }, lang: Lang, indicator?: string): string {
  return withQuery(toEmbedPath(territoryPath(t, lang)), { [INDICATOR_PARAM]: indicator });
}

export function indicatorMapEmbedPath(id: string, lang: Lang, query: Record<string, string | number | undefined> = {}): string {
  return withQuery(toEmbedPath(indicatorPath(id, lang)), query);
}

export function programmeEmbedPath(id: string, lang: Lang, indicator?: string): string {
  return withQuery(toEmbedPath(programmePath(id, lang)), { [INDICATOR_PARAM]: indicator });
}

/** The tabulation embed, without its query (the builder's state is appended to it). */
export function tabulationEmbedPath(lang: Lang): string {
  return toEmbedPath(builderPath(lang));
}

/** Query parameters of an embed that belong to the host, not to the view (dropped from the link back). */
export const HOST_PARAMS = ['id'];

/** The link from an embed back to its full page: the page's path with the embed's view state (its query, minus host parameters). */
export function backHref(fullPath: string, search: string): string {
  const q = new URLSearchParams(search);
  for (const p of HOST_PARAMS) q.delete(p);
  const s = q.toString();
  return s ? `${fullPath.split('?')[0]}?${s}` : fullPath;
}
