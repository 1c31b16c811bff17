// Where a bare TERYT code leads: /<code>/ (and /en/<code>/) → the territory page; a former
// code → its successor's page, at the notice that explains the change. The same table
// feeds the static redirect pages (any host) and Netlify's _redirects file (real 301s).
import type { CodeChange } from './geo-register.ts';
import { changeAnchor } from './code-changes.ts';
import { LANGS, type Lang } from './i18n.ts';
import type { Level } from './territory.ts';
import { codePath, territoryPath } from './urls.ts';

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
export function netlifyRedirects(targets: readonly CodeTarget[]): string {
  const lines = ['# Generated at build time from the territory register and data/geo/code-history.csv.'];
  for (const t of targets) if (t.to) lines.push(`${codePath(t.code, t.lang)} ${t.to} 301!`);
  return lines.join('\n') + '\n';
}
