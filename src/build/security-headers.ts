// The Content-Security-Policy of every path, written by the root build into dist/_headers
// (astro.config.mjs), which Netlify reads beside netlify.toml's [[headers]].
//
// Why generated: the policies differ in one directive — embeds (/embed/…, /en/embed/…,
// /<year>/embed/…, /<year>/en/embed/…) may be framed by any site (frame-ancestors *),
// every other page only by the site itself ('self') — and Netlify has no "all but"
// pattern. It applies every matching rule and joins repeated header values, which for
// CSP means two policies that must both pass; so the site policy is spelled out by path
// shape, never with a placeholder where "embed" may stand:
//   /  and  /:page   the home page and every top-level page or file (/polska/, /1211092/,
//                    /404.html, /embed.js, /en/, /2023/);
//   /<dir>/:x/*      below each top-level folder that has pages or files below it;
//   /en/:page, /en/<dir>/:x/*, and the same under each older release (/2023/…).
// Netlify compiles a pattern to ^/<segments>/?$ (trailing slash optional; a bare "*"
// segment also swallows the slash before it, so "/dane/*" would match "/dane" and
// "/danex"): hence ":x" before every "*". The folders are read from the built site and the
// older releases from releases.json, so adding a release or a page folder needs no edit
// here; tests/build/netlify.test.ts checks that every built page gets exactly one policy.
//
// script-src 'unsafe-inline': Astro's island loader is an inline script; 'unsafe-eval':
// arquero (the table builder) compiles its expressions with Function(). style-src
// 'unsafe-inline': Plot and Svelte write style attributes. Everything is same-origin.
// A policy without 'unsafe-inline' is not possible with this build: Astro's CSP support
// (security.csp) hashes the scripts and styles it emits into a per-page <meta> policy;
// once style-src holds hashes, browsers ignore 'unsafe-inline' for it, which blocks the
// style attributes Plot and Svelte write, and a <meta> policy cannot carry frame-ancestors.
import fs from 'node:fs';
import path from 'node:path';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

const POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
export const SITE_CSP = `${POLICY}; frame-ancestors 'self'`;
export const EMBED_CSP = `${POLICY}; frame-ancestors *`;

export interface SiteLayout {
  /** Top-level folders of the root build with something below their index (e.g. gmina, data, _astro). */
  dirs: string[];
  /** The same under /en/. */
  enDirs: string[];
  /** Releases copied under /<year>/ (every release but the latest). */
  olderReleases: string[];
}

/** The folder names that are not page folders: the English tree and the embeds get their own rules. */
const SPECIAL = new Set(['en', 'embed']);

export function cspRules(layout: SiteLayout): HeaderRule[] {
  const site = (p: string): HeaderRule => ({ for: p, values: { 'Content-Security-Policy': SITE_CSP } });
  const embed = (p: string): HeaderRule => ({ for: p, values: { 'Content-Security-Policy': EMBED_CSP } });
  const releases = new Set(layout.olderReleases);
  const dirs = layout.dirs.filter((d) => !SPECIAL.has(d) && !releases.has(d)).sort();
  // The English tree mirrors the Polish one (a folder with deep pages in one language may
  // get them in the other later): a rule for a path that has no file costs nothing.
  const enDirs = [...new Set([...layout.enDirs, ...dirs.filter((d) => d !== 'data' && d !== '_astro')])]
    .filter((d) => !SPECIAL.has(d))
    .sort();
  // A release copy has no data/ of its own (it reads the root's), but its own _astro/.
  const copyDirs = dirs.filter((d) => d !== 'data');
  const tree = (prefix: string, top: string[], en: string[]): HeaderRule[] => [
    ...(prefix ? [] : [site('/')]),
    site(`${prefix}/:page`),
    ...top.map((d) => site(`${prefix}/${d}/:x/*`)),
    site(`${prefix}/en/:page`),
    ...en.map((d) => site(`${prefix}/en/${d}/:x/*`)),
  ];
  return [
    ...tree('', dirs, enDirs),
    ...layout.olderReleases.flatMap((r) => tree(`/${r}`, copyDirs, enDirs)),
    // Embeds: /embed/…, and /<lang or release>/embed/…, /<release>/<lang>/embed/….
    embed('/embed/:x/*'),
    embed('/:prefix/embed/:x/*'),
    embed('/:release/:lang/embed/:x/*'),
  ];
}

/** Netlify's _headers syntax: a path line, then indented "Name: value" lines. */
export function headersFileText(rules: HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((l) => `# ${l}`.trimEnd());
  for (const r of rules) {
    lines.push(r.for);
    for (const [k, v] of Object.entries(r.values)) lines.push(`  ${k}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads a _headers file back into rules (for the tests, which check the file the build wrote). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) rules.push({ for: raw.trim(), values: {} });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(raw);
      if (!m || !rules.length) throw new Error(`_headers: cannot read line ${JSON.stringify(raw)}`);
      rules[rules.length - 1].values[m[1].trim()] = m[2].trim();
    }
  }
  return rules;
}

/** The layout of a built site: which top-level folders (and /en/ folders) have files below their index. */
export function readSiteLayout(dist: string, olderReleases: string[]): SiteLayout {
  const deepDirs = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && fs.readdirSync(path.join(dir, e.name)).some((n) => n !== 'index.html'))
          .map((e) => e.name)
      : [];
  return { dirs: deepDirs(dist), enDirs: deepDirs(path.join(dist, 'en')), olderReleases };
}
