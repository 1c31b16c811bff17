// The CSP rules of dist/_headers (src/build/security-headers.ts) and HSTS: 'unsafe-eval' only
// where arquero runs (the table builder, "your own area" which pivots with it, and their
// embeds, in every language and release copy),
// the TERYT code pages covered by digit prefixes that leave the release trees alone, and one
// Strict-Transport-Security on every path. tests/build/netlify.test.ts checks that every
// path gets exactly one policy; this file checks which one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDER_SEGMENT, EVAL_SEGMENTS, cspRules, digitPatterns, type SiteLayout } from '#build/security-headers.ts';
import { builderPath, customAreaEmbedPath, customAreaPath, tabulationEmbedPath } from '#core/urls.ts';
import {
  cspDirectives,
  headersFor,
  latestRelease,
  matchingRules,
  olderReleases,
  readSiteHeaders,
  ruleMatches,
  sourceLayout,
} from '#test-helpers/netlify-headers.ts';

const config = readSiteHeaders();
const register: { code: string }[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data', 'geo', 'territories.json'), 'utf8'));
const cspOf = (p: string) => matchingRules(config, p).filter((r) => 'Content-Security-Policy' in r.values);
const scriptSrc = (p: string) => cspDirectives(headersFor(config, p)['content-security-policy'] ?? '').get('script-src') ?? [];
const copies = ['', ...olderReleases(), ...(latestRelease() ? [latestRelease()!] : [])].map((r) => (r ? `/${r}` : ''));

describe("'unsafe-eval' only for the pages that pivot with arquero", () => {
  const builderPages = copies.flatMap((r) =>
    (['pl', 'en'] as const).flatMap((lang) => [
      `${r}${builderPath(lang)}`,
      `${r}${tabulationEmbedPath(lang)}`,
      `${r}${customAreaPath(lang)}`,
      `${r}${customAreaEmbedPath(lang)}`,
    ]),
  );

  it('the builder is /zestawienia/ in urls.ts', () => {
    expect(BUILDER_SEGMENT).toBe('zestawienia');
    expect(builderPages).toContain('/zestawienia/');
    expect(builderPages).toContain('/embed/zestawienia/');
    expect(builderPages).toContain('/en/embed/zestawienia/');
    expect(builderPages).toContain('/embed/moj-obszar/');
    expect([...EVAL_SEGMENTS].sort()).toEqual(['moj-obszar', 'zestawienia']);
  });

  it('the builder pages get it, each from exactly one rule, embeds still frameable by anyone', () => {
    for (const p of builderPages) {
      expect(
        cspOf(p).map((r) => r.for),
        p,
      ).toHaveLength(1);
      expect(scriptSrc(p), p).toContain("'unsafe-eval'");
      const ancestors = cspDirectives(headersFor(config, p)['content-security-policy']).get('frame-ancestors');
      expect(ancestors, p).toEqual(p.includes('/embed/') ? ['*'] : ["'self'"]);
    }
  });

  it('no other page does', () => {
    const others = copies.flatMap((r) => [
      `${r}/`,
      `${r}/en/`,
      `${r}/polska/`,
      `${r}/gmina/1211092-nowy-targ/`,
      `${r}/en/wskaznik/sps-krs/`,
      `${r}/embed/gmina/1211092-nowy-targ/`,
      `${r}/en/embed/wskaznik/sps-krs/`,
      `${r}/embed/programy/kpres/`,
      `${r}/podmioty/`,
      `${r}/szukaj/`,
      `${r}/porownaj/`,
      `${r}/embed/porownaj/`,
      `${r}/biale-plamy/`,
      `${r}/obszar/nuts2/pl21-malopolskie/`,
      `${r}/dane/`,
      `${r}/1211092/`,
      `${r}/en/1211092/`,
      `${r}/embed/`,
      `${r}/embed.js`,
      `${r}/404.html`,
    ]);
    for (const p of others) {
      expect(
        cspOf(p).map((r) => r.for),
        p,
      ).toHaveLength(1);
      expect(scriptSrc(p), p).not.toContain("'unsafe-eval'");
    }
    // A folder whose name only starts like the builder's is no builder.
    expect(scriptSrc('/zestawienia-old/')).not.toContain("'unsafe-eval'");
    expect(
      cspRules(sourceLayout())
        .filter((r) => r.values['Content-Security-Policy'].includes("'unsafe-eval'"))
        .map((r) => r.for)
        .every((f) => f.split('/').some((segment) => EVAL_SEGMENTS.has(segment))),
    ).toBe(true);
  });
});

describe('the TERYT code pages, by digit prefix', () => {
  const patterns = (reserved: string[]) => digitPatterns(reserved).map((p) => `/${p}`);
  const matches = (reserved: string[], name: string) => patterns(reserved).filter((p) => ruleMatches(p, `/${name}/`));

  it('every digit name up to four digits matches one pattern, unless it starts with a release id', () => {
    const reserved = ['2023', '2024'];
    for (let len = 1; len <= 4; len++)
      for (let n = 0; n < 10 ** len; n++) {
        const name = String(n).padStart(len, '0');
        const own = reserved.some((r) => name.startsWith(r));
        expect(matches(reserved, name), name).toHaveLength(own ? 0 : 1);
      }
    expect(matches(reserved, '2023/gmina/1211092-nowy-targ')).toHaveLength(0);
  });

  it('every code of the register matches one pattern, with the real releases reserved', () => {
    const reserved = [...olderReleases(), ...(latestRelease() ? [latestRelease()!] : [])];
    for (const { code } of register.filter((t) => /^\d+$/.test(t.code))) expect(matches(reserved, code), code).toHaveLength(1);
  });

  it('needs no release to cover everything', () => {
    expect(digitPatterns([])).toEqual(['0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*']);
  });

  it('a new release gets a tree of its own, with the builder and its policy', () => {
    const layout: SiteLayout = { ...sourceLayout(), olderReleases: [...olderReleases(), '2031'] };
    const rules = cspRules(layout);
    const at = (p: string) => rules.filter((r) => ruleMatches(r.for, p));
    expect(at('/2031/zestawienia/').map((r) => r.values['Content-Security-Policy'])).toEqual([expect.stringContaining("'unsafe-eval'")]);
    expect(at('/2031/gmina/1211092-nowy-targ/').map((r) => r.for)).toEqual(['/2031/gmina/:x/*']);
    expect(at('/2031/')).toHaveLength(1);
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent once, for a year with subdomains, on every kind of path', () => {
    for (const p of [
      '/',
      '/en/',
      '/zestawienia/',
      '/embed/zestawienia/',
      '/gmina/1211092-nowy-targ/',
      '/data/2024/manifest.json',
      '/_astro/a.js',
      '/embed.js',
      '/1211092/',
      '/nie-ma/',
    ])
      expect(
        matchingRules(config, p).filter((r) => Object.keys(r.values).some((k) => k.toLowerCase() === 'strict-transport-security')),
        p,
      ).toHaveLength(1);
    const hsts = headersFor(config, '/')['strict-transport-security'];
    expect(hsts).toBe('max-age=31536000; includeSubDomains');
  });
});
