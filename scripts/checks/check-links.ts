// Link checker over the whole built site: every internal link, asset and data URL in every
// HTML page (both languages) must resolve to a file in dist/, and every #fragment to an
// id in its target page. Fast enough for ~12,000 pages: regexes over the raw HTML, each
// distinct target resolved once, pages split over worker threads.
//
//   npm run check:links                 # checks $DIST_DIR or dist/
//   node --experimental-strip-types scripts/checks/check-links.ts dist-other
//
// What is checked, per page:
//   - href, src, srcset, action, poster, astro-island component-url / renderer-url, any
//     data-* attribute holding a path, and the url= of a meta refresh;
//   - absolute URLs on the site's own origin (canonical, hreflang), taken as internal;
//   - "/data/…" and "/_astro/…" strings inside inline JSON (<script type="application/json">);
//   - data: URLs (CSV downloads): must be decodable;
//   - javascript: URLs and inline event handlers (onclick="…") are reported as errors
//     (security: no script in attributes, so a strict CSP stays possible).
// And per stylesheet and script in /_astro/: url(...) and relative imports; and every
// target of dist/_redirects (bare TERYT codes → territory pages, with #fragments).
// External http(s) links are counted, not fetched (no network in CI).
//
// Release copies (scripts/site/build-site.ts): an older release is built under /<year>/ with
// the same structure. Its pages and assets are checked like the root's, and its pages must
// stay inside the copy: a link to a root page or a root build's file (/_astro/…, generated
// JSON) is reported, except /data/… (shared by all releases), the release banner's link to the latest release (<a data-latest-release>) and
// links that say they lead to another release (<a data-release="<id>">, the release list).
// A target under /<latest>/ resolves through the rewrite rule `/<latest>/* /:splat 200`
// of dist/_redirects, as Netlify serves it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { pushAll } from '#core/arrays.ts';

export interface Broken {
  /** Page (URL path) or asset the reference is in. */
  from: string;
  /** Attribute or context, e.g. "href", "json", "css url()". */
  where: string;
  /** The reference as written. */
  ref: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  assets: number;
  /** References seen (with duplicates) and distinct internal targets resolved. */
  references: number;
  targets: number;
  external: number;
  broken: Broken[];
  ms: number;
}

interface Ref {
  where: string;
  ref: string;
  /** In a link to another release: the banner's (<a data-latest-release>) or the release list's (<a data-release>). */
  latest?: boolean;
}

const ATTR_RE = /\s(href|src|srcset|action|poster|component-url|renderer-url|content|data-[\w-]+)=(?:"([^"]*)"|'([^']*)')/g;
const ID_RE = /\s(?:id|name)=(?:"([^"]*)"|'([^']*)')/g;
const JSON_BLOCK_RE = /<script[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g;
const JSON_PATH_RE = /"(\/(?:data|_astro)\/[^"\\]+)"/g;
const CSS_URL_RE = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
const JS_IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
const REFRESH_RE = /^\s*\d+\s*;\s*url=(.+)$/i;
const HANDLER_RE = /\s(on[a-z]+)\s*=/gi;
const BANNER_LINK_RE = /<a\b[^>]*\sdata-(?:latest-release\b|release=)[^>]*>/g;
/** A release copy's folder name: a four-digit year. */
const RELEASE_DIR_RE = /^\d{4}$/;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };
function unescapeAttr(v: string): string {
  return v.includes('&') ? v.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/g, (_m, e: string) => ENTITIES[e]) : v;
}

/** The references in one HTML page, with the ids it defines. */
/** What a template prints when it is handed an object instead of text. */
export const OBJECT_TEXT = '[object Object]';

