// The headers as Netlify would send them: netlify.toml's [[headers]] plus the CSP rules
// the build writes into dist/_headers (src/build/security-headers.ts), and the headers for
// a URL path (every matching rule applies; a header name repeated across matching rules is
// joined with ", ", as Netlify does). Used by tests/build/netlify.test.ts and by
// tests/e2e/security.e2e.ts, which applies them to the pages in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { cspRules, parseHeadersFile, type HeaderRule, type SiteLayout } from '#build/security-headers.ts';
import { LEVEL_SEGMENT } from '#core/urls.ts';

export type { HeaderRule };

export interface NetlifyConfig {
  build?: { command?: string; publish?: string; environment?: Record<string, string> };
  headers?: HeaderRule[];
  redirects?: unknown[];
  plugins?: { package: string }[];
}

export function readNetlifyToml(file = path.join(process.cwd(), 'netlify.toml')): NetlifyConfig {
  return parse(fs.readFileSync(file, 'utf8')) as unknown as NetlifyConfig;
}

/** Releases copied under /<year>/: every release but the latest. */
export function olderReleases(root = process.cwd()): string[] {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(root, 'public', 'data', 'releases.json'), 'utf8')) as {
      latest: string;
      releases: string[];
    };
    return r.releases.filter((id) => id !== r.latest);
  } catch {
    return [];
  }
}

/** The latest release (it also answers under /<year>/), from releases.json. */
export function latestRelease(root = process.cwd()): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'public', 'data', 'releases.json'), 'utf8')) as { latest: string }).latest;
  } catch {
    return undefined;
  }
}

/**
 * The folders a build will have, read from the sources (src/pages, public/) for when no
 * build exists yet: a page folder with pages below its index, the territory levels for
 * [level], public/ folders, and Astro's _astro/.
 */
export function sourceLayout(root = process.cwd()): SiteLayout {
  const pageDirs = (dir: string): string[] => {
    const out: string[] = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'en' || e.name === 'embed') continue;
      const deep = fs.readdirSync(path.join(dir, e.name)).some((n) => !/^index\.(astro|ts|md)$/.test(n));
      if (!deep) continue;
      if (e.name === '[level]') out.push(...Object.values(LEVEL_SEGMENT));
      else if (!e.name.startsWith('[')) out.push(e.name);
    }
    return out;
  };
  const pages = path.join(root, 'src', 'pages');
  const publicDirs = fs
    .readdirSync(path.join(root, 'public'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  /** Every page name at the top of a pages folder: folders and single-file routes, [level] as the level segments. */
  const pageNames = (dir: string): string[] =>
    fs.readdirSync(dir).flatMap((n) => {
      if (n === '[level]') return Object.values(LEVEL_SEGMENT);
      if (n.startsWith('[') || /^index\./.test(n)) return [];
      return [n.replace(/\.(astro|ts|md)$/, '')];
    });
  const publicNames = fs.readdirSync(path.join(root, 'public'));
  return {
    dirs: [...new Set([...pageDirs(pages), ...publicDirs, '_astro'])],
    enDirs: pageDirs(path.join(pages, 'en')),
    names: [...new Set([...pageNames(pages), ...publicNames, '404.html'])],
    enNames: pageNames(path.join(pages, 'en')),
    embeds: [...new Set([...pageNames(path.join(pages, 'embed')), ...pageNames(path.join(pages, 'en', 'embed'))])],
    olderReleases: olderReleases(root),
    latestRelease: latestRelease(root),
  };
}

/**
 * netlify.toml's rules plus the CSP rules: those the build wrote into <dist>/_headers when
 * a build exists, else those it would write for the folders in the sources.
 */
export function readSiteHeaders(dist = path.resolve(process.env.DIST_DIR || 'dist')): NetlifyConfig & { cspSource: string } {
  const toml = readNetlifyToml();
  const file = path.join(dist, '_headers');
  const built = fs.existsSync(file);
  const csp = built ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : cspRules(sourceLayout());
  return { ...toml, headers: [...(toml.headers ?? []), ...csp], cspSource: built ? file : 'src/pages (no build)' };
}

/**
 * Netlify path patterns, as @netlify/headers-parser compiles them (getForRegExp): the
 * pattern's segments joined, then an optional trailing slash, case-insensitive; ":name"
 * is one segment; a segment that is just "*" makes the slash before it optional and
 * matches the rest ("/gmina/*" also matches "/gmina" and "/gminax"), so rules meant to
 * stay apart use ":name" segments before the "*".
 */
export function patternRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = compilePattern(pattern)));
  return re;
}
/** Compiled once per pattern: the built-site check matches tens of thousands of pages against hundreds of rules. */
const compiled = new Map<string, RegExp>();

function compilePattern(pattern: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = pattern
    .split('/')
    .map((p) => p.trimEnd())
    .filter(Boolean)
    .map((p) => (p.startsWith(':') ? '([^/]+)' : p === '*' ? '?(.*)' : p.includes('*') ? p.replaceAll('*', '(.*)') : esc(p)))
    .join('/');
  return new RegExp(`^/${body}/?$`, 'iu');
}

export function ruleMatches(pattern: string, urlPath: string): boolean {
  return patternRegExp(pattern).test(urlPath);
}

export function matchingRules(config: NetlifyConfig, urlPath: string): HeaderRule[] {
  return (config.headers ?? []).filter((r) => ruleMatches(r.for, urlPath));
}

/** Header name (lower case) → value, as sent for `urlPath`. */
export function headersFor(config: NetlifyConfig, urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(config, urlPath))
    for (const [k, v] of Object.entries(rule.values)) {
      const key = k.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${v}` : v;
    }
  return out;
}

/** CSP directives of one policy: name → source list. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
