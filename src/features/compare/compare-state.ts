// The comparison page's state and its URL codec. Everything the page shows — the
// territories, the release and the year of the table — lives in the query string, so a
// link reopens exactly the same comparison, pinned to its release:
//
//   /porownaj/?r=2024&t=1211011,1211092,1211023,1211&y=2024
//
// The release is always written (like the builder's `r`): a shared link keeps showing
// the figures it was made with after a newer release is published. Codes keep the order
// they were added in; that order is the order of the table's columns and the charts' rows.
// decodeCompare only parses and reports what it could not read; whether a code exists
// is known once its territory file is fetched.
import type { Lang } from '#core/format.ts';
import { levelOfCode } from '#core/territory.ts';
import { compareEmbedPath, comparePath } from '#core/urls.ts';

/** Fewer than two is no comparison; more than eight no longer fits a phone's chart or table. */
export const MIN_TERRITORIES = 2;
export const MAX_TERRITORIES = 8;

export interface CompareState {
  release: string;
  /** TERYT codes ("PL", "12", "1211", "1211092"), in the order chosen; at most MAX_TERRITORIES. */
  codes: string[];
  /** The year of the table and the charts; undefined = the release's last year. */
  year?: number;
}

export interface CompareDecode {
  state: CompareState;
  /** What could not be read, machine-readable for the interface to word. */
  problems: CompareProblem[];
}

export type CompareProblem =
  | { kind: 'code'; items: string[] }
  | { kind: 'too-many'; items: string[] }
  | { kind: 'year'; items: string[] }
  | { kind: 'release'; items: string[] };

/** A code as typed or linked: trimmed, upper case (the country is "PL"). */
const cleanCode = (s: string): string => s.trim().toUpperCase();

/**
 * Reads "?r=…&t=…&y=…" (the "?" optional). Codes that are no TERYT code of any level
 * are dropped and reported, duplicates silently merged, codes beyond MAX_TERRITORIES
 * dropped and reported; a year that is not four digits is reported and ignored.
 */
export function decodeCompare(query: string, fallbackRelease: string): CompareDecode {
  const q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const problems: CompareProblem[] = [];
  const release = q.get('r')?.trim() || fallbackRelease;
  const raw = (q.get('t') ?? '').split(',').map(cleanCode).filter(Boolean);
  const bad = raw.filter((c) => !levelOfCode(c));
  if (bad.length) problems.push({ kind: 'code', items: bad });
  const codes = [...new Set(raw.filter((c) => levelOfCode(c)))];
  if (codes.length > MAX_TERRITORIES) problems.push({ kind: 'too-many', items: codes.splice(MAX_TERRITORIES) });
  const state: CompareState = { release, codes };
  const y = q.get('y')?.trim();
  if (y) {
    if (/^\d{4}$/.test(y)) state.year = Number(y);
    else problems.push({ kind: 'year', items: [y] });
  }
  return { state, problems };
}

/**
 * The query string (without "?") of a state, in a fixed order so equal states give equal
 * links. Commas stay unescaped (they are allowed in a query and keep the codes readable).
 */
export function encodeCompare(s: CompareState): string {
  const p: [string, string][] = [['r', s.release]];
  if (s.codes.length) p.push(['t', s.codes.join(',')]);
  if (s.year !== undefined) p.push(['y', String(s.year)]);
  return p.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`).join('&');
}

/**
 * Checks a decoded state against the releases the site has: an unknown release falls back
 * to `fallbackRelease` (reported), a year outside the release to its last year (reported).
 */
export function normaliseCompare(
  s: CompareState,
  releases: readonly { id: string; years: readonly number[] }[],
  fallbackRelease: string,
): CompareDecode {
  const problems: CompareProblem[] = [];
  let info = releases.find((r) => r.id === s.release);
  let release = s.release;
  if (!info) {
    problems.push({ kind: 'release', items: [s.release] });
    release = fallbackRelease;
    info = releases.find((r) => r.id === fallbackRelease);
  }
  const state: CompareState = { release, codes: [...s.codes] };
  if (s.year !== undefined) {
    if (info?.years.includes(s.year)) state.year = s.year;
    else problems.push({ kind: 'year', items: [String(s.year)] });
  }
  return { state, problems };
}

/** Adds a code at the end (no duplicates); refuses beyond MAX_TERRITORIES. */
export function addCode(codes: readonly string[], code: string): { codes: string[]; added: boolean; full: boolean } {
  const c = cleanCode(code);
  if (codes.includes(c)) return { codes: [...codes], added: false, full: false };
  if (codes.length >= MAX_TERRITORIES) return { codes: [...codes], added: false, full: true };
  return { codes: [...codes, c], added: true, full: false };
}

export function removeCode(codes: readonly string[], code: string): string[] {
  return codes.filter((c) => c !== code);
}

/** The page's own path with a state: what the address bar and the "copy link" show. */
export function comparePagePath(s: CompareState, lang: Lang): string {
  return `${comparePath(lang)}?${encodeCompare(s)}`;
}

/** A full, shareable address (the configured public site, like every other permalink). */
export function comparePermalink(s: CompareState, lang: Lang, site: string): string {
  return new URL(comparePagePath(s, lang), site).href;
}

/** The embed's full address: the same query on /embed/porownaj/ (read-only, no controls). */
export function compareEmbedUrl(s: CompareState, lang: Lang, site: string): string {
  return new URL(`${compareEmbedPath(lang)}?${encodeCompare(s)}`, site).href;
}