export function scanHtml(html: string): { refs: Ref[]; ids: Set<string>; handlers: string[] } {
  const refs: Ref[] = [];
  // The release banner's link tags (the one way out of a release copy), as [start, end).
  const banner = [...html.matchAll(BANNER_LINK_RE)].map((m) => [m.index!, m.index! + m[0].length]);
  const inBanner = (i: number) => banner.some(([a, b]) => i >= a && i < b);
  // Inline event handlers: an on…= inside a tag (the last "<" before it is after the last ">").
  const handlers: string[] = [];
  for (const m of html.matchAll(HANDLER_RE)) {
    const i = m.index!;
    if (html.lastIndexOf('<', i) > html.lastIndexOf('>', i)) handlers.push(m[1]);
  }
  for (const m of html.matchAll(ATTR_RE)) {
    const name = m[1];
    const value = unescapeAttr(m[2] ?? m[3] ?? '');
    if (name === 'content') {
      const refresh = REFRESH_RE.exec(value);
      if (refresh) refs.push({ where: 'meta refresh', ref: refresh[1].trim() });
      continue;
    }
    if (name === 'srcset') {
      for (const part of value.split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) refs.push({ where: 'srcset', ref: url });
      }
      continue;
    }
    if (name.startsWith('data-')) {
      // Only values that look like paths or URLs: data-* also holds codes and labels.
      if (/^(\/[^/]|https?:|data:|javascript:)/i.test(value)) refs.push({ where: name, ref: value });
      continue;
    }
    refs.push(inBanner(m.index!) ? { where: name, ref: value, latest: true } : { where: name, ref: value });
  }
  for (const block of html.matchAll(JSON_BLOCK_RE))
    for (const m of block[1].matchAll(JSON_PATH_RE)) refs.push({ where: 'json', ref: m[1] });
  const ids = new Set<string>();
  for (const m of html.matchAll(ID_RE)) ids.add(unescapeAttr(m[1] ?? m[2] ?? ''));
  return { refs, ids, handlers };
}

/** The release copy a URL path belongs to ("/2023/gmina/…" → "2023"), given the copies' folders. */
export function copyOf(urlPath: string, copies: ReadonlySet<string>): string | undefined {
  const first = /^\/([^/]+)\//.exec(urlPath)?.[1];
  return first && copies.has(first) ? first : undefined;
}

/**
 * Whether a reference from a page of release copy `copy` to `target` (an internal URL path)
 * leaves the copy where it must not: a root page, a root build's file (/_astro/…, a JSON
 * the build writes such as /podmioty/dane/sasiedzi.json). Allowed: the copy's own folder, the shared
 * /data/, static files of the root (/favicon.svg, archives) and links marked as leading to
 * another release (`marked`).
 */
export function leavesCopy(copy: string, target: string, marked = false): boolean {
  if (marked || target.startsWith(`/${copy}/`) || target === `/${copy}` || target.startsWith('/data/')) return false;
  const last = target.split('/').pop() ?? '';
  return target.endsWith('/') || !last.includes('.') || /\.(html|json)$/.test(last) || target.startsWith('/_astro/');
}

/**
 * The release copies in a dist: the older releases of /data/releases.json that have a folder
 * (not every four-digit folder: /0221/ is a powiat code's redirect page).
 */
export function releaseCopies(dist: string): Set<string> {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(dist, 'data', 'releases.json'), 'utf8')) as { latest: string; releases: string[] };
    return new Set(
      r.releases.filter((id) => id !== r.latest && RELEASE_DIR_RE.test(id) && fs.existsSync(path.join(dist, id, 'index.html'))),
    );
  } catch {
    return new Set();
  }
}

/**
 * Netlify's splat rewrites in _redirects ("/2024/*  /:splat  200"): a path under the prefix
 * is served from the path after it. Returns [prefix, replacement prefix] pairs.
 */
export function splatRewrites(redirects: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of redirects.split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !from.endsWith('/*') || !to?.endsWith(':splat') || status !== '200') continue;
    out.push([from.slice(0, -1), to.slice(0, -':splat'.length)]);
  }
  return out;
}

type Kind = 'internal' | 'external' | 'skip' | 'bad';

interface Classified {
  kind: Kind;
  /** URL path for internal references (absolute, no query), fragment separately. */
  path?: string;
  fragment?: string;
  reason?: string;
}

