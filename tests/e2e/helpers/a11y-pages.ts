// The pages the accessibility gate (a11y.e2e.ts) and the keyboard tests visit: one page of
// every page type, in Polish and in English. Extend the list when a page type arrives:
// add an entry with `optional: true` while the page may not be in every build yet (the
// test is skipped, with a note, if the built file is missing) and drop the flag once the
// page type has landed, so that losing it fails the gate.
//
//   import { A11Y_PAGES, axeViolations, describeViolations, builtFile } from './a11y-pages.ts';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

export interface A11yPage {
  /** Page type, e.g. "gmina"; with the language it names the test. */
  type: string;
  lang: 'pl' | 'en';
  path: string;
  /** Built by work still in progress: skipped, not failed, while missing from dist/. */
  optional?: boolean;
  /** A selector to wait for before checking (e.g. a table an island computes). */
  ready?: string;
}

/** WCAG 2.0 and 2.1, levels A and AA: the axe-core tags for WCAG 2.1 AA conformance. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const both = (type: string, plPath: string, optional?: boolean, ready?: string): A11yPage[] => [
  { type, lang: 'pl', path: plPath, optional, ready },
  { type, lang: 'en', path: `/en${plPath}`, optional, ready },
];

/** The first page built under a folder (for page types whose ids come from data), or the folder itself. */
function firstPageUnder(folder: string): string {
  try {
    const name = fs
      .readdirSync(path.join(distDir(), folder))
      .sort()
      .find((n) => fs.existsSync(path.join(distDir(), folder, n, 'index.html')));
    if (name) return `${folder}${name}/`;
  } catch {
    /* not built */
  }
  return folder;
}

function latestRelease(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'releases.json'), 'utf8')).latest;
  } catch {
    return '2024';
  }
}

function olderReleases(): string[] {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'releases.json'), 'utf8')) as {
      latest: string;
      releases: string[];
    };
    return r.releases.filter((id) => id !== r.latest);
  } catch {
    return [];
  }
}

export const A11Y_PAGES: A11yPage[] = [
  ...both('home', '/'),
  ...both('country', '/polska/'),
  ...both('voivodeship', '/wojewodztwo/12-malopolskie/'),
  ...both('powiat', '/powiat/1211-nowotarski/'),
  // A gmina with a confidential value would be a better stress test; Nowy Targ has charts,
  // ranks, similar gminas, a locator map and demo tags.
  ...both('gmina', '/gmina/1211092-nowy-targ/'),
  // A city with powiat rights: gmina and powiat in one.
  ...both('city-gmina', '/gmina/1261011-krakow/'),
  ...both('indicator', '/wskaznik/sps-krs/'),
  ...both('indicator-catalogue', '/wskazniki/'),
  ...both('search', '/szukaj/'),
  ...both('downloads', '/dane/'),
  ...both('coverage', '/dane/pokrycie/'),
  ...both('accessibility-statement', '/deklaracja-dostepnosci/'),
  // A former TERYT code without a successor: the notice page (the other /<code>/ pages
  // are meta-refresh redirects).
  ...both('former-code', '/3203042/'),
  // One 404 page for both languages (Polish, with an English section).
  { type: '404', lang: 'pl', path: '/404.html' },
  ...both('methodology', '/metodologia/'),
  ...both('builder', '/zestawienia/'),
  ...both(
    'builder-table',
    `/zestawienia/?v=1&r=${latestRelease()}&l=voivodeship&i=SPS_10K,POP&y=2023-2024&rows=territory&cols=indicator,year&tot=1&ch=bar`,
    false,
    'main table',
  ),
  ...both('compare', '/porownaj/?t=1211011,1211092,1211023,1211', false, '[data-testid="compare-table"]'),
  ...both('embed-compare', '/embed/porownaj/?t=1211011,1211092,1211023,1211', false, '[data-testid="compare-table"]'),
  // A custom area (a powiat and one more gmina) and its embed, with the profile computed.
  ...both('custom-area', '/moj-obszar/?c=1201*,1202012', false, '[data-testid="area-key-figures"]'),
  ...both('embed-custom-area', '/embed/moj-obszar/?c=1201*', false, '[data-testid="area-key-figures"]'),
  ...both('programme', '/programy/'),
  ...both('programme-kpres', '/programy/kpres/'),
  // Planning areas: the index, a real NUTS 3 area and demonstration OWES and LAG areas.
  ...both('areas', '/obszar/', true),
  ...both('area-nuts3', '/obszar/nuts3/pl214-krakowski/', true),
  ...both('area-owes', '/obszar/owes/12-1-owes-malopolskie-1-demo/', true),
  ...both('area-lgd', '/obszar/lgd/12-01-lgd-bochenski-malopolskie-demo/', true),
  ...both('entity-directory', '/podmioty/'),
  ...both('white-spots', '/biale-plamy/', false, '[data-testid="ws-voiv"]'),
  ...both('entity', firstPageUnder('/podmiot/')),
  // Embeds: a territory chart (the build's SVG, and one the island draws from
  // the query), an indicator map, a programme chart and a saved tabulation.
  ...both('embed', '/embed/gmina/1211092-nowy-targ/'),
  ...both('embed-chart-query', '/embed/gmina/1211092-nowy-targ/?wskaznik=SPS_10K', false, '[data-indicator="SPS_10K"] .chart-canvas svg'),
  ...both('embed-map', '/embed/wskaznik/sps-krs/?poziom=powiat', false, '[data-testid="map-svg"] .areas path'),
  ...both('embed-programme', '/embed/programy/kpres/', false, '[data-testid="progress-chart"]'),
  ...both(
    'embed-tabulation',
    `/embed/zestawienia/?v=1&r=${latestRelease()}&l=voivodeship&i=SPS_10K,POP&y=2023-2024&rows=territory&cols=indicator,year&tot=1&ch=bar`,
    false,
    'main table',
  ),
  // An older release, built as a copy under /<year>/ by scripts/site/build-site.ts: the banner
  // on top of a gmina page (optional: a plain `astro build` has no copies).
  ...olderReleases()
    .slice(0, 1)
    .flatMap((r): A11yPage[] => [
      { type: 'release-copy', lang: 'pl', path: `/${r}/gmina/1211092-nowy-targ/`, optional: true },
      { type: 'release-copy', lang: 'en', path: `/${r}/en/gmina/1211092-nowy-targ/`, optional: true },
    ]),
];

export function distDir(): string {
  return path.resolve(process.cwd(), process.env.DIST_DIR || 'dist');
}

/** The file under dist/ that serves a URL path, or undefined if the build has none. */
export function builtFile(urlPath: string, dist = distDir()): string | undefined {
  const clean = decodeURI(urlPath.split(/[?#]/)[0]);
  const file = path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
  return fs.existsSync(file) ? file : undefined;
}

// ---------------------------------------------------------------- axe-core in the page

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the page as it is now; returns the violations, formatted for a failure message. */
export async function axeViolations(page: Page, opts: { include?: string } = {}): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResults> } }).axe;
      return axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
    },
    { tags: AXE_TAGS, include: opts.include },
  );
  return results.violations;
}

export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s)\n${nodes}`;
    })
    .join('\n');
}
