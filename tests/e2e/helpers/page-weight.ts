// First-view weight of a page: every response Chromium loads for it without scrolling
// (HTML, CSS, JS, data, images), each gzipped as a web server would send it. For the
// budget "a gmina page's first view ≤ 60 KB gzip" and for `npm run bench`:
//   import { firstViewWeight } from '../tests/e2e/helpers/page-weight.ts';
//   const w = await firstViewWeight(page, 'http://127.0.0.1:4321/gmina/1211092-nowy-targ/');
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';

export interface PageWeight {
  url: string;
  /** gzip bytes by kind */
  html: number;
  css: number;
  js: number;
  data: number;
  other: number;
  total: number;
  requests: number;
  /** raw (uncompressed) bytes of the HTML document */
  htmlRaw: number;
}

export async function firstViewWeight(page: Page, url: string): Promise<PageWeight> {
  const w: PageWeight = { url, html: 0, css: 0, js: 0, data: 0, other: 0, total: 0, requests: 0, htmlRaw: 0 };
  const pending: Promise<void>[] = [];
  const onResponse = (res: import('@playwright/test').Response) => {
    pending.push(
      (async () => {
        if (res.status() >= 300 && res.status() < 400) return;
        const body = await res.body().catch(() => Buffer.alloc(0));
        const gz = zlib.gzipSync(body, { level: 6 }).length;
        const type = res.request().resourceType();
        w.requests++;
        if (type === 'document') {
          w.html += gz;
          w.htmlRaw += body.length;
        } else if (type === 'stylesheet') w.css += gz;
        else if (type === 'script') w.js += gz;
        else if (type === 'fetch' || type === 'xhr') w.data += gz;
        else w.other += gz;
      })(),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  page.off('response', onResponse);
  w.total = w.html + w.css + w.js + w.data + w.other;
  return w;
}