/** Sorts a reference made in page `base` (a URL path) into internal / external / skip / bad. */
export function classify(ref: string, base: string, origin: string): Classified {
  const r = ref.trim();
  if (r === '') return { kind: 'bad', reason: 'empty URL' };
  if (/^javascript:/i.test(r)) return { kind: 'bad', reason: 'javascript: URL' };
  if (/^data:/i.test(r)) {
    const comma = r.indexOf(',');
    if (comma < 0) return { kind: 'bad', reason: 'malformed data: URL' };
    if (!/;base64$/i.test(r.slice(0, comma))) {
      try {
        decodeURIComponent(r.slice(comma + 1));
      } catch {
        return { kind: 'bad', reason: 'data: URL does not decode' };
      }
    }
    return { kind: 'skip' };
  }
  if (/^(mailto|tel|sms|blob):/i.test(r)) return { kind: 'skip' };
  let url: URL;
  try {
    url = new URL(r, `${origin}${base}`);
  } catch {
    return { kind: 'bad', reason: 'unparsable URL' };
  }
  if (url.origin !== origin) return { kind: /^https?:$/.test(url.protocol) ? 'external' : 'skip' };
  let p: string;
  try {
    p = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'bad', reason: 'bad percent-encoding' };
  }
  return { kind: 'internal', path: p, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

/** The file a URL path is served from under dist (static host rules, trailing slash always). */
export function resolvePath(dist: string, urlPath: string): { file?: string; reason?: string } {
  const rel = urlPath.replace(/^\/+/, '');
  if (rel.split('/').includes('..')) return { reason: 'path leaves the site' };
  const full = path.join(dist, rel);
  if (urlPath.endsWith('/')) {
    const index = path.join(full, 'index.html');
    return isFile(index) ? { file: index } : { reason: 'no such page' };
  }
  if (isFile(full)) return { file: full };
  if (isFile(path.join(full, 'index.html'))) return { reason: 'page exists only with a trailing slash' };
  return { reason: 'no such file' };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string, out: { html: string[]; assets: string[] }, root = dir): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      // /data/ holds ~10,000 JSON files and no HTML: not walked (its URLs are checked as targets).
      if (dir === root && e.name === 'data') continue;
      walk(p, out, root);
    } else if (e.name.endsWith('.html')) out.html.push(p);
    // The root's /_astro/ and each release copy's /<year>/_astro/.
    else if (/\.(css|js|mjs)$/.test(e.name) && /^(\d{4}\/)?_astro\//.test(path.relative(root, p).split(path.sep).join('/')))
      out.assets.push(p);
  }
}

function urlPathOf(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The site's origin, from the home page's canonical link (so it follows SITE_URL). */
export function siteOrigin(dist: string): string {
  try {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const m = /<link rel="canonical" href="([^"]+)"/.exec(html);
    if (m) return new URL(m[1]).origin;
  } catch {
    /* fall through */
  }
  return 'https://site.invalid';
}

interface ChunkResult {
  broken: Broken[];
  references: number;
  external: number;
  /** Internal targets with (up to 3) pages and attributes that reference them, resolved in the main thread. */
  targets: [string, [string, string][]][];
  fragments: [string, string, string][];
}

/** Scans a list of HTML files: local problems, and the internal targets to resolve. */
function scanChunk(dist: string, files: string[], origin: string, copies: ReadonlySet<string> = new Set()): ChunkResult {
  const broken: Broken[] = [];
  const targets = new Map<string, [string, string][]>();
  const fragments: [string, string, string][] = [];
  let references = 0;
  let external = 0;
  for (const file of files) {
    const page = urlPathOf(dist, file);
    const copy = copyOf(page, copies);
    const html = fs.readFileSync(file, 'utf8');
    const { refs, ids, handlers } = scanHtml(html);
    references += refs.length;
    for (const h of new Set(handlers)) broken.push({ from: page, where: h, ref: `${h}=…`, reason: 'inline event handler' });
    // A template that printed an object where it meant one of its fields.
    if (html.includes(OBJECT_TEXT)) broken.push({ from: page, where: 'text', ref: OBJECT_TEXT, reason: 'an object printed as text' });
    for (const { where, ref, latest } of refs) {
      const c = classify(ref, page, origin);
      if (c.kind === 'bad') broken.push({ from: page, where, ref, reason: c.reason! });
      else if (c.kind === 'external') external++;
      else if (c.kind === 'internal') {
        if (copy && leavesCopy(copy, c.path!, latest))
          broken.push({
            from: page,
            where,
            ref,
            reason: `release ${copy} links outside /${copy}/ (only /data/, static files and links marked data-release may)`,
          });
        const list = targets.get(c.path!);
        if (!list) targets.set(c.path!, [[page, where]]);
        else if (list.length < 3 && !list.some(([p]) => p === page)) list.push([page, where]);
        if (c.fragment) {
          if (c.path === page || c.path === `${page}index.html`) {
            if (!ids.has(c.fragment)) broken.push({ from: page, where, ref, reason: `no id "${c.fragment}" in the page` });
          } else fragments.push([page, c.path!, c.fragment]);
        }
      }
    }
  }
  return { broken, references, external, targets: [...targets], fragments };
}

