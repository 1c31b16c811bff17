// netlify.toml, parsed, with the CSP rules the build writes into dist/_headers: build
// settings, security headers on every page, caching of hashed assets and data,
// frame-ancestors (embeds may be framed, nothing else), and no header set twice for one
// path (Netlify would join the values into a contradiction).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspDirectives,
  headersFor,
  latestRelease,
  matchingRules,
  olderReleases,
  readNetlifyToml,
  readSiteHeaders,
  ruleMatches,
  sourceLayout,
} from '#test-helpers/netlify-headers.ts';
import { cspRules, headersFileText, parseHeadersFile, readSiteLayout } from '#build/security-headers.ts';
import { DEFAULT_FROZEN_STORE, parsePolicy } from '#scripts/site/frozen-releases.ts';
import { isEmbedPath, LEVEL_SEGMENT } from '#core/urls.ts';

const toml = readNetlifyToml();
/** netlify.toml plus the CSP rules (dist/_headers when built, else generated from the sources). */
const config = readSiteHeaders();
const PAGES = [
  '/',
  '/en/',
  '/gmina/1211092-nowy-targ/',
  '/en/powiat/1211-nowotarski/',
  '/wskaznik/sps-krs/',
  '/szukaj/',
  '/404.html',
  '/dane/',
];
const EMBED = '/embed/gmina/1211092-nowy-targ/';
/** One of each embed page type, in both languages and under a release copy. */
const EMBEDS = [
  EMBED,
  '/embed/polska/',
  '/embed/wskaznik/sps-krs/',
  '/embed/programy/kpres/',
  '/embed/zestawienia/',
  '/en/embed/gmina/1211092-nowy-targ/',
  '/en/embed/polska/',
  '/en/embed/zestawienia/',
  '/2023/embed/powiat/1211-nowotarski/',
  '/2023/embed/polska/',
  '/2023/en/embed/wskaznik/sps-krs/',
  '/2023/en/embed/zestawienia/',
];
const ROOT = process.cwd();
/** An embed page; "/embed/" itself has none and keeps the site policy. */
const isEmbedPage = (p: string) => isEmbedPath(p) && !/\/embed\/?$/.test(p);
/**
 * Paths of every page type the build can make, from src/pages/ (a folder with pages
 * below its index gets a probe below it) and public/ (top-level files and folders), in
 * both languages and under each older release's copy.
 */
