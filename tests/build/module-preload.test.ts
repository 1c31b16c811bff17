// Module preload hints (src/build/module-preload.ts): which chunks a page hints, where, and
// that islands that wait for the visitor get none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { init } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { addModulePreloads, importClosure, staticImports, withModulePreloads } from '#build/module-preload.ts';

beforeAll(async () => {
  await init;
});

describe('staticImports', () => {
  it('lists static imports as site paths, not dynamic ones or bare names', () => {
    const code = `import{a as b}from"./client.A1.js";import"./side.B2.js";import x from"svelte";export*from"../_astro/more.C3.js";const m=()=>import("./lazy.D4.js");`;
    expect(staticImports(code, '/_astro/entry.js')).toEqual(['/_astro/client.A1.js', '/_astro/side.B2.js', '/_astro/more.C3.js']);
  });
  it('resolves relative to a copy under its base', () => {
    expect(staticImports(`import"./a.js";`, '/2023/_astro/entry.js')).toEqual(['/2023/_astro/a.js']);
  });
});

describe('importClosure', () => {
  const graph: Record<string, string[]> = { e: ['a', 'b'], a: ['c'], b: ['c', 'e'], c: [] };
  it('visits every chunk once, first-seen order, cycles included, without the entry', () => {
    expect(importClosure('e', (u) => graph[u] ?? [])).toEqual(['a', 'c', 'b']);
  });
});

describe('withModulePreloads', () => {
  const closures: Record<string, string[]> = {
    '/_astro/script.js': ['/_astro/urls.js', '/_astro/core.js'],
    '/_astro/App.js': ['/_astro/client.js', '/_astro/core.js'],
    '/_astro/render.js': ['/_astro/client.js'],
    '/_astro/Lazy.js': ['/_astro/big.js'],
  };
  const closureOf = (u: string) => closures[u] ?? [];
  const script = '<script type="module" src="/_astro/script.js"></script>';
  const island = (client: string, component = '/_astro/App.js') =>
    `<astro-island uid="x" component-url="${component}" component-export="default" renderer-url="/_astro/render.js" ssr client="${client}">`;

  it('hints a script’s imports right after it', () => {
    expect(withModulePreloads(`<body>${script}</body>`, closureOf)).toBe(
      `<body>${script}<link rel="modulepreload" href="/_astro/urls.js"><link rel="modulepreload" href="/_astro/core.js"></body>`,
    );
  });
  it('hints a client:load island’s renderer, component and imports before it, each chunk once a page', () => {
    const out = withModulePreloads(`${script}${island('load')}`, closureOf);
    const hints = [...out.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    expect(hints).toEqual(['/_astro/urls.js', '/_astro/core.js', '/_astro/render.js', '/_astro/client.js', '/_astro/App.js']);
    expect(out.indexOf('href="/_astro/App.js"')).toBeLessThan(out.indexOf('<astro-island'));
  });
  it('hints an island that waits when its wrapper asks for its code at once (data-preload-island)', () => {
    const html = `<div class="x" data-preload-island>\n${island('visible', '/_astro/Lazy.js')}</div>`;
    expect(withModulePreloads(html, closureOf)).toBe(
      `<div class="x" data-preload-island>\n<link rel="modulepreload" href="/_astro/render.js"><link rel="modulepreload" href="/_astro/client.js"><link rel="modulepreload" href="/_astro/Lazy.js"><link rel="modulepreload" href="/_astro/big.js">${island('visible', '/_astro/Lazy.js')}</div>`,
    );
  });

  it('leaves islands that wait (visible, idle, interaction) and pages without scripts alone', () => {
    for (const client of ['visible', 'idle', 'interaction']) {
      const html = `<main>${island(client, '/_astro/Lazy.js')}</main>`;
      expect(withModulePreloads(html, closureOf)).toBe(html);
    }
  });
  it('never hints a chunk the page loads by a script tag', () => {
    const other = '<script type="module" src="/_astro/core.js"></script>';
    const out = withModulePreloads(`${script}${other}`, closureOf);
    expect(out).not.toContain('modulepreload" href="/_astro/core.js"');
  });
});

describe('addModulePreloads', () => {
  it('reads the chunks of a built copy under its base and rewrites only pages with scripts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-preload-'));
    fs.mkdirSync(path.join(dir, '_astro'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, '_astro', 'entry.js'), 'import"./dep.js";');
    fs.writeFileSync(path.join(dir, '_astro', 'dep.js'), 'import"./deeper.js";export const x=1;');
    fs.writeFileSync(path.join(dir, '_astro', 'deeper.js'), 'export const y=2;');
    const page = '<html><body><script type="module" src="/2023/_astro/entry.js"></script></body></html>';
    const plain = '<html><body><p>no scripts</p></body></html>';
    fs.writeFileSync(path.join(dir, 'a', 'index.html'), page);
    fs.writeFileSync(path.join(dir, 'index.html'), plain);
    expect(await addModulePreloads(dir, '/2023')).toBe(1);
    const out = fs.readFileSync(path.join(dir, 'a', 'index.html'), 'utf8');
    expect(out).toContain('<link rel="modulepreload" href="/2023/_astro/dep.js"><link rel="modulepreload" href="/2023/_astro/deeper.js">');
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(plain);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