function scanAssets(
  dist: string,
  assets: string[],
  origin: string,
  targets: Map<string, [string, string][]>,
): { broken: Broken[]; references: number } {
  const broken: Broken[] = [];
  let references = 0;
  for (const file of assets) {
    const from = urlPathOf(dist, file);
    const text = fs.readFileSync(file, 'utf8');
    const refs: Ref[] = [];
    if (file.endsWith('.css')) for (const m of text.matchAll(CSS_URL_RE)) refs.push({ where: 'css url()', ref: m[2] });
    else for (const m of text.matchAll(JS_IMPORT_RE)) refs.push({ where: 'js import', ref: m[1] });
    references += refs.length;
    for (const { where, ref } of refs) {
      const c = classify(ref, from, origin);
      if (c.kind === 'bad') broken.push({ from, where, ref, reason: c.reason! });
      else if (c.kind === 'internal' && !targets.has(c.path!)) targets.set(c.path!, [[from, where]]);
    }
  }
  return { broken, references };
}

/** Targets of dist/_redirects ("from to status" per line). */
function scanRedirects(
  dist: string,
  origin: string,
  targets: Map<string, [string, string][]>,
): { broken: Broken[]; references: number; fragments: [string, string, string][] } {
  const file = path.join(dist, '_redirects');
  const out = { broken: [] as Broken[], references: 0, fragments: [] as [string, string, string][] };
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (!parts[0] || parts[0].startsWith('#') || parts.length < 2) continue;
    // Splat rewrites (/<latest>/* → /:splat) have no single target: resolvePath applies them.
    if (parts[0].includes('*') || parts[1].includes(':')) continue;
    out.references++;
    const c = classify(parts[1], '/', origin);
    if (c.kind === 'bad') out.broken.push({ from: '/_redirects', where: parts[0], ref: parts[1], reason: c.reason! });
    else if (c.kind === 'internal') {
      const list = targets.get(c.path!);
      if (!list) targets.set(c.path!, [['/_redirects', parts[0]]]);
      else if (list.length < 3 && !list.some(([p]) => p === '/_redirects')) list.push(['/_redirects', parts[0]]);
      if (c.fragment) out.fragments.push(['/_redirects', c.path!, c.fragment]);
    }
  }
  return out;
}

