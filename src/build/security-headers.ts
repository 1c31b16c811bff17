// The Content-Security-Policy of every path, written by the root build into dist/_headers
// (astro.config.mjs), which Netlify reads beside netlify.toml's [[headers]].
//
// Why generated: the policies differ in two directives —
//   frame-ancestors: embeds (/embed/…, /en/embed/…, /<year>/embed/…, /<year>/en/embed/…)
//     may be framed by any site (*), every other page only by the site itself ('self');
//   script-src 'unsafe-eval': only the pages that pivot with arquero — the table builder
//     (/zestawienia/) and "your own area" (/moj-obszar/, which groups by the builder's
//     pivot), their embeds, and their copies under /en/ and /<year>/ — need it: arquero
//     compiles its expressions with Function(). Every other page is served without it.
// Netlify has no "all but" pattern. It applies every matching rule and, for a header set by
// two rules, sends both values (joined), which for CSP means two policies that must both
// pass: the builder could not get 'unsafe-eval' back from a second rule. So every path must
// match exactly one rule, and the rules are spelled out by path shape, never with a
// placeholder where "zestawienia" or "embed" may stand. For each tree (the root, /en/, each
// release under /<year>/ and its /en/):
//   /<tree>/ itself, and each top-level page or file by name (/polska, /embed.js, /404.html);
//   /<tree>/<dir>/:x/*   below each top-level folder that has pages or files below it;
//   /<tree>/embed/<kind> and /<tree>/embed/<kind>/:x/*   each embed kind;
//   /<tree>/<digits>*    the bare TERYT code pages (/1211092/, thousands of them), by digit
//                        prefixes that leave out the release ids (/2023/ is a tree of its own).
// Netlify compiles a pattern to ^/<segments>/?$ (trailing slash optional; ":x" is one
// segment; "*" is anything, slashes included, and a bare "*" segment also swallows the slash
// before it, so "/dane/*" would match "/dane" and "/danex"): hence ":x" before every bare
// "*". The names are read from the built site and the releases from releases.json, so
// adding a release or a page needs no edit here; tests/build/netlify.test.ts checks that
// every built page gets exactly one policy, the right one. A path the build did not make
// (a mistyped /polskaa/) matches no rule and gets Netlify's 404 page without a CSP.
//
// script-src 'unsafe-inline': Astro's island loader is an inline script. style-src
// 'unsafe-inline': Plot and Svelte write style attributes. Everything is same-origin.
// A policy without 'unsafe-inline' is not possible with this build: Astro's CSP support
// (security.csp) hashes the scripts and styles it emits into a per-page <meta> policy;
// once style-src holds hashes, browsers ignore 'unsafe-inline' for it, which blocks the
// style attributes Plot and Svelte write, and a <meta> policy cannot carry frame-ancestors.
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_DIR } from '#core/download-files.ts';
import { builderPath, customAreaPath } from '#core/urls.ts';

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

const policy = (scripts: string, ancestors: string) =>
  `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ${ancestors}`;
const SCRIPTS = "'self' 'unsafe-inline'";
const SCRIPTS_WITH_EVAL = "'self' 'unsafe-inline' 'unsafe-eval'";
export const SITE_CSP = policy(SCRIPTS, "'self'");
export const EMBED_CSP = policy(SCRIPTS, '*');
/** Pages that pivot with arquero, and their embeds: the same, plus 'unsafe-eval'. */
export const BUILDER_CSP = policy(SCRIPTS_WITH_EVAL, "'self'");
export const BUILDER_EMBED_CSP = policy(SCRIPTS_WITH_EVAL, '*');

const topSegment = (p: string) => p.split('/').filter(Boolean)[0];
/** The builder's top-level folder ("zestawienia"), from its page URL. */
export const BUILDER_SEGMENT = topSegment(builderPath('pl'));
/** Top-level folders whose pages run arquero (the builder, and "your own area", which uses its pivot). */
export const EVAL_SEGMENTS: ReadonlySet<string> = new Set([BUILDER_SEGMENT, topSegment(customAreaPath('pl'))]);

export interface SiteLayout {
  /** Top-level folders of the root build with something below their index (e.g. gmina, data, _astro). */
  dirs: string[];
  /** The same under /en/. */
  enDirs: string[];
  /** Every other top-level page or file of the root build by name (polska, embed.js, 404.html); names starting with a digit (TERYT code pages) are covered by prefix. */
  names: string[];
  /** The same under /en/. */
  enNames: string[];
  /** The embed kinds: folders under /embed/ (gmina, polska, zestawienia…). */
  embeds: string[];
  /** Releases copied under /<year>/ (every release but the latest). */
  olderReleases: string[];
  /** The latest release, which also answers under /<year>/ (a rewrite to the root, dist/_redirects). */
  latestRelease?: string;
}

/** Folder names that are trees or embeds of their own, not page folders. */
const SPECIAL = new Set(['en', 'embed']);
/** Netlify's own files in dist/, never served. */
const NOT_SERVED = new Set(['_headers', '_redirects']);
const startsWithDigit = (name: string) => /^\d/.test(name);

