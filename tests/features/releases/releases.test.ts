// Every release built and kept (scripts/site/build-site.ts): the build plan, the release picked
// by SITE_RELEASE, the release banner's target, the /<latest>/ rewrite and its safety
// against bare TERYT codes, and the link checker's rule that a copy stays in its folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, countPages, preparePublicCopy } from '#scripts/site/build-site.ts';
import { checkLinks, copyOf, leavesCopy, scanHtml, splatRewrites } from '#scripts/checks/check-links.ts';
import type { RegisterEntry } from '#core/data-types.ts';
import { codeTargets, assertReleaseNotCode, netlifyRedirects } from '#core/redirects.ts';
import { bannerText, latestLink, releaseLabel } from '#features/releases/release-banner.ts';
import { pickRelease } from '#build/site-data.ts';

const tmp: string[] = [];
const mkdtemp = (p: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), p));
  tmp.push(d);
  return d;
};
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function write(root: string, rel: string, text: string) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('SITE_RELEASE', () => {
  const all = { latest: '2024', releases: ['2024', '2023'] };
  it('defaults to the latest and accepts only known releases', () => {
    expect(pickRelease(all, undefined)).toBe('2024');
    expect(pickRelease(all, '')).toBe('2024');
    expect(pickRelease(all, '2023')).toBe('2023');
    expect(() => pickRelease(all, '2019')).toThrow(/no such release.*2024, 2023/);
  });
});

describe('build plan', () => {
  it('builds the latest at the root first, then each older release under /<year>/ without data', () => {
    const plan = buildPlan({ latest: '2025', releases: ['2025', '2024', '2023'] }, '/d', '/pub');
    expect(plan.map((s) => [s.release, s.base, s.outDir])).toEqual([
      ['2025', '', '/d'],
      ['2024', '/2024', path.join('/d', '2024')],
      ['2023', '/2023', path.join('/d', '2023')],
    ]);
    expect(plan[0].env).toMatchObject({ SITE_RELEASE: '', SITE_BASE: '', SITE_PUBLIC_DIR: '' });
    expect(plan[2].env).toMatchObject({ SITE_RELEASE: '2023', SITE_BASE: '/2023', SITE_PUBLIC_DIR: '/pub', SITE_LATEST_DIST: '/d' });
  });
  it('copies public/ without data/ for the copies, and counts a build’s own pages', () => {
    const pub = mkdtemp('pub-');
    write(pub, 'favicon.svg', '<svg/>');
    write(pub, 'data/2024/x.json', '{}');
    write(pub, '_headers', '/*');
    const to = path.join(mkdtemp('copy-'), 'public');
    preparePublicCopy(pub, to);
    expect(fs.readdirSync(to)).toEqual(['favicon.svg']);

    const dist = mkdtemp('dist-');
    for (const f of ['index.html', 'en/index.html', 'gmina/1/index.html', '404.html', '2023/index.html', 'data/x.html', '_astro/a.html'])
      write(dist, f, '<p>');
    expect(countPages(dist, new Set(['2023', 'data', '_astro']))).toBe(4);
    expect(countPages(path.join(dist, '2023'), new Set(['_astro']))).toBe(1);
  });
});

const entry = (code: string, level: RegisterEntry['level'], slug: string) => ({ code, level, slug, name: slug, displayName: slug });

