// netlify.toml, parsed: build settings, security headers on every page, caching of hashed
// assets and data, frame-ancestors (embeds may be framed, nothing else), and no header set
// twice for one path (Netlify would join the values into a contradiction).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspDirectives, headersFor, matchingRules, readNetlifyToml, ruleMatches } from './netlify-headers.ts';

const config = readNetlifyToml();
const PAGES = ['/', '/en/', '/gmina/1211092-nowy-targ/', '/en/powiat/1211-nowotarski/', '/wskaznik/sps-krs/', '/szukaj/', '/404.html', '/dane/'];
const EMBED = '/embed/gmina/1211092-nowy-targ/';
const embedsExist = ['src/pages/embed', 'src/pages/en/embed'].some((d) => fs.existsSync(path.join(process.cwd(), d)));
const embedRuleDeclared = (config.headers ?? []).some((r) => r.for.startsWith('/embed'));

function maxAge(cacheControl: string | undefined): number | undefined {
  const m = /max-age=(\d+)/.exec(cacheControl ?? '');
  return m ? Number(m[1]) : undefined;
}

describe('netlify.toml', () => {
  it('builds with npm run build and publishes dist/', () => {
    expect(config.build?.command).toBe('npm run build');
    expect(config.build?.publish).toBe('dist');
    expect(config.build?.environment?.NODE_VERSION).toBe('22');
  });

  it('matches paths the way Netlify does', () => {
    expect(ruleMatches('/*', '/gmina/1/')).toBe(true);
    expect(ruleMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(ruleMatches('/_astro/*', '/gmina/_astro/a.js')).toBe(false);
    expect(ruleMatches('/embed/:level/*', '/embed/gmina/1/')).toBe(true);
    expect(ruleMatches('/data/*', '/dane/')).toBe(false);
  });

  it('has a headers section', () => {
    expect(config.headers?.length ?? 0).toBeGreaterThan(0);
    for (const r of config.headers!) {
      expect(r.for, 'every rule has a path').toMatch(/^\//);
      expect(Object.keys(r.values ?? {}).length, `${r.for} sets headers`).toBeGreaterThan(0);
    }
  });

  it('never sets one header in two rules that match the same path', () => {
    const probes = [...PAGES, EMBED, '/_astro/BaseLayout.abc.css', '/data/2024/territory/PL.json', '/data/2024/manifest.json', '/favicon.svg', '/search-index.json'];
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
      expect(d.get('frame-ancestors')!.every((s) => s === "'self'" || s === "'none'"), `${p}: frame-ancestors ${d.get('frame-ancestors')}`).toBe(true);
      expect(d.get('default-src')).toEqual(["'self'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toBeDefined();
      // No script from anywhere but the site itself.
      const scripts = d.get('script-src') ?? d.get('default-src')!;
      expect(scripts.filter((s) => !s.startsWith("'")), `${p}: script-src hosts`).toEqual([]);
      // HTML is revalidated on every visit: no long cache declared for pages.
      expect(maxAge(h['cache-control']) ?? 0, `${p}: HTML cache`).toBeLessThanOrEqual(600);
      expect(h['cache-control'] ?? '', p).not.toMatch(/immutable/);
    }
  });

  it('caches hashed assets for a year, immutable; data briefly', () => {
    const asset = headersFor(config, '/_astro/BaseLayout.DyZ8HUHw.css')['cache-control'];
    expect(asset).toMatch(/immutable/);
    expect(maxAge(asset)).toBeGreaterThanOrEqual(31536000);
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
    expect(ancestors!.some((s) => s === '*' || s === 'https:' || /^https:\/\//.test(s)), `frame-ancestors ${ancestors}`).toBe(true);
    expect(h['x-frame-options'], 'X-Frame-Options would block the embed').toBeUndefined();
  });
});
