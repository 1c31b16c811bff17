// The archive's launcher (scripts/site/serve.mjs), run as a person would run it:
// `node serve.mjs` in a folder, with its settings line filled as `npm run archive` does.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLauncher } from '#build/offline/archive.ts';
import { LAUNCHER_TEMPLATE } from '#scripts/site/archive.ts';

let dir: string;
const children: ChildProcess[] = [];

function write(rel: string, text: string) {
  const f = path.join(dir, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
}

/** Starts the launcher and resolves with the address it prints. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = spawn(process.execPath, [path.join(dir, 'serve.mjs'), ...args], {
    cwd: os.tmpdir(),
    env: { ...process.env, PORT: '', ...env },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`launcher exited ${code}: ${err}`)));
  });
}

function get(origin: string, rawPath: string, method = 'GET'): Promise<{ status: number; type: string; location?: string; body: string }> {
  const u = new URL(origin);
  return new Promise((resolve, reject) => {
    // http.request sends the path as given (no normalisation), as an attacker would.
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? ''), location: res.headers.location, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-launcher-'));
  const template = fs.readFileSync(LAUNCHER_TEMPLATE, 'utf8');
  write('serve.mjs', renderLauncher(template, { release: '2023', base: '/2023', site: 'https://example.org' }));
  write('index.html', '<h1>home</h1>');
  write('404.html', '<html><head></head><body><h1>not here</h1><a href="index.html">home</a></body></html>');
  write('gmina/1211092-nowy-targ/index.html', '<h1>Nowy Targ</h1>');
  write('_astro/C.js', 'export default 1;');
  write('_astro/a.css', 'body{}');
  write('data/2023/territory/1211092.json', '{"release":"2023"}');
  write('data/geo/gmina.topo.json', '{}');
  write('data/2023/download/gmina.csv', 'a,b');
  write('data/2023/download/gmina.xlsx', 'PK');
  write('data/2023/a.geojson', '{}');
  write('favicon.svg', '<svg/>');
  // A file outside the served folder that traversal would reach.
  fs.writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
});

afterAll(() => {
  for (const c of children) c.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), { force: true });
});

describe('serve.mjs', () => {
  let origin: string;
  beforeAll(async () => {
    origin = await start(['--port', '0']);
  });

  it('serves its own folder on 127.0.0.1 with index.html for folders and the right types', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await get(origin, '/');
    expect(home).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(home.type).toMatch(/^text\/html/);
    expect(await get(origin, '/gmina/1211092-nowy-targ/')).toMatchObject({ status: 200, body: '<h1>Nowy Targ</h1>' });
    const types: [string, RegExp][] = [
      ['/_astro/C.js', /^text\/javascript/],
      ['/_astro/a.css', /^text\/css/],
      ['/data/2023/territory/1211092.json', /^application\/json/],
      ['/data/geo/gmina.topo.json', /^application\/json/],
      ['/data/2023/download/gmina.csv', /^text\/csv/],
      ['/data/2023/download/gmina.xlsx', /spreadsheetml/],
      ['/data/2023/a.geojson', /geo\+json/],
      ['/favicon.svg', /^image\/svg\+xml/],
    ];
    for (const [p, re] of types) {
      const r = await get(origin, p);
      expect(r.status, p).toBe(200);
      expect(r.type, p).toMatch(re);
    }
  });

  it('strips the release base, since islands build their URLs with it', async () => {
    expect(await get(origin, '/2023/gmina/1211092-nowy-targ/')).toMatchObject({ status: 200, body: '<h1>Nowy Targ</h1>' });
    expect(await get(origin, '/2023/_astro/C.js')).toMatchObject({ status: 200, body: 'export default 1;' });
    expect(await get(origin, '/2023/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    // The shared data path is served as it is.
    expect(await get(origin, '/data/2023/territory/1211092.json')).toMatchObject({ status: 200, body: '{"release":"2023"}' });
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const r = await get(origin, '/gmina/1211092-nowy-targ?x=1');
    expect(r.status).toBe(301);
    expect(r.location).toBe('/gmina/1211092-nowy-targ/?x=1');
  });

  it('answers a missing page with 404.html, and HEAD without a body', async () => {
    // Served at any depth, its relative links still start from the archive root.
    expect(await get(origin, '/nope/deeper/')).toMatchObject({
      status: 404,
      body: '<html><head><base href="/"></head><body><h1>not here</h1><a href="index.html">home</a></body></html>',
    });
    expect(await get(origin, '/gmina/1211092-nowy-targ/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(origin, '/', 'POST')).status).toBe(405);
  });

  it('never serves a file outside its folder', async () => {
    const secret = `${path.basename(dir)}-secret.txt`;
    for (const p of [`/../${secret}`, `/%2e%2e/${secret}`, `/gmina/..%2f..%2f${secret}`, `/2023/../../${secret}`, `/..%5c${secret}`]) {
      const r = await get(origin, p);
      expect([400, 403, 404], p).toContain(r.status);
      expect(r.body, p).not.toContain('secret');
    }
    expect((await get(origin, '/%E0%A4%A')).status).toBe(400);
  });

  it('takes the port from PORT, and falls back to a free port when it is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const other = await start([], { PORT: String(taken) });
      expect(other).not.toBe(`http://127.0.0.1:${taken}`);
      expect((await get(other, '/')).status).toBe(200);
    } finally {
      blocker.close();
    }
  });
});