describe('release banner', () => {
  const latestRegister = new Map([
    ['1211092', entry('1211092', 'gmina', 'nowy-targ')],
    ['0201011', entry('0201011', 'gmina', 'nowa-nazwa')],
  ]);
  const lookup = (c: string) => latestRegister.get(c);
  const built = new Set(['/gmina/1211092-nowy-targ/', '/en/gmina/1211092-nowy-targ/', '/gmina/0201011-nowa-nazwa/', '/wskazniki/']);
  const exists = (p: string) => built.has(p);

  it('links to the same page in the latest release when it exists', () => {
    expect(latestLink('/2023/gmina/1211092-nowy-targ/', '/2023', 'pl', exists, lookup)).toEqual({
      href: '/gmina/1211092-nowy-targ/',
      kind: 'same',
    });
    expect(latestLink('/2023/en/gmina/1211092-nowy-targ/', '/2023', 'en', exists, lookup)).toEqual({
      href: '/en/gmina/1211092-nowy-targ/',
      kind: 'same',
    });
    expect(latestLink('/2023/', '/2023', 'pl', exists, lookup)).toEqual({ href: '/', kind: 'same' });
    expect(latestLink('/2023/en/', '/2023', 'en', exists, lookup)).toEqual({ href: '/en/', kind: 'same' });
  });
  it('follows a renamed territory to its current page, else the latest home', () => {
    expect(latestLink('/2023/gmina/0201011-stara-nazwa/', '/2023', 'pl', exists, lookup)).toEqual({
      href: '/gmina/0201011-nowa-nazwa/',
      kind: 'territory',
    });
    expect(latestLink('/2023/gmina/9999999-znikla/', '/2023', 'pl', exists, lookup)).toEqual({ href: '/', kind: 'home' });
    expect(latestLink('/2023/en/podmiot/demo-1/', '/2023', 'en', exists, lookup)).toEqual({ href: '/en/', kind: 'home' });
    // Same code at another level: not the same territory.
    expect(latestLink('/2023/powiat/1211092-x/', '/2023', 'pl', exists, lookup).kind).toBe('home');
  });
  it('without the latest build to look at, trusts the register and the fixed pages only', () => {
    expect(latestLink('/2023/gmina/1211092-nowy-targ/', '/2023', 'pl', undefined, lookup)).toEqual({
      href: '/gmina/1211092-nowy-targ/',
      kind: 'same',
    });
    expect(latestLink('/2023/wskazniki/', '/2023', 'pl', undefined, lookup)).toEqual({ href: '/wskazniki/', kind: 'same' });
    expect(latestLink('/2023/podmiot/demo-1/', '/2023', 'pl', undefined, lookup).kind).toBe('home');
  });
  it('says which release is shown, without naming the latest (a frozen copy must stay true)', () => {
    expect(bannerText('pl', '2023', 'same')).toEqual({
      lead: 'Przeglądasz wydanie 2023 (archiwalne). Nowsze dane — ',
      link: 'ta sama strona w najnowszym wydaniu',
    });
    expect(bannerText('en', '2023', 'home').link).toBe('home page of the latest release');
    expect(releaseLabel('pl', '2024', false)).toBe('Wydanie 2024');
    expect(releaseLabel('en', '2023', true)).toBe('Release 2023 (archived)');
  });
});

describe('_redirects and release years', () => {
  const register = JSON.parse(fs.readFileSync(path.join('public', 'data', '2024', 'territories.json'), 'utf8')) as RegisterEntry[];
  const targets = codeTargets(register, []);
  it('maps /<latest>/ onto the root after the code rules', () => {
    const text = netlifyRedirects(targets, '2024');
    const lines = text.trim().split('\n');
    expect(lines.at(-1)).toBe('/2024/*  /:splat  200');
    expect(lines.filter((l) => l.startsWith('/2024/'))).toEqual(['/2024/*  /:splat  200']);
    expect(text).toContain('/1211092/ /gmina/1211092-nowy-targ/ 301!');
    expect(splatRewrites(text)).toEqual([['/2024/', '/']]);
    expect(netlifyRedirects(targets)).not.toContain(':splat');
  });
  it('refuses a release that is also a TERYT code: four-digit powiat codes look like years', () => {
    // 2061 is Białystok (powiat code), 2014 a powiat of podlaskie: real codes in the register.
    expect(register.some((e) => e.code === '2061')).toBe(true);
    expect(() => netlifyRedirects(targets, '2061')).toThrow(/also a TERYT code/);
    expect(() =>
      assertReleaseNotCode(
        '2014',
        register.map((e) => e.code),
      ),
    ).toThrow(/also a TERYT code/);
    expect(() => assertReleaseNotCode('24', [])).toThrow(/four-digit/);
    for (const r of ['2023', '2024', '2025', '2030'])
      expect(() =>
        assertReleaseNotCode(
          r,
          register.map((e) => e.code),
        ),
      ).not.toThrow();
  });
});

