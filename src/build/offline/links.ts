// Rewrites a built page so that it works when opened from disk (file://): every
// root-absolute URL becomes a relative one, directory URLs get `index.html` (a browser
// opening files does not look for an index), and URLs whose target is not in the archive
// point at the online site instead of at a missing file.
//
// The archive holds one release: its pages with the release base (`/2023`) stripped, so
// the archive's root is the release's root, plus the shared data under `data/`. Whether a
// URL stays in the archive is decided by the archive's own file list, so links to other
// releases, to their data or to the archive downloads go online without a list of
// exceptions to keep in step with the site.

export interface OfflineContext {
  /** The release's base path as built by Astro: '' for the latest, '/2023' for an older one. */
  base: string;
  /** The online site, e.g. 'https://monitor-ekonomii-spolecznej.netlify.app' (no trailing slash needed). */
  site: string;
  /** Whether the archive holds this file; paths are relative to the archive root, decoded, no leading slash. */
  has: (archivePath: string) => boolean;
}

export type Target = { kind: 'local'; file: string; encoded: string; suffix: string } | { kind: 'online'; url: string } | { kind: 'keep' };

const splitSuffix = (url: string): [string, string] => {
  const i = url.search(/[?#]/);
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
};

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

export function siteOrigin(site: string): string {
  return site.replace(/\/+$/, '');
}

/** Where a URL found in an archived page leads: a file in the archive, the online site, or nowhere we touch. */
export function resolveTarget(url: string, ctx: OfflineContext): Target {
  // Only root-absolute URLs: relative ones already work, `//host` and schemes leave the site.
  if (!url.startsWith('/') || url.startsWith('//')) return { kind: 'keep' };
  const [path, suffix] = splitSuffix(url);
  const online: Target = { kind: 'online', url: siteOrigin(ctx.site) + url };
  let inner: string;
  if (ctx.base && (path === ctx.base || path.startsWith(ctx.base + '/'))) inner = path.slice(ctx.base.length) || '/';
  // Shared data is published at the root for every release, outside the release's base.
  else if (!ctx.base || path.startsWith('/data/')) inner = path;
  else return online;
  const decoded = decode(inner);
  if (decoded === null || decoded.split('/').includes('..')) return online;
  const rel = decoded.slice(1);
  const relEnc = inner.slice(1);
  if (rel === '' || rel.endsWith('/')) {
    return ctx.has(rel + 'index.html') ? { kind: 'local', file: rel + 'index.html', encoded: relEnc + 'index.html', suffix } : online;
  }
  if (ctx.has(rel)) return { kind: 'local', file: rel, encoded: relEnc, suffix };
  if (ctx.has(rel + '/index.html')) return { kind: 'local', file: rel + '/index.html', encoded: relEnc + '/index.html', suffix };
  return online;
}

/** The relative URL from one archived file to another (both archive paths; `to` given decoded and encoded). */
export function relativeUrl(fromFile: string, toFile: string, toEncoded = toFile): string {
  const fromDir = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  const toEnc = toEncoded.split('/');
  if (toEnc.length !== to.length) throw new Error(`offline-links: ${toEncoded} and ${toFile} differ in depth`);
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common]) common++;
  return '../'.repeat(fromDir.length - common) + toEnc.slice(common).join('/');
}

/** The URL to write in `fromFile` (an archive path) in place of `url`. */
export function offlineUrl(url: string, fromFile: string, ctx: OfflineContext): string {
  const t = resolveTarget(url, ctx);
  if (t.kind === 'keep') return url;
  if (t.kind === 'online') return t.url;
  return relativeUrl(fromFile, t.file, t.encoded) + t.suffix;
}

/** CSS `url(...)` and `@import "..."`, as in a stylesheet file or a style attribute/element. */
export function rewriteCss(css: string, fromFile: string, ctx: OfflineContext): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g, (m, q: string, u: string) => `url(${q}${offlineUrl(u, fromFile, ctx)}${q})`)
    .replace(/@import\s+(['"])([^'"]+)\1/g, (m, q: string, u: string) => `@import ${q}${offlineUrl(u, fromFile, ctx)}${q}`);
}

const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'xlink:href',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);

const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:.-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
const ATTR = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function rewriteAttrs(tag: string, attrs: string, fromFile: string, ctx: OfflineContext): string {
  if (!attrs) return attrs;
  const isRefresh = tag === 'meta' && /\shttp-equiv\s*=\s*["']?refresh/i.test(attrs);
  return attrs.replace(ATTR, (m, sp: string, rawName: string, eq: string | undefined, dq?: string, sq?: string, bare?: string) => {
    if (eq === undefined) return m;
    const name = rawName.toLowerCase();
    const value = dq ?? sq ?? bare ?? '';
    const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
    let out = value;
    if (URL_ATTRS.has(name)) out = offlineUrl(value, fromFile, ctx);
    else if (name === 'srcset' || name === 'imagesrcset')
      out = value
        .split(/,(?=\s)/)
        .map((part) => part.replace(/^(\s*)(\S+)/, (x, lead: string, u: string) => lead + offlineUrl(u, fromFile, ctx)))
        .join(',');
    else if (name === 'style') out = rewriteCss(value, fromFile, ctx);
    else if (name === 'content' && isRefresh)
      out = value.replace(
        /^(\s*\d*\s*[;,]\s*url\s*=\s*)(['"]?)([^'"]*)\2(\s*)$/i,
        (x, lead: string, q: string, u: string, tail: string) => lead + q + offlineUrl(u, fromFile, ctx) + q + tail,
      );
    return out === value ? m : `${sp}${rawName}${eq}${quote}${out}${quote}`;
  });
}

/**
 * Rewrites every root-absolute URL of a page (`fromFile`, its archive path) in the attributes
 * that load or link (href, src, srcset, action, poster, the island loader's URLs, a meta
 * refresh) and in CSS (style elements and attributes). Script bodies are left as they are:
 * they are data (JSON) or code that only runs under the launcher, which serves the root.
 */
export function rewriteHtml(html: string, fromFile: string, ctx: OfflineContext): string {
  return html.replace(TOKEN, (m, rawTag?: string, rawAttrs?: string, body?: string, tag?: string, attrs?: string, close?: string) => {
    if (rawTag !== undefined) {
      const t = rawTag.toLowerCase();
      const a = rewriteAttrs(t, rawAttrs ?? '', fromFile, ctx);
      const b = t === 'style' ? rewriteCss(body ?? '', fromFile, ctx) : body;
      if (a === (rawAttrs ?? '') && b === body) return m;
      return `<${rawTag}${a}>${b}</${rawTag}>`;
    }
    if (tag === undefined) return m;
    const a = rewriteAttrs(tag.toLowerCase(), attrs ?? '', fromFile, ctx);
    return a === attrs ? m : `<${tag}${a}${close ?? ''}>`;
  });
}
