// Module preload hints for the built pages. A page's module scripts and the islands it
// hydrates at once (client:load) import small shared chunks, which import others: without
// hints the browser learns of each level only when the level before it has arrived, one
// round trip a level (≈ 150 ms each on a phone network). With a
// `<link rel="modulepreload">` for every chunk they import, written where the script or
// island is, all of them are requested together. Islands that wait (client:visible, idle,
// interaction) get no hints, so a page's first view loads nothing it did not load before —
// unless the island is the page's main content and its wrapper says so with
// `data-preload-island` (the indicator page's map): its code then comes with the page too.
import fs from 'node:fs';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';

/** The URLs a chunk imports statically (its dynamic imports load later, on demand). */
export function staticImports(code: string, fromUrl: string): string[] {
  const [imports] = parse(code);
  const out: string[] = [];
  for (const i of imports) {
    // d === -1: a static import; -2: import.meta; ≥ 0: a dynamic import().
    if (i.d !== -1 || !i.n) continue;
    if (!i.n.startsWith('.') && !i.n.startsWith('/')) continue;
    out.push(new URL(i.n, `http://x${fromUrl}`).pathname);
  }
  return out;
}

/** Every chunk `entry` imports statically, directly or not, in first-seen order (without entry itself). */
export function importClosure(entry: string, importsOf: (url: string) => string[]): string[] {
  const seen = new Set<string>([entry]);
  const out: string[] = [];
  const visit = (url: string) => {
    for (const dep of importsOf(url))
      if (!seen.has(dep)) {
        seen.add(dep);
        out.push(dep);
        visit(dep);
      }
  };
  visit(entry);
  return out;
}

/** A module script (its src), or an island's opening tag. */
const TAG = /<script type="module" src="([^"]+)"[^>]*><\/script>|<astro-island\b[^>]*>/g;
/** The tag just before an island when it is a wrapper asking for the island's code at once. */
const PRELOAD_WRAPPER = /<[a-z]+\b[^>]*\sdata-preload-island\b[^>]*>\s*$/;
const attr = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * The page's HTML with modulepreload links: after each module script, the chunks it
 * imports; before each client:load island (or one in a data-preload-island wrapper), its
 * renderer's and component's chunks with what they import. A chunk is hinted once per
 * page, and never when the page already loads it by a script tag.
 */
export function withModulePreloads(html: string, closureOf: (url: string) => string[]): string {
  const hinted = new Set<string>();
  for (const m of html.matchAll(TAG)) if (m[1]) hinted.add(m[1]);
  const links = (urls: string[]): string => {
    const fresh: string[] = [];
    for (const u of urls)
      if (!hinted.has(u)) {
        hinted.add(u);
        fresh.push(u);
      }
    return fresh.map((u) => `<link rel="modulepreload" href="${u}">`).join('');
  };
  return html.replace(TAG, (tag: string, src: string | undefined, at: number) => {
    if (src) return tag + links(closureOf(src));
    const wrapped = PRELOAD_WRAPPER.test(html.slice(html.lastIndexOf('<', at - 1), at));
    if (attr(tag, 'client') !== 'load' && !wrapped) return tag;
    const urls = [attr(tag, 'renderer-url'), attr(tag, 'component-url')].filter((u): u is string => !!u);
    return links(urls.flatMap((u) => [u, ...closureOf(u)])) + tag;
  });
}

/**
 * Adds the hints to every page under `dir` (a built site whose URLs start with `base`, e.g.
 * "/2023" for an older release's copy, "" at the root); returns how many pages changed.
 */
export async function addModulePreloads(dir: string, base: string): Promise<number> {
  await init;
  const imports = new Map<string, string[]>();
  const importsOf = (url: string): string[] => {
    let list = imports.get(url);
    if (!list) {
      const file = path.join(dir, url.startsWith(`${base}/`) ? url.slice(base.length) : url);
      list = fs.existsSync(file) ? staticImports(fs.readFileSync(file, 'utf8'), url) : [];
      imports.set(url, list);
    }
    return list;
  };
  const closures = new Map<string, string[]>();
  const closureOf = (url: string): string[] => {
    let c = closures.get(url);
    if (!c) closures.set(url, (c = importClosure(url, importsOf)));
    return c;
  };
  let changed = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_astro' && e.name !== 'data') walk(p);
      } else if (e.name.endsWith('.html')) {
        const html = fs.readFileSync(p, 'utf8');
        if (!['type="module" src=', 'client="load"', 'data-preload-island'].some((m) => html.includes(m))) continue;
        const out = withModulePreloads(html, closureOf);
        if (out !== html) {
          fs.writeFileSync(p, out);
          changed++;
        }
      }
    }
  };
  walk(dir);
  return changed;
}