/** Checks every HTML page and asset under `dist`. Uses up to `workers` threads (default: CPUs). */
export async function checkLinks(dist: string, opts: { workers?: number } = {}): Promise<LinkReport> {
  const t0 = performance.now();
  const root = path.resolve(dist);
  const origin = siteOrigin(root);
  const files = { html: [] as string[], assets: [] as string[] };
  walk(root, files);
  const copies = releaseCopies(root);
  const redirectsFile = path.join(root, '_redirects');
  const rewrites = fs.existsSync(redirectsFile) ? splatRewrites(fs.readFileSync(redirectsFile, 'utf8')) : [];
  files.html.sort();
  const n = Math.max(1, Math.min(opts.workers ?? os.availableParallelism(), Math.ceil(files.html.length / 500)));
  const chunks: string[][] = Array.from({ length: n }, () => []);
  files.html.forEach((f, i) => chunks[i % n].push(f));
  const results: ChunkResult[] =
    n === 1
      ? [scanChunk(root, chunks[0], origin, copies)]
      : await Promise.all(
          chunks.map(
            (chunk) =>
              new Promise<ChunkResult>((resolve, reject) => {
                const w = new Worker(fileURLToPath(import.meta.url), {
                  workerData: { mesCheckLinks: true, dist: root, files: chunk, origin, copies: [...copies] },
                });
                w.once('message', resolve);
                w.once('error', reject);
              }),
          ),
        );

  const broken: Broken[] = [];
  const targets = new Map<string, [string, string][]>();
  let references = 0;
  let external = 0;
  for (const r of results) {
    pushAll(broken, r.broken);
    references += r.references;
    external += r.external;
    for (const [t, pages] of r.targets) {
      const list = targets.get(t);
      if (!list) targets.set(t, pages);
      else if (list.length < 3) pushAll(list, pages.slice(0, 3 - list.length));
    }
  }
  const assetScan = scanAssets(root, files.assets, origin, targets);
  pushAll(broken, assetScan.broken);
  references += assetScan.references;
  // Netlify's _redirects (bare TERYT codes → pages): every target must exist too.
  const redirects = scanRedirects(root, origin, targets);
  pushAll(broken, redirects.broken);
  references += redirects.references;
  const redirectFragments = redirects.fragments;

  const resolved = new Map<string, string | undefined>();
  for (const [t, pages] of targets) {
    let r = resolvePath(root, t);
    const rewrite = r.file ? undefined : rewrites.find(([from]) => t.startsWith(from));
    if (rewrite) r = resolvePath(root, rewrite[1] + t.slice(rewrite[0].length));
    resolved.set(t, r.file);
    if (!r.file) for (const [from, where] of pages) broken.push({ from, where, ref: t, reason: r.reason! });
  }
  // Fragments into other pages: read each target page's ids once.
  const idCache = new Map<string, Set<string>>();
  for (const r of [...results, { fragments: redirectFragments }])
    for (const [from, target, fragment] of r.fragments) {
      const file = resolved.get(target);
      if (!file || !file.endsWith('.html')) continue;
      let ids = idCache.get(file);
      if (!ids) idCache.set(file, (ids = scanHtml(fs.readFileSync(file, 'utf8')).ids));
      if (!ids.has(fragment))
        broken.push({ from, where: 'fragment', ref: `${target}#${fragment}`, reason: `no id "${fragment}" in the target page` });
    }
  broken.sort((a, b) => a.ref.localeCompare(b.ref) || a.from.localeCompare(b.from) || a.where.localeCompare(b.where));
  const seen = new Set<string>();
  const unique = broken.filter((b) => {
    const key = `${b.from}\n${b.where}\n${b.ref}\n${b.reason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return {
    pages: files.html.length,
    assets: files.assets.length,
    references,
    targets: targets.size,
    external,
    broken: unique,
    ms: performance.now() - t0,
  };
}

export function formatReport(r: LinkReport, max = 50): string {
  const lines = [
    `links: ${r.pages} pages, ${r.assets} assets, ${r.references} references, ${r.targets} distinct internal targets, ${r.external} external (not fetched), ${(r.ms / 1000).toFixed(1)} s`,
  ];
  if (r.broken.length === 0) lines.push('links: 0 broken');
  else {
    lines.push(`links: ${r.broken.length} broken (first ${Math.min(max, r.broken.length)}):`);
    for (const b of r.broken.slice(0, max))
      lines.push(`  ${b.from}  ${b.where}="${b.ref.length > 120 ? `${b.ref.slice(0, 117)}...` : b.ref}"  — ${b.reason}`);
  }
  return lines.join('\n');
}

if (!isMainThread && (workerData as { mesCheckLinks?: boolean } | undefined)?.mesCheckLinks) {
  const { dist, files, origin, copies } = workerData as { dist: string; files: string[]; origin: string; copies: string[] };
  parentPort!.postMessage(scanChunk(dist, files, origin, new Set(copies)));
} else if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] || process.env.DIST_DIR || 'dist';
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`check-links: no built site in ${dist}/ (run the build first)`);
    process.exit(2);
  }
  const report = await checkLinks(dist);
  console.log(formatReport(report));
  process.exit(report.broken.length ? 1 : 0);
}
