// The notice every archived page carries, shown only when the page is opened from disk.
// Static content, links and build-time charts work from file://; the islands do not (the
// browser refuses module scripts and fetch() there), so the page says so plainly and points
// at the online site and at the launcher shipped in the archive.
//
// A classic inline script in <head> marks file:// pages with a class (the note is hidden
// by CSS otherwise, so under the launcher and online nothing changes) and registers an
// inert <astro-island> before Astro's loader does, so no island tries to load its module
// and fails noisily: the server-rendered content of each island simply stays.
import type { Lang } from '#core/format.ts';
import { escapeHtml } from '#core/html.ts';
import { translator } from '#i18n/index.ts';

export const OFFLINE_CLASS = 'mes-file';
export const OFFLINE_NOTE_CLASS = 'mes-offline-note';

const HEAD =
  `<style>.${OFFLINE_NOTE_CLASS}{display:none}` +
  `html.${OFFLINE_CLASS} .${OFFLINE_NOTE_CLASS}{display:block;margin:1rem 0;padding:.75rem 1rem;border:2px solid #8a6d00;border-radius:4px;background:#fff8db;color:#1f1f1f}` +
  `.${OFFLINE_NOTE_CLASS} p{margin:0}.${OFFLINE_NOTE_CLASS} a{color:#0b4f9c;text-decoration:underline}</style>` +
  `<script>if(location.protocol==="file:"){document.documentElement.classList.add("${OFFLINE_CLASS}");` +
  `if(window.customElements&&!customElements.get("astro-island"))customElements.define("astro-island",class extends HTMLElement{})}</script>`;

export interface NoticeLinks {
  /** This page on the online site. */
  online: string;
  /** README.txt relative to the page. */
  readme: string;
  release: string;
}

const esc = escapeHtml;

export function offlineNoteHtml(lang: Lang, l: NoticeLinks): string {
  const t = translator(lang);
  const body = t('offline.noteHtml', { release: esc(l.release), online: esc(l.online), readme: esc(l.readme) });
  const label = t('offline.label');
  return `<div class="${OFFLINE_NOTE_CLASS}" role="note" aria-label="${label}" data-testid="offline-note"><p>${body}</p></div>`;
}

/** The page's language: <html lang>, else its path (English pages live under en/). */
export function pageLang(html: string, file: string): Lang {
  const m = /<html\b[^>]*\slang\s*=\s*["']?([a-zA-Z-]+)/i.exec(html);
  if (m) return m[1].toLowerCase().startsWith('en') ? 'en' : 'pl';
  return file.startsWith('en/') ? 'en' : 'pl';
}

/**
 * Adds the head snippet (before </head>) and the note (first thing in <main>'s content column,
 * else in <main>, else in <body>).
 * Pages without a head or body (fragments) are returned unchanged.
 */
export function injectOfflineNotice(html: string, lang: Lang, links: NoticeLinks): string {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd < 0) return html;
  let out = html.slice(0, headEnd) + HEAD + html.slice(headEnd);
  // Inside the page's content column when <main> opens with one, so the note lines up with the text.
  const anchor =
    /<main\b(?:[^>"']|"[^"]*"|'[^']*')*>\s*<div class="wrap">/i.exec(out) ??
    /<main\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(out) ??
    /<body\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(out);
  if (!anchor) return out;
  const at = anchor.index + anchor[0].length;
  out = out.slice(0, at) + offlineNoteHtml(lang, links) + out.slice(at);
  return out;
}

const MODULE_SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>\s*<\/script\s*>/gi;
/** A run of preload hints: modulepreload (src/build/module-preload.ts) or a page's data (the builder's, the indicator map's). */
const PRELOADS = /(?:<link\b(?:[^>"']|"[^"]*"|'[^']*')*\srel\s*=\s*["']?(?:module)?preload["']?(?:[^>"']|"[^"]*"|'[^']*')*>)+/gi;

/** A classic inline script that writes `tags` while the page is parsed, unless it is on disk. */
const offDiskOnly = (tags: string): string =>
  `<script>if(location.protocol!=="file:")document.write(${JSON.stringify(tags).replace(/<\//g, '<\\/')})</script>`;

/**
 * External module scripts (Astro's bundled page scripts, e.g. the embed button), the
 * modulepreload hints for their chunks and the pages' data preloads cannot load from
 * file:// and only print errors there. Each script, and each run of hints, becomes a classic inline script that writes
 * the same tags unless the page is on disk: document.write during parsing inserts them as
 * parser-inserted tags (a deferred module script), so under the launcher they work exactly
 * as before.
 */
export function guardModuleScripts(html: string): string {
  return html
    .replace(MODULE_SCRIPT, (m, attrs: string) => {
      if (!/\stype\s*=\s*["']?module["']?(?=[\s>]|$)/i.test(attrs) || !/\ssrc\s*=/i.test(attrs)) return m;
      return offDiskOnly(`<script${attrs}></script>`);
    })
    .replace(PRELOADS, (links) => offDiskOnly(links));
}