/**
 * Patterns that cover every name starting with a digit except the reserved ids and what
 * lies below them: for ["2023", "2024"] 0*, 1*, 20, 200*, 201*, 202, 2020*, 2021*, 2022*,
 * 2025*…2029*, 203*…209*, 3*…9* (a name that is a start of a reserved id, like the
 * voivodeship code 20, by itself; "*" also crosses slashes, and only code pages, with
 * nothing below them, start with a digit).
 */
export function digitPatterns(reserved: readonly string[], prefix = ''): string[] {
  const out: string[] = [];
  for (const d of '0123456789') {
    const p = prefix + d;
    const under = reserved.filter((r) => r.startsWith(p));
    if (!under.length) out.push(`${p}*`);
    else if (!under.includes(p)) {
      out.push(p);
      for (const q of digitPatterns(under, p)) out.push(q);
    }
  }
  return out;
}

export function cspRules(layout: SiteLayout): HeaderRule[] {
  const rule = (p: string, csp: string): HeaderRule => ({ for: p, values: { 'Content-Security-Policy': csp } });
  const releases = [...layout.olderReleases, ...(layout.latestRelease ? [layout.latestRelease] : [])];
  const releaseSet = new Set(releases);
  const pageNames = (names: string[]) =>
    [...new Set(names)].filter((n) => !SPECIAL.has(n) && !NOT_SERVED.has(n) && !releaseSet.has(n) && !startsWithDigit(n)).sort();
  const dirs = layout.dirs.filter((d) => !SPECIAL.has(d) && !releaseSet.has(d)).sort();
  const names = pageNames([...layout.names, ...dirs]);
  // The English tree mirrors the Polish one (a page in one language may get its twin in the
  // other later): a rule for a path that has no file costs nothing. Data, assets and the
  // root's files (embed.js) exist once, at the root.
  const shared = (n: string) => n !== 'data' && n !== '_astro' && n !== 'archiwum' && !n.includes('.');
  const enDirs = [...new Set([...layout.enDirs, ...dirs.filter(shared)])].filter((d) => !SPECIAL.has(d)).sort();
  const enNames = pageNames([...layout.enNames, ...enDirs, ...names.filter(shared)]);
  const embeds = [...new Set(layout.embeds)].sort();
  // A release copy reads the root's data/ and archives, but has its own _astro/.
  const inCopy = (n: string) => n !== 'data' && n !== 'archiwum';

  /** The rules of one tree: its home, pages, folders, embeds and code pages, in one language. */
  const tree = (prefix: string, treeNames: string[], treeDirs: string[], reserved: string[]): HeaderRule[] => [
    rule(prefix || '/', SITE_CSP),
    ...treeNames.map((n) => rule(`${prefix}/${n}`, EVAL_SEGMENTS.has(n) ? BUILDER_CSP : SITE_CSP)),
    ...treeDirs.map((d) => rule(`${prefix}/${d}/:x/*`, EVAL_SEGMENTS.has(d) ? BUILDER_CSP : SITE_CSP)),
    // /embed/ itself is no embed: it keeps the site policy.
    rule(`${prefix}/embed`, SITE_CSP),
    ...embeds.flatMap((k) => {
      const csp = EVAL_SEGMENTS.has(k) ? BUILDER_EMBED_CSP : EMBED_CSP;
      return [rule(`${prefix}/embed/${k}`, csp), rule(`${prefix}/embed/${k}/:x/*`, csp)];
    }),
    ...digitPatterns(reserved).map((d) => rule(`${prefix}/${d}`, SITE_CSP)),
  ];
  const both = (prefix: string, top: string[], topDirs: string[], reserved: string[]) => [
    ...tree(prefix, top, topDirs, reserved),
    ...tree(`${prefix}/en`, enNames, enDirs, []),
  ];
  return [...both('', names, dirs, releases), ...releases.flatMap((r) => both(`/${r}`, names.filter(inCopy), dirs.filter(inCopy), []))];
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

/** The layout of a built site: its top-level names, the folders with files below their index, the embed kinds. */
export function readSiteLayout(dist: string, olderReleases: string[], latestRelease?: string): SiteLayout {
  const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []);
  const deepDirs = (dir: string): string[] =>
    entries(dir)
      .filter((e) => e.isDirectory() && fs.readdirSync(path.join(dir, e.name)).some((n) => n !== 'index.html'))
      .map((e) => e.name);
  const names = (dir: string) => entries(dir).map((e) => e.name);
  return {
    // The offline archives (npm run archive) are written into their folder after the build
    // has written _headers, so the folder counts as built.
    dirs: [...new Set([...deepDirs(dist), ARCHIVE_DIR])],
    enDirs: deepDirs(path.join(dist, 'en')),
    names: names(dist),
    enNames: names(path.join(dist, 'en')),
    embeds: [...new Set([...names(path.join(dist, 'embed')), ...names(path.join(dist, 'en', 'embed'))])],
    olderReleases,
    ...(latestRelease && { latestRelease }),
  };
}
