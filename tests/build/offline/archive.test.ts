// `npm run archive` on a small synthetic built site with two releases (the latest at the
// root, an older one built with base /2023 into dist/2023/): file choice, rewritten pages,
// byte-determinism, archives.json and the releases page's placeholders; plus the pure
// helpers of src/build/offline/archive.ts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '#core/zip.ts';
import { fillArchivePlaceholders, readmeText, renderLauncher, selectFiles, zipDate } from '#build/offline/archive.ts';
import { LAUNCHER_TEMPLATE, runArchive } from '#scripts/site/archive.ts';
import { releaseBenchRows } from '#build/offline/bench.ts';
import { freeze } from '#scripts/site/frozen-releases.ts';

const SITE = 'https://example.org';
let tmp: string;
let dist: string;
let data: string;

function write(root: string, rel: string, text: string) {
  const f = path.join(root, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
}

const page = (lang: string, body: string, base = '') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><link rel="stylesheet" href="${base}/_astro/a.css"></head><body><main id="tresc">${body}</main></body></html>`;

/** A built site: latest 2024 at the root, 2023 under /2023/, shared data at /data/. */
function fixture(root: string) {
  write(
    root,
    'index.html',
    page('pl', '<a href="/gmina/1211092-nowy-targ/">gmina</a><a href="/2023/">2023</a><a href="/data/2023/manifest.json">d23</a>'),
  );
  write(
    root,
    'gmina/1211092-nowy-targ/index.html',
    page(
      'pl',
      '<a href="/powiat/1211-nowotarski/">powiat</a><astro-island component-url="/_astro/C.js"></astro-island><svg class="mes-chart"></svg>',
    ),
  );
  write(root, 'powiat/1211-nowotarski/index.html', page('pl', '<h1>powiat nowotarski</h1>'));
  write(root, 'en/index.html', page('en', '<a href="/en/dane/">data</a>'));
  write(
    root,
    'dane/index.html',
    page(
      'pl',
      '<span data-archive-size="2024">…</span> <span data-archive-sha256="2024">…</span> <span data-archive-size="2023">…</span> <span data-archive-size="2019">—</span>',
    ),
  );
  write(root, 'en/dane/index.html', page('en', '<span data-archive-size="2024">…</span>'));
  write(
    root,
    '1211092/index.html',
    '<html><head><meta http-equiv="refresh" content="0; url=/gmina/1211092-nowy-targ/"></head><body></body></html>',
  );
  write(root, '404.html', page('pl', 'nie ma'));
  write(root, '_astro/a.css', 'body{background:url(/favicon.svg)}');
  write(root, '_astro/C.js', 'export default 1;');
  write(root, 'favicon.svg', '<svg/>');
  write(root, '_redirects', '/1211092 /gmina/1211092-nowy-targ/ 301');
  write(root, 'data/releases.json', '{"latest":"2024","releases":["2024","2023"]}');
  write(root, 'data/2024/territory/1211092.json', '{"v":2024}');
  write(root, 'data/2023/territory/1211092.json', '{"v":2023}');
  write(root, 'data/geo/gmina.topo.json', '{}');
  write(root, 'data/latest/x.csv', 'a');
  write(root, 'archiwum/old.zip', 'not a zip');
  // The older release, as Astro builds it with base: '/2023'.
  write(
    root,
    '2023/index.html',
    page('pl', '<a href="/2023/gmina/1211092-nowy-targ/">gmina</a><a href="/gmina/1211092-nowy-targ/">latest</a>', '/2023'),
  );
  write(
    root,
    '2023/gmina/1211092-nowy-targ/index.html',
    page(
      'pl',
      '<a href="/2023/">home</a><a href="/data/2023/territory/1211092.json">json</a><a href="/data/2024/territory/1211092.json">newer</a>',
      '/2023',
    ),
  );
  write(root, '2023/_astro/a.css', 'body{background:url(/2023/favicon.svg)}');
  write(root, '2023/favicon.svg', '<svg/>');
  write(root, '2023/dane/index.html', page('pl', '<span data-archive-sha256="2023">…</span>', '/2023'));
}

function pipelineData(root: string) {
  write(root, 'releases.json', '{"latest":"2024","releases":["2024","2023"]}');
  write(root, '2024/manifest.json', '{"release":"2024","published":"2025-11-30"}');
  write(root, '2023/manifest.json', '{"release":"2023","published":"2024-12-15"}');
}

const read = (zipFile: string) => {
  const entries = unzip(new Uint8Array(fs.readFileSync(zipFile)), (d) => zlib.inflateRawSync(d));
  return new Map(entries.map((e) => [e.name, Buffer.from(e.data).toString('utf8')]));
};
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-test-'));
  dist = path.join(tmp, 'dist');
  data = path.join(tmp, 'data');
  fixture(dist);
  pipelineData(data);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('runArchive on a fixture site', () => {
  let records: Awaited<ReturnType<typeof runArchive>>;
  beforeAll(async () => {
    records = await runArchive({ dist, data, site: SITE, log: () => {} });
  });

  it('writes one zip per release and archives.json with their size and SHA-256', () => {
    const out = path.join(dist, 'archiwum');
    expect(Object.keys(records)).toEqual(['2023', '2024']);
    for (const r of ['2023', '2024']) {
      const f = path.join(out, `monitor-es-${r}.zip`);
      expect(records[r].file).toBe(`monitor-es-${r}.zip`);
      expect(records[r].bytes).toBe(fs.statSync(f).size);
      expect(records[r].sha256).toBe(sha(f));
      expect(records[r].files).toBe(read(f).size);
    }
    expect(JSON.parse(fs.readFileSync(path.join(out, 'archives.json'), 'utf8'))).toEqual(records);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('the latest archive: one top folder, sorted, the root site without other releases, Netlify files or archives', () => {
    const names = [...read(path.join(dist, 'archiwum', 'monitor-es-2024.zip')).keys()];
    expect(names.every((n) => n.startsWith('monitor-es-2024/'))).toBe(true);
    expect(names).toEqual([...names].sort());
    const inner = names.map((n) => n.slice('monitor-es-2024/'.length));
    expect(inner).toContain('serve.mjs');
    expect(inner).toContain('README.txt');
    expect(inner).toContain('data/2024/territory/1211092.json');
    expect(inner).toContain('data/geo/gmina.topo.json');
    expect(inner).toContain('data/releases.json');
    expect(inner).toContain('404.html');
    for (const n of inner) {
      expect(n).not.toMatch(/^(2023\/|archiwum\/|data\/2023\/|data\/latest\/|_redirects$)/);
    }
  });

  it('the latest archive’s pages link relatively, and out of the archive to the online site', () => {
    const z = read(path.join(dist, 'archiwum', 'monitor-es-2024.zip'));
    const home = z.get('monitor-es-2024/index.html')!;
    expect(home).toContain('href="gmina/1211092-nowy-targ/index.html"');
    expect(home).toContain('href="https://example.org/2023/"');
    expect(home).toContain('href="https://example.org/data/2023/manifest.json"');
    expect(home).toContain('data-testid="offline-note"');
    const gmina = z.get('monitor-es-2024/gmina/1211092-nowy-targ/index.html')!;
    expect(gmina).toContain('href="../../powiat/1211-nowotarski/index.html"');
    expect(gmina).toContain('component-url="../../_astro/C.js"');
    expect(gmina).toContain('href="../../_astro/a.css"');
    expect(gmina).toContain('<a href="../../README.txt">README.txt</a>');
    expect(gmina).toContain('<a href="https://example.org/gmina/1211092-nowy-targ/">serwisu online</a>');
    expect(z.get('monitor-es-2024/en/index.html')).toContain('Offline copy');
    expect(z.get('monitor-es-2024/1211092/index.html')).toContain('content="0; url=../gmina/1211092-nowy-targ/index.html"');
    expect(z.get('monitor-es-2024/_astro/a.css')).toBe('body{background:url(../favicon.svg)}');
    expect(z.get('monitor-es-2024/serve.mjs')).toContain('const CONFIG = {"release":"2024","base":"","site":"https://example.org"};');
    expect(z.get('monitor-es-2024/README.txt')).toContain('2025-11-30');
    // An archive cannot carry its own checksum: its copy of the releases page says so neutrally.
    expect(z.get('monitor-es-2024/dane/index.html')).toContain(
      '<span data-archive-size="2024">—</span> <span data-archive-sha256="2024">—</span>',
    );
  });

  it('an older release: its folder with the base stripped, plus the shared data of that release only', () => {
    const z = read(path.join(dist, 'archiwum', 'monitor-es-2023.zip'));
    const inner = [...z.keys()].map((n) => n.slice('monitor-es-2023/'.length));
    expect(inner).toEqual(
      expect.arrayContaining([
        'index.html',
        'gmina/1211092-nowy-targ/index.html',
        '_astro/a.css',
        'data/2023/territory/1211092.json',
        'data/geo/gmina.topo.json',
        'serve.mjs',
      ]),
    );
    expect(inner.filter((n) => n.startsWith('data/2024/') || n.startsWith('2023/') || n.startsWith('powiat/'))).toEqual([]);
    const home = z.get('monitor-es-2023/index.html')!;
    expect(home).toContain('href="gmina/1211092-nowy-targ/index.html"');
    expect(home).toContain('href="https://example.org/gmina/1211092-nowy-targ/"');
    const gmina = z.get('monitor-es-2023/gmina/1211092-nowy-targ/index.html')!;
    expect(gmina).toContain('href="../../index.html"');
    expect(gmina).toContain('<link rel="stylesheet" href="../../_astro/a.css">');
    expect(gmina).toContain('href="../../data/2023/territory/1211092.json"');
    expect(gmina).toContain('href="https://example.org/data/2024/territory/1211092.json"');
    expect(gmina).toContain('href="https://example.org/2023/gmina/1211092-nowy-targ/">serwisu online');
    expect(z.get('monitor-es-2023/_astro/a.css')).toBe('body{background:url(../favicon.svg)}');
    expect(z.get('monitor-es-2023/serve.mjs')).toContain('"base":"/2023"');
  });

  it('fills the releases pages’ placeholders (text only, in the page language) and nothing else', () => {
    const pl = fs.readFileSync(path.join(dist, 'dane', 'index.html'), 'utf8');
    const mb = (r: string) => (records[r].bytes / 1e6).toFixed(1);
    expect(pl).toContain(`<span data-archive-size="2024">${mb('2024').replace('.', ',')}\u00a0MB</span>`);
    expect(pl).toContain(`<span data-archive-sha256="2024">${records['2024'].sha256}</span>`);
    expect(pl).toContain(`<span data-archive-size="2023">${mb('2023').replace('.', ',')}\u00a0MB</span>`);
    expect(pl).toContain('<span data-archive-size="2019">—</span>');
    expect(fs.readFileSync(path.join(dist, 'en', 'dane', 'index.html'), 'utf8')).toContain(
      `<span data-archive-size="2024">${mb('2024')}\u00a0MB</span>`,
    );
    expect(fs.readFileSync(path.join(dist, '2023', 'dane', 'index.html'), 'utf8')).toContain(
      `<span data-archive-sha256="2023">${records['2023'].sha256}</span>`,
    );
  });

  it('is byte-deterministic: a second run (after the placeholders were filled) gives the same SHA-256', async () => {
    const again = await runArchive({
      dist,
      data,
      site: SITE,
      out: path.join(tmp, 'again'),
      releases: ['2024', '2023'],
      fill: false,
      log: () => {},
    });
    expect(again['2024'].sha256).toBe(records['2024'].sha256);
    expect(again['2023'].sha256).toBe(records['2023'].sha256);
  });

  it('refuses an unknown release and a requested release without a build', async () => {
    await expect(runArchive({ dist, data, site: SITE, out: path.join(tmp, 'x'), releases: ['1999'], log: () => {} })).rejects.toThrow(
      /unknown release 1999/,
    );
    const bare = path.join(tmp, 'bare');
    write(bare, 'index.html', page('pl', 'x'));
    await expect(runArchive({ dist: bare, data, site: SITE, releases: ['2023'], log: () => {} })).rejects.toThrow(/2023 has no build/);
  });
});

describe('the latest release’s archive from its archival form', () => {
  it('holds the pages of the archival build and the data of the dist, not the dist’s pages', async () => {
    const archival = path.join(tmp, 'archival-latest');
    write(archival, 'index.html', page('pl', '<a href="/gmina/1211092-nowy-targ/">gmina</a>'));
    write(archival, 'gmina/1211092-nowy-targ/index.html', page('pl', '<p data-testid="archived-no-charts">tabele</p>'));
    write(archival, '_astro/a.css', 'body{}');
    const out = path.join(tmp, 'archival-out');
    let built = 0;
    const rec = await runArchive({
      dist,
      data,
      site: SITE,
      out,
      releases: ['2024'],
      fill: false,
      log: () => {},
      archivalLatest: async () => {
        built++;
        return archival;
      },
    });
    expect(built).toBe(1);
    const z = read(path.join(out, 'monitor-es-2024.zip'));
    const names = [...z.keys()].map((n) => n.replace('monitor-es-2024/', '')).sort();
    expect(names).toEqual([
      'README.txt',
      '_astro/a.css',
      'data/2024/territory/1211092.json',
      'data/geo/gmina.topo.json',
      'data/releases.json',
      'gmina/1211092-nowy-targ/index.html',
      'index.html',
      'serve.mjs',
    ]);
    expect(z.get('monitor-es-2024/gmina/1211092-nowy-targ/index.html')).toContain('archived-no-charts');
    expect(z.get('monitor-es-2024/data/2024/territory/1211092.json')).toBe('{"v":2024}');
    expect(rec['2024'].files).toBe(names.length);
  });
});

describe('an older release’s archive kept with its frozen copy', () => {
  it('is zipped once, then reused while its pages, data and code are the same; a changed page zips it anew', async () => {
    const store = path.join(tmp, 'frozen');
    const out = path.join(tmp, 'kept-out');
    const opts = { dist, data, site: SITE, out, store, releases: ['2023'], fill: false, log: () => {} };
    // Only a release with a frozen copy keeps its archive.
    freeze(store, '2023', path.join(dist, '2023'), { data: 'd', code: 'c' });
    const first = (await runArchive(opts))['2023'];
    expect(first.reused).toBeUndefined();
    expect(fs.existsSync(path.join(store, '2023', 'archive.zip'))).toBe(true);
    fs.rmSync(out, { recursive: true });
    const second = (await runArchive(opts))['2023'];
    expect(second.reused).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    expect(sha(path.join(out, 'monitor-es-2023.zip'))).toBe(first.sha256);
    const file = path.join(dist, '2023', 'index.html');
    const was = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, was.replace('gmina</a>', 'gmina!</a>'));
      const third = (await runArchive(opts))['2023'];
      expect(third.reused).toBeUndefined();
      expect(third.sha256).not.toBe(first.sha256);
    } finally {
      fs.writeFileSync(file, was);
    }
  });

  it('does not name the latest release nor carry the release list, so a later release does not change it', () => {
    const z = read(path.join(dist, 'archiwum', 'monitor-es-2023.zip'));
    expect(z.has('monitor-es-2023/data/releases.json')).toBe(false);
    const readme = z.get('monitor-es-2023/README.txt')!;
    expect(readme).toContain('newer ones are on the online site');
    expect(readme).toContain('nowsze są w serwisie online');
    // 2024 appears only as the day 2023 was published.
    expect(readme.replaceAll('2024-12-15', '')).not.toContain('2024');
    expect(read(path.join(dist, 'archiwum', 'monitor-es-2024.zip')).has('monitor-es-2024/data/releases.json')).toBe(true);
  });
});

describe('offline-archive helpers', () => {
  const r = { release: '2024', latest: '2024', releases: ['2024', '2023'] };

  it('selectFiles keeps the release’s own data only', () => {
    const sel = selectFiles(
      [
        'index.html',
        'data/2024/a.json',
        'data/2023/a.json',
        'data/geo/g.json',
        'data/latest/a.csv',
        '2023/index.html',
        '_redirects',
        '_headers',
      ],
      r,
    );
    expect([...sel.keys()]).toEqual(['index.html', 'data/2024/a.json', 'data/geo/g.json']);
    const old = selectFiles(['index.html', '2023/index.html', '2023/data/2023/a.json', 'data/2023/a.json', '2023/_redirects'], {
      ...r,
      release: '2023',
    });
    expect(Object.fromEntries(old)).toEqual({ 'index.html': '2023/index.html', 'data/2023/a.json': 'data/2023/a.json' });
  });

  it('zipDate reads the publication day and rejects anything else', () => {
    expect(zipDate('2025-11-30')).toEqual({ year: 2025, month: 11, day: 30 });
    expect(() => zipDate('30.11.2025')).toThrow(/YYYY-MM-DD/);
  });

  it('renderLauncher fills the settings line of the real template', () => {
    const t = fs.readFileSync(LAUNCHER_TEMPLATE, 'utf8');
    const out = renderLauncher(t, { release: '2023', base: '/2023', site: SITE });
    expect(out).toContain('const CONFIG = {"release":"2023","base":"/2023","site":"https://example.org"};');
    expect(out.split('\n').length).toBe(t.split('\n').length);
    expect(() => renderLauncher('no config here', { release: '', base: '', site: '' })).toThrow(/CONFIG/);
  });

  it('readmeText is bilingual and says how to open and launch', () => {
    const t = readmeText({ release: '2023', published: '2024-12-15', latest: '2024', online: 'https://example.org/2023/', files: 10 });
    expect(t).toContain('monitor-es-2023/index.html');
    expect(t).toContain('node serve.mjs');
    expect(t).toContain('Node.js 18');
    expect(t).toContain('=== PO POLSKU ===');
    expect(t).toContain('=== IN ENGLISH ===');
    expect(t).toContain('starsze wydanie');
    expect(t).toContain('https://example.org/2023/');
    expect(t).not.toMatch(/\r\n\r\n\r\n/);
  });

  it('fillArchivePlaceholders replaces the text of matching spans only', () => {
    const html =
      '<p><span class="x" data-archive-size="2024" title="a>b">…</span><span data-archive-sha256="2024"></span><span data-other="2024">keep</span></p>';
    const out = fillArchivePlaceholders(html, { '2024': { bytes: 186_700_000, sha256: 'ab'.repeat(32) } }, 'pl');
    expect(out).toBe(
      `<p><span class="x" data-archive-size="2024" title="a>b">186,7\u00a0MB</span><span data-archive-sha256="2024">${'ab'.repeat(32)}</span><span data-other="2024">keep</span></p>`,
    );
  });
});

describe('releaseBenchRows', () => {
  it('prints build and archive figures per release, and says what was not recorded', () => {
    const rows = releaseBenchRows(
      ['2024', '2023'],
      { '2024': { file: 'monitor-es-2024.zip', bytes: 195_780_000, sha256: 'x', files: 29_821, seconds: 46.8 } },
      { releases: { '2024': { seconds: 200, pages: 21_800, base: '' } } },
    );
    expect(rows).toEqual([
      ['release 2024: build time / pages', '200.0 s / 21800 (109 pages/s)'],
      ['release 2024: offline archive size / entries / time', '186.7 MB / 29821 / 46.8 s'],
      ['release 2023: build time / pages', 'not recorded (build-report.json)'],
      ['release 2023: offline archive size / entries / time', 'not recorded (run npm run archive)'],
    ]);
    expect(releaseBenchRows(['2024'], null, null).map((r) => r[1])).toEqual([
      'not recorded (build-report.json)',
      'not recorded (run npm run archive)',
    ]);
  });
});
