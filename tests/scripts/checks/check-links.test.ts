// The link checker (scripts/checks/check-links.ts) on a tiny fake site: it must find every kind
// of broken reference and accept every good one. The real run over dist/ is part of
// `npm run test:e2e` (npm run check:links).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, classify, scanHtml } from '#scripts/checks/check-links.ts';

const ORIGIN = 'https://example.test';
let dist: string;

function write(rel: string, text: string) {
  const file = path.join(dist, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="pl"><head><link rel="canonical" href="${ORIGIN}/"/>${head}</head><body>${body}</body></html>`;

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  write('index.html', page('<a href="/gmina/1-a/">ok</a> <a href="/gmina/1-a/#kod-1">ok fragment</a> <a href="#top" id="top">self</a>'));
  write(
    'gmina/1-a/index.html',
    page(
      [
        '<p id="kod-1">x</p>',
        '<a href="../../">up, relative</a>',
        '<a href="/gmina/2-b/">missing page</a>',
        '<a href="/gmina/1-a">no trailing slash</a>',
        '<a href="/gmina/1-a/#nie-ma">missing fragment</a>',
        '<a href="#brak">missing fragment here</a>',
        '<img src="/img/missing.png" alt="">',
        '<img srcset="/favicon.svg 1x, /img/2x.png 2x" alt="">',
        '<a href="https://elsewhere.example/">external</a>',
        `<a href="${ORIGIN}/gmina/1-a/">own origin, absolute</a>`,
        `<a href="${ORIGIN}/nie-ma/">own origin, missing</a>`,
        '<a href="mailto:a@b.c">mail</a>',
        '<a href="data:text/csv;charset=utf-8,%EF%BB%BFa%2Cb" download="x.csv">csv</a>',
        '<a href="data:text/csv,%E0%A4%A">bad data url</a>',
        '<a href="javascript:alert(1)">js</a>',
        '<a href="/data/2024/territory/1.json?x=1&amp;y=2">data ok, query and entity</a>',
        '<div data-url="/data/2024/territory/9.json" data-code="1211092"></div>',
        '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/missing.js"></astro-island>',
        '<script type="application/json" id="cfg">{"dataUrl":"/data/2024/territory/1.json","other":"/data/2024/nope.json"}</script>',
        '<a href="/z%C4%85bki/">percent-encoded</a>',
        '<button type="button" onclick="alert(1)">inline handler</button><img src="/favicon.svg" alt="" ONERROR=alert(2)>',
        '<p>Text that says onclick="x" is not a handler.</p>',
      ].join('\n'),
      '<link rel="stylesheet" href="/_astro/site.css"><meta http-equiv="refresh" content="0; url=/gone/">',
    ),
  );
  write('ząbki/index.html', page('<p>ok</p><p>[object Object]</p>'));
  write('favicon.svg', '<svg/>');
  write('data/2024/territory/1.json', '{}');
  write('_astro/Island.js', 'import{a}from"./chunk.js";import("./lazy.js");export{a};');
  write('_astro/chunk.js', 'export const a=1;');
  write('_astro/site.css', '.a{background:url(/img/bg.png)}.b{background:url("./font.woff2")}');
  write('_astro/font.woff2', '');
  write('_redirects', '# rules\n/1/ /gmina/1-a/ 301!\n/2/ /gmina/2-b/ 301!\n/3/ /gmina/1-a/#kod-1 301!\n/4/ /gmina/1-a/#kod-4 301!\n');
});

afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('check-links', () => {
  it('classifies references', () => {
    expect(classify('/a/', '/x/', ORIGIN)).toMatchObject({ kind: 'internal', path: '/a/' });
    expect(classify('../b/#f', '/x/y/', ORIGIN)).toMatchObject({ kind: 'internal', path: '/x/b/', fragment: 'f' });
    expect(classify('https://other.test/', '/', ORIGIN).kind).toBe('external');
    expect(classify(`${ORIGIN}/a/`, '/', ORIGIN)).toMatchObject({ kind: 'internal', path: '/a/' });
    expect(classify('javascript:void(0)', '/', ORIGIN).kind).toBe('bad');
    expect(classify('', '/', ORIGIN).kind).toBe('bad');
    expect(classify('tel:123', '/', ORIGIN).kind).toBe('skip');
  });

  it('reads attributes, srcset, meta refresh and inline JSON', () => {
    const { refs, ids } = scanHtml(
      '<a href="/a/?q=1&amp;r=2" id="x">a</a><img srcset="/1.png 1x, /2.png 2x"><meta http-equiv="refresh" content="0; url=/r/"><script type="application/json">{"u":"/data/x.json"}</script><p data-x="12">',
    );
    expect(refs.map((r) => r.ref)).toEqual(['/a/?q=1&r=2', '/1.png', '/2.png', '/r/', '/data/x.json']);
    expect([...ids]).toEqual(['x']);
    expect(scanHtml('<div onmouseover="x()"></div><p>a onclick=b</p>').handlers).toEqual(['onmouseover']);
  });

  it('finds every broken reference in a fake site and nothing else', async () => {
    const report = await checkLinks(dist, { workers: 1 });
    const found = report.broken.map((b) => `${b.from} ${b.ref} ${b.reason}`).sort();
    expect(found).toEqual(
      [
        '/_astro/Island.js /_astro/lazy.js no such file',
        '/_astro/site.css /img/bg.png no such file',
        '/gmina/1-a/ /_astro/missing.js no such file',
        '/gmina/1-a/ /data/2024/nope.json no such file',
        '/gmina/1-a/ /data/2024/territory/9.json no such file',
        '/gmina/1-a/ /gmina/1-a page exists only with a trailing slash',
        '/gmina/1-a/ /gmina/1-a/#nie-ma no id "nie-ma" in the page',
        '/gmina/1-a/ /gmina/2-b/ no such page',
        '/gmina/1-a/ /gone/ no such page',
        '/gmina/1-a/ /img/2x.png no such file',
        '/gmina/1-a/ /img/missing.png no such file',
        '/gmina/1-a/ /nie-ma/ no such page',
        '/gmina/1-a/ #brak no id "brak" in the page',
        '/gmina/1-a/ data:text/csv,%E0%A4%A data: URL does not decode',
        '/gmina/1-a/ javascript:alert(1) javascript: URL',
        '/_redirects /gmina/2-b/ no such page',
        '/_redirects /gmina/1-a/#kod-4 no id "kod-4" in the target page',
        '/gmina/1-a/ onclick=… inline event handler',
        '/gmina/1-a/ ONERROR=… inline event handler',
        '/ząbki/ [object Object] an object printed as text',
      ].sort(),
    );
    expect(report.pages).toBe(3);
    expect(report.external).toBe(1);
  });
});