function probePaths(): string[] {
  const out = new Set<string>(['/', '/en/', '/404.html', '/1211092/', '/en/1211092/', '/favicon.svg', '/embed.js', '/embed/']);
  const pages = path.join(ROOT, 'src', 'pages');
  for (const e of fs.readdirSync(pages, { withFileTypes: true })) {
    if (e.name === 'en' || e.name === 'embed' || e.name.startsWith('_')) continue;
    if (!e.isDirectory()) {
      out.add(
        `/${e.name
          .replace(/\.(astro|ts)$/, '')
          .replace(/^index$/, '')
          .replace(/^\[.*\]$/, '1211092')}/`.replace('//', '/'),
      );
      continue;
    }
    const deep = fs.readdirSync(path.join(pages, e.name)).some((n) => !/^index\.(astro|ts|md)$/.test(n));
    // A dynamic folder: the territory levels ([level]) or, unknown, a made-up segment.
    const names = e.name === '[level]' ? Object.values(LEVEL_SEGMENT) : [e.name.replace(/^\[.*\]$/, 'segment')];
    for (const name of names) {
      out.add(`/${name}/`);
      if (deep) {
        out.add(`/${name}/x-1/`);
        out.add(`/${name}/x-1/y.json`);
      }
    }
  }
  for (const e of fs.readdirSync(path.join(ROOT, 'public'), { withFileTypes: true }))
    out.add(e.isDirectory() ? `/${e.name}/x/y.json` : `/${e.name}`);
  const base = [...out];
  for (const p of base.filter((p) => !/^\/(data|_astro|en)\//.test(p) && p !== '/favicon.svg' && p !== '/embed.js')) out.add(`/en${p}`);
  for (const year of olderReleases()) for (const p of [...out].filter((p) => !/^\/(data|_astro)\//.test(p))) out.add(`/${year}${p}`);
  return [...out];
}

const embedsExist = ['src/pages/embed', 'src/pages/en/embed'].some((d) => fs.existsSync(path.join(process.cwd(), d)));
const embedRuleDeclared = (config.headers ?? []).some((r) => r.for.startsWith('/embed'));
const dist = path.resolve(ROOT, process.env.DIST_DIR || 'dist');

function maxAge(cacheControl: string | undefined): number | undefined {
  const m = /max-age=(\d+)/.exec(cacheControl ?? '');
  return m ? Number(m[1]) : undefined;
}

describe('netlify.toml', () => {
  it('builds with npm run build and publishes dist/', () => {
    expect(toml.build?.command).toBe('npm run build');
    expect(toml.build?.publish).toBe('dist');
    expect(toml.build?.environment?.NODE_VERSION).toBe('22');
  });

  it('keeps published releases frozen and their store in the build cache', () => {
    expect(parsePolicy(toml.build?.environment?.FROZEN_RELEASES)).toBe('data');
    const plugin = (toml.plugins ?? []).find((p) => p.package.includes('frozen'));
    expect(plugin, 'a [[plugins]] entry for the frozen-release store').toBeDefined();
    const dir = path.join(process.cwd(), plugin!.package);
    expect(fs.readFileSync(path.join(dir, 'manifest.yml'), 'utf8')).toMatch(/^name: \S+/m);
    // The plugin caches the folder build-site.ts uses by default.
    const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(code).toContain(`'${path.relative(process.cwd(), DEFAULT_FROZEN_STORE).split(path.sep).join('/')}'`);
    expect(code).toMatch(/utils\.cache\.restore\(STORE\)/);
    expect(code).toMatch(/utils\.cache\.save\(STORE\)/);
  });

  it('leaves the CSP to the generated dist/_headers, and writes that file so Netlify reads it back as generated', () => {
    expect((toml.headers ?? []).filter((r) => Object.keys(r.values).some((k) => k.toLowerCase() === 'content-security-policy'))).toEqual(
      [],
    );
    const rules = cspRules(sourceLayout());
    expect(parseHeadersFile(headersFileText(rules, 'a comment\nof two lines'))).toEqual(rules);
    // A new release needs no edit: its copy's rules come from releases.json.
    const withNew = cspRules({ ...sourceLayout(), olderReleases: [...olderReleases(), '2031'] });
    expect(withNew.some((r) => r.for === '/2031/gmina/:x/*')).toBe(true);
    expect(
      withNew.some((r) => r.for === '/2031/data/:x/*'),
      'copies read the root data/',
    ).toBe(false);
  });

  it.runIf(fs.existsSync(path.join(dist, '_headers')))('the built dist/_headers covers the folders the sources declare', () => {
    const built = readSiteLayout(dist, olderReleases(), latestRelease());
    const declared = sourceLayout();
    for (const d of declared.dirs.filter((d) => fs.existsSync(path.join(dist, d)))) expect(built.dirs, d).toContain(d);
    expect(parseHeadersFile(fs.readFileSync(path.join(dist, '_headers'), 'utf8'))).toEqual(cspRules(built));
  });

  it('matches paths the way Netlify does', () => {
    expect(ruleMatches('/*', '/gmina/1/')).toBe(true);
    expect(ruleMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(ruleMatches('/_astro/*', '/gmina/_astro/a.js')).toBe(false);
    expect(ruleMatches('/embed/:level/*', '/embed/gmina/1/')).toBe(true);
    expect(ruleMatches('/data/*', '/dane/')).toBe(false);
    // As @netlify/headers-parser compiles them: trailing slash optional, case-insensitive,
    // a bare "*" also matches without the slash before it (and any continuation).
    expect(ruleMatches('/:page', '/polska/')).toBe(true);
    expect(ruleMatches('/:page', '/polska')).toBe(true);
    expect(ruleMatches('/:page', '/gmina/x/')).toBe(false);
    expect(ruleMatches('/', '/')).toBe(true);
    expect(ruleMatches('/', '/polska/')).toBe(false);
    expect(ruleMatches('/embed/*', '/embed.js')).toBe(true);
    expect(ruleMatches('/embed/:x/*', '/embed.js')).toBe(false);
    expect(ruleMatches('/embed/:x/*', '/embed/')).toBe(false);
    expect(ruleMatches('/embed/:x/*', '/embed/polska/')).toBe(true);
    expect(ruleMatches('/Gmina/:x/*', '/gmina/1/')).toBe(true);
  });

  it("sends exactly one CSP with every page type: frame-ancestors * on embeds, 'self' everywhere else", () => {
    const probes = [...new Set([...PAGES, ...EMBEDS, ...probePaths()])];
    expect(probes.length).toBeGreaterThan(60);
    for (const p of probes) {
      const rules = matchingRules(config, p).filter((r) =>
        Object.keys(r.values).some((k) => k.toLowerCase() === 'content-security-policy'),
      );
      expect(
        rules.map((r) => r.for),
        `${p}: rules setting the CSP`,
      ).toHaveLength(1);
      const ancestors = cspDirectives(headersFor(config, p)['content-security-policy']).get('frame-ancestors');
      expect(ancestors, `${p}: frame-ancestors`).toEqual(isEmbedPage(p) ? ['*'] : ["'self'"]);
    }
  });

  it('covers every release copy under /<year>/ (rules generated from releases.json)', () => {
    for (const year of olderReleases()) {
      for (const p of [`/${year}/gmina/1211092-nowy-targ/`, `/${year}/en/wskaznik/sps-krs/`, `/${year}/`, `/${year}/polska/`]) {
        const d = cspDirectives(headersFor(config, p)['content-security-policy'] ?? '');
        expect(d.get('frame-ancestors'), p).toEqual(["'self'"]);
      }
      expect(
        cspDirectives(headersFor(config, `/${year}/embed/gmina/1211092-nowy-targ/`)['content-security-policy'] ?? '').get(
          'frame-ancestors',
        ),
      ).toEqual(['*']);
    }
  });

  it.runIf(fs.existsSync(path.join(dist, 'index.html')))(
    'gives every built page exactly one CSP, the right one',
    () => {
      const pages: string[] = [];
      const walk = (dir: string, url: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          if (e.isDirectory()) {
            if (e.name !== 'data' && e.name !== '_astro') walk(path.join(dir, e.name), `${url}${e.name}/`);
          } else if (e.name.endsWith('.html')) pages.push(e.name === 'index.html' ? url : `${url}${e.name}`);
        }
      };
      walk(dist, '/');
      expect(pages.length).toBeGreaterThan(100);
      const bad: string[] = [];
      for (const p of pages) {
        const csp = matchingRules(config, p).filter((r) =>
          Object.keys(r.values).some((k) => k.toLowerCase() === 'content-security-policy'),
        );
        const ancestors = csp.length === 1 ? cspDirectives(csp[0].values['Content-Security-Policy']).get('frame-ancestors') : undefined;
        if (csp.length !== 1 || ancestors?.[0] !== (isEmbedPage(p) ? '*' : "'self'"))
          bad.push(`${p}: ${csp.map((r) => r.for).join(' + ') || 'no CSP'}`);
      }
      expect(bad.slice(0, 20), `${bad.length} of ${pages.length} pages`).toEqual([]);
      // Tens of thousands of pages against a few hundred rules: long, not slow.
    },
    120_000,
  );

  it('has a headers section', () => {
    expect(config.headers?.length ?? 0).toBeGreaterThan(0);
    for (const r of config.headers!) {
      expect(r.for, 'every rule has a path').toMatch(/^\//);
      expect(Object.keys(r.values ?? {}).length, `${r.for} sets headers`).toBeGreaterThan(0);
    }
  });

  it('never sets one header in two rules that match the same path', () => {
    const probes = [
      ...PAGES,
      ...EMBEDS,
      ...probePaths(),
      '/_astro/BaseLayout.abc.css',
      '/data/2024/territory/PL.json',
      '/data/2024/manifest.json',
      '/favicon.svg',
      '/data/2024/names/search.json',
    ];
    for (const p of probes) {
      const seen = new Map<string, string>();
      for (const rule of matchingRules(config, p))
        for (const key of Object.keys(rule.values)) {
          const k = key.toLowerCase();
          expect(seen.get(k), `${p}: "${key}" is set by both ${seen.get(k)} and ${rule.for}`).toBeUndefined();
          seen.set(k, rule.for);
        }
    }
  });

  it('sends a CSP, nosniff and a referrer policy with every page, and forbids framing by other sites', () => {
    for (const p of PAGES) {
      const h = headersFor(config, p);
      expect(h['x-content-type-options'], p).toBe('nosniff');
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(h['referrer-policy']);
      const csp = h['content-security-policy'];
      expect(csp, `${p}: Content-Security-Policy`).toBeTruthy();
      const d = cspDirectives(csp);
      expect(d.get('frame-ancestors'), `${p}: frame-ancestors`).toBeDefined();
      expect(
        d.get('frame-ancestors')!.every((s) => s === "'self'" || s === "'none'"),
        `${p}: frame-ancestors ${d.get('frame-ancestors')}`,
      ).toBe(true);
      expect(d.get('default-src')).toEqual(["'self'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toBeDefined();
      // No script from anywhere but the site itself.
      const scripts = d.get('script-src') ?? d.get('default-src')!;
      expect(
        scripts.filter((s) => !s.startsWith("'")),
        `${p}: script-src hosts`,
      ).toEqual([]);
      // HTML is revalidated on every visit: no long cache declared for pages.
      expect(maxAge(h['cache-control']) ?? 0, `${p}: HTML cache`).toBeLessThanOrEqual(600);
      expect(h['cache-control'] ?? '', p).not.toMatch(/immutable/);
    }
  });

  it('caches hashed assets for a year, immutable; data briefly', () => {
    for (const release of ['', ...olderReleases().map((r) => `/${r}`)]) {
      const asset = headersFor(config, `${release}/_astro/BaseLayout.DyZ8HUHw.css`)['cache-control'];
      expect(asset, `${release}/_astro/`).toMatch(/immutable/);
      expect(maxAge(asset)).toBeGreaterThanOrEqual(31536000);
    }
    for (const p of ['/data/2024/territory/PL.json', '/data/releases.json', '/data/2024/download/gmina.csv']) {
      const cc = headersFor(config, p)['cache-control'];
      expect(cc, p).toBeTruthy();
      expect(cc, p).not.toMatch(/immutable/);
      expect(maxAge(cc), p).toBeLessThanOrEqual(3600);
    }
  });

  it.runIf(embedsExist || embedRuleDeclared)('lets other sites frame /embed/ pages, and only those', () => {
    const h = headersFor(config, EMBED);
    const d = cspDirectives(h['content-security-policy'] ?? '');
    const ancestors = d.get('frame-ancestors');
    expect(ancestors, 'an /embed/* rule with its own frame-ancestors').toBeDefined();
    expect(
      ancestors!.some((s) => s === '*' || s === 'https:' || /^https:\/\//.test(s)),
      `frame-ancestors ${ancestors}`,
    ).toBe(true);
    expect(h['x-frame-options'], 'X-Frame-Options would block the embed').toBeUndefined();
  });
});
