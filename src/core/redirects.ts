// Where a bare TERYT code leads: /<code>/ (and /en/<code>/) → the territory page; a former
// code → its successor's page, at the notice that explains the change. The same table
// feeds the static redirect pages (any host) and Netlify's _redirects file (real 301s).
//
// The file also maps the latest release's year onto the root: /<latest>/… serves the root
// pages (a 200 rewrite), so a citation of /2024/gmina/… keeps working after 2025 arrives,
// when 2024 is built as a copy under /2024/. A host without rewrite rules has no
// /<latest>/ until then. Year URLs and bare TERYT codes share the first path segment: a
// powiat code is four digits too (2061 is Białystok), so a release that is also a code is
// refused rather than left to rule order.
import type { CodeChange } from './geo-register.ts';
import { LANGS, type Lang } from './format.ts';
import type { Level } from './territory.ts';
import { changeAnchor, codePath, territoryPath } from './urls.ts';

export interface CodeTarget {
  code: string;
  lang: Lang;
  /** Path with an optional #anchor; undefined for a code that leads nowhere (abolished). */
  to?: string;
  /** The territory it leads to. */
  entry?: Entry;
  change?: CodeChange;
}

type Entry = { code: string; level: Level; slug: string; name: string; displayName: string };

export function codeTargets(register: readonly Entry[], former: readonly { change: CodeChange; target?: Entry }[]): CodeTarget[] {
  const out: CodeTarget[] = [];
  for (const lang of LANGS) {
    for (const e of register) if (e.level !== 'country') out.push({ code: e.code, lang, to: territoryPath(e, lang), entry: e });
    for (const f of former) {
      out.push({
        code: f.change.oldCode,
        lang,
        to: f.target ? `${territoryPath(f.target, lang)}#${changeAnchor(f.change)}` : undefined,
        entry: f.target,
        change: f.change,
      });
    }
  }
  return out;
}

/**
 * Netlify _redirects lines. `301!` forces the redirect even though a static page exists
 * at the same path (that page is the fallback for hosts without redirect rules).
 * Codes that lead nowhere keep their static notice page and get no rule.
 */
export function netlifyRedirects(targets: readonly CodeTarget[], latest?: string): string {
  const lines = ['# Generated at build time from the territory register and data/geo/code-history.csv.'];
  for (const t of targets) if (t.to) lines.push(`${codePath(t.code, t.lang)} ${t.to} 301!`);
  if (latest !== undefined) {
    assertReleaseNotCode(
      latest,
      targets.map((t) => t.code),
    );
    // After the code rules (first match wins), and without "!": a file that exists at the
    // path is served as it is, which no /<year>/ path of the root build has.
    lines.push('# The latest release under its year: the root pages, same paths (scripts/site/build-site.ts).');
    lines.push(`/${latest}/*  /:splat  200`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Throws when a release id cannot be a first path segment of its own: not a four-digit
 * year, or equal to a current or former TERYT code (whose /<code>/ page would collide with
 * the release's /<year>/ folder).
 */
export function assertReleaseNotCode(release: string, codes: Iterable<string>): void {
  if (!/^\d{4}$/.test(release)) throw new Error(`release "${release}" is not a four-digit year: it cannot get a /<year>/ folder`);
  for (const c of codes)
    if (c === release)
      throw new Error(`release ${release} is also a TERYT code: /${release}/ would be both the release and the code's redirect`);
}