describe('check-links over release copies', () => {
  const ORIGIN = 'https://example.test';
  const page = (p: string, body: string) =>
    `<!doctype html><html><head><link rel="canonical" href="${ORIGIN}${p}"/></head><body>${body}</body></html>`;
  let dist: string;
  beforeAll(() => {
    dist = mkdtemp('rel-links-');
    write(
      dist,
      'index.html',
      page(
        '/',
        '<a href="/gmina/1-a/">a</a> <a href="/2024/gmina/1-a/">latest by year</a> <a href="/2024/nie-ma/">missing</a> <a href="/2023/">old</a>',
      ),
    );
    write(dist, 'gmina/1-a/index.html', page('/gmina/1-a/', '<p>'));
    write(dist, '_redirects', '/1/ /gmina/1-a/ 301!\n/2024/*  /:splat  200\n');
    write(dist, 'data/2023/t.json', '{}');
    write(dist, 'favicon.svg', '<svg/>');
    write(dist, 'data/releases.json', '{"latest":"2024","releases":["2024","2023"]}');
    // A powiat code's redirect page: four digits, not a release.
    write(dist, '0221/index.html', page('/0221/', '<a href="/gmina/1-a/">to the page</a>'));
    write(
      dist,
      '2023/index.html',
      page(
        '/2023/',
        [
          '<a href="/2023/gmina/1-a/">inside</a>',
          '<a href="/2023/en/">language switch</a>',
          '<a href="/data/2023/t.json">data</a>',
          '<a href="/gmina/1-a/" data-latest-release>banner</a>',
          '<a href="/gmina/1-a/">root page</a>',
          '<a href="/2024/gmina/1-a/">the latest by year</a>',
          '<a data-release="2024" href="/">the release list: the latest</a>',
          '<script type="module" src="/2023/_astro/i.js"></script>',
          '<link rel="icon" href="/favicon.svg">',
          '<script type="module" src="/_astro/root.js"></script>',
        ].join('\n'),
      ),
    );
    write(dist, '2023/en/index.html', page('/2023/en/', '<a href="/2023/">pl</a>'));
    write(dist, '2023/gmina/1-a/index.html', page('/2023/gmina/1-a/', '<a href="../../">up</a>'));
    write(dist, '2023/_astro/i.js', 'import("./missing.js");');
  });

  it('finds the copies and tells inside from outside', () => {
    expect(copyOf('/2023/gmina/1-a/', new Set(['2023']))).toBe('2023');
    expect(copyOf('/gmina/1-a/', new Set(['2023']))).toBeUndefined();
    expect(leavesCopy('2023', '/2023/gmina/')).toBe(false);
    expect(leavesCopy('2023', '/data/2023/x.json')).toBe(false);
    expect(leavesCopy('2023', '/gmina/', true)).toBe(false);
    expect(leavesCopy('2023', '/gmina/')).toBe(true);
    expect(leavesCopy('2023', '/20234/')).toBe(true);
    expect(leavesCopy('2023', '/en')).toBe(true);
    expect(leavesCopy('2023', '/404.html')).toBe(true);
    expect(leavesCopy('2023', '/_astro/SearchBox.js')).toBe(true);
    expect(leavesCopy('2023', '/search-index.json')).toBe(true);
    // Static files of the root are the same for every release.
    expect(leavesCopy('2023', '/favicon.svg')).toBe(false);
    expect(leavesCopy('2023', '/archiwum/monitor-es-2023.zip')).toBe(false);
    expect(scanHtml('<a href="/x/">x</a><a class="b" href="/y/" data-latest-release>y</a>').refs).toEqual([
      { where: 'href', ref: '/x/' },
      { where: 'href', ref: '/y/', latest: true },
    ]);
    expect(scanHtml('<a data-release="2024" href="/">latest</a>').refs).toEqual([{ where: 'href', ref: '/', latest: true }]);
  });

  it('reports root links from a copy, resolves /<latest>/ through the rewrite, checks the copy’s assets', async () => {
    const report = await checkLinks(dist, { workers: 1 });
    const found = report.broken.map((b) => `${b.from} ${b.ref} ${b.reason}`).sort();
    expect(found).toEqual(
      [
        '/ /2024/nie-ma/ no such page',
        '/2023/ /gmina/1-a/ release 2023 links outside /2023/ (only /data/, static files and links marked data-release may)',
        '/2023/ /_astro/root.js release 2023 links outside /2023/ (only /data/, static files and links marked data-release may)',
        '/2023/ /_astro/root.js no such file',
        '/2023/ /2024/gmina/1-a/ release 2023 links outside /2023/ (only /data/, static files and links marked data-release may)',
        '/2023/_astro/i.js /2023/_astro/missing.js no such file',
      ].sort(),
    );
    expect(report.pages).toBe(6);
  });
});
