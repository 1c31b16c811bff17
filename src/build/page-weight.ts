// Build output figures for `npm run bench` (Node only, reads dist/): first-view bytes of a
// page as a browser loads it before any island is visible or used (the HTML, its
// stylesheets and any script it loads at once; island code is fetched only by its
// directive), and bytes per page type. tests/e2e/helpers/page-weight.ts measures the same in
// Chromium; this version needs no browser.
//
//   import { SAMPLE_PAGES, firstViewBytes, distBytesByPageType } from '../src/build/page-weight.ts';
//   firstViewBytes('dist', SAMPLE_PAGES.gmina)  → { html, css, js, total, htmlRaw }  (gzip bytes)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const SAMPLE_PAGES = {
  gmina: '/gmina/1211092-nowy-targ/',
  powiat: '/powiat/1211-nowotarski/',
  voivodeship: '/wojewodztwo/12-malopolskie/',
  country: '/polska/',
  home: '/',
} as const;

/** The first-view budget of a gmina page: HTML, CSS and scripts loaded up front, gzip bytes. */
export const GMINA_FIRST_VIEW_BUDGET = 60 * 1024;

export interface FirstView {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  htmlRaw: number;
}

const gz = (buf: Buffer) => zlib.gzipSync(buf, { level: 6 }).length;

function fileOf(dist: string, urlPath: string): string {
  const clean = urlPath.split(/[?#]/)[0];
  return path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function firstViewBytes(dist: string, pagePath: string): FirstView {
  const htmlBuf = fs.readFileSync(fileOf(dist, pagePath));
  const html = htmlBuf.toString('utf8');
  const hrefs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
  const css = hrefs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  // Only scripts loaded at once; astro-island component-url/renderer-url load on their directive.
  const js = hrefs(/<script[^>]+src="([^"]+)"/g);
  const sum = (list: string[]) => list.reduce((s, href) => s + gz(fs.readFileSync(fileOf(dist, href))), 0);
  const v = { page: pagePath, html: gz(htmlBuf), css: sum(css), js: sum(js), total: 0, htmlRaw: htmlBuf.length };
  v.total = v.html + v.css + v.js;
  return v;
}

/** Count and raw bytes of the HTML of each page type under dist/. */
export function distBytesByPageType(dist: string): Record<string, { pages: number; bytes: number }> {
  const out: Record<string, { pages: number; bytes: number }> = {};
  const add = (type: string, file: string) => {
    const o = (out[type] ??= { pages: 0, bytes: 0 });
    o.pages++;
    o.bytes += fs.statSync(file).size;
  };
  const walk = (dir: string, type: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, type);
      else if (e.name === 'index.html') add(type, p);
    }
  };
  for (const lang of ['', 'en']) {
    const root = path.join(dist, lang);
    for (const seg of ['gmina', 'powiat', 'wojewodztwo', 'polska', 'wskaznik']) {
      const dir = path.join(root, seg);
      if (fs.existsSync(dir)) walk(dir, `${lang ? 'en/' : ''}${seg}`);
    }
    if (!fs.existsSync(root)) continue;
    for (const e of fs.readdirSync(root, { withFileTypes: true }))
      if (e.isDirectory() && /^\d+$/.test(e.name)) add(`${lang ? 'en/' : ''}code-redirect`, path.join(root, e.name, 'index.html'));
  }
  return out;
}
