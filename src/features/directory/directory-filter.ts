// The directory's filters: their state, how it is written in the URL, and how it selects
// rows of entities/index.json. Pure and small, shared by the island and the tests.
//
// URL grammar (the same for /podmioty/ and /en/podmioty/; every parameter optional):
//   q=tekst                  words that must all occur in the name or the offer description
//                            (case and Polish diacritics ignored)
//   kat=cis,kis              entity categories (any of)          see PES_CATEGORIES
//   oferta=catering,it       offer categories (any of)           see OFFER_CATEGORIES
//   obszar=12 | 1211 | 1211092   voivodeship, powiat or gmina TERYT code
//   cert=quality-mark        certificates valid in the year (any of)
//   ps=tak | nie             social enterprise status on the reference date
//   klauzule=tak | nie       accepts contracts with social clauses (nie: no or unknown)
//   widok=lista | mapa | okolica   results as a list, on a map, or "what is offered around"
//   sort=nazwa | miejsce
// Unknown values are dropped, so an old or mistyped link still opens the directory.
import {
  CERTIFICATE_KINDS,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  type CertificateKind,
  type OfferCategory,
  type PesCategory,
} from './entity-vocabularies.ts';
import { indexRows, type EntityIndex, type EntityRow } from './entity-files.ts';
import { fold } from '#features/search/search-index.ts';

export type View = 'lista' | 'mapa' | 'okolica';
export type Sort = 'nazwa' | 'miejsce';
export type YesNo = '' | 'tak' | 'nie';

export interface Filters {
  q: string;
  kat: PesCategory[];
  oferta: OfferCategory[];
  /** '' (all of Poland) or a 2-, 4- or 7-digit TERYT code. */
  obszar: string;
  cert: CertificateKind[];
  ps: YesNo;
  klauzule: YesNo;
  widok: View;
  sort: Sort;
}

export const VIEWS: readonly View[] = ['lista', 'mapa', 'okolica'];
export const SORTS: readonly Sort[] = ['nazwa', 'miejsce'];

export function emptyFilters(): Filters {
  return { q: '', kat: [], oferta: [], obszar: '', cert: [], ps: '', klauzule: '', widok: 'lista', sort: 'nazwa' };
}

/** A row of the index with what filtering needs precomputed. */
export interface DirRow extends EntityRow {
  /** Position in index.json (and in offer-text.json). */
  i: number;
  /** The name folded for search (lower case, no diacritics). */
  nameFold: string;
}

export function decodeIndex(ix: EntityIndex): DirRow[] {
  return indexRows(ix).map((r, i) => ({ ...r, i, nameFold: fold(r.name) }));
}

// ---------------------------------------------------------------- URL

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(',').map((s) => s.trim()));
  // Vocabulary order, no repeats: the same filter always gives the same URL.
  return allowed.filter((a) => wanted.has(a));
}

const yesNo = (v: string | null): YesNo => (v === 'tak' || v === 'nie' ? v : '');

export function parseFilters(search: string | URLSearchParams): Filters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const f = emptyFilters();
  f.q = (p.get('q') ?? '').slice(0, 200);
  f.kat = list(p.get('kat'), PES_CATEGORIES);
  f.oferta = list(p.get('oferta'), OFFER_CATEGORIES);
  const area = (p.get('obszar') ?? '').trim();
  f.obszar = /^(\d{2}|\d{4}|\d{7})$/.test(area) ? area : '';
  f.cert = list(p.get('cert'), CERTIFICATE_KINDS);
  f.ps = yesNo(p.get('ps'));
  f.klauzule = yesNo(p.get('klauzule'));
  const view = p.get('widok') as View | null;
  f.widok = view && VIEWS.includes(view) ? view : 'lista';
  const sort = p.get('sort') as Sort | null;
  f.sort = sort && SORTS.includes(sort) ? sort : 'nazwa';
  return f;
}

/** The query string for the filters ('' when none is set), parameters in a fixed order, defaults left out. */
export function filtersToSearch(f: Filters): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.kat.length) p.set('kat', list(f.kat.join(','), PES_CATEGORIES).join(','));
  if (f.oferta.length) p.set('oferta', list(f.oferta.join(','), OFFER_CATEGORIES).join(','));
  if (f.obszar) p.set('obszar', f.obszar);
  if (f.cert.length) p.set('cert', list(f.cert.join(','), CERTIFICATE_KINDS).join(','));
  if (f.ps) p.set('ps', f.ps);
  if (f.klauzule) p.set('klauzule', f.klauzule);
  if (f.widok !== 'lista') p.set('widok', f.widok);
  if (f.sort !== 'nazwa') p.set('sort', f.sort);
  // Commas stay readable in the address bar.
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Whether any filter that narrows the result is set (view and order do not). */
export function hasFilters(f: Filters): boolean {
  return !!(f.q.trim() || f.kat.length || f.oferta.length || f.obszar || f.cert.length || f.ps || f.klauzule);
}

// ---------------------------------------------------------------- matching

export type FilterKey = 'q' | 'kat' | 'oferta' | 'obszar' | 'cert' | 'ps' | 'klauzule';

/** The query's words, folded; empty when there is nothing to search for. */
export function queryTerms(q: string): string[] {
  const f = fold(q);
  return f ? f.split(' ') : [];
}

/** Offer descriptions folded once, aligned with the index. */
export function foldTexts(texts: readonly string[]): string[] {
  return texts.map((t) => (t ? fold(t) : ''));
}

/**
 * A predicate for the filters, leaving out the ones listed in `except` (facet counts
 * leave out their own group). offerFold: folded offer descriptions, when loaded; until
 * then text search looks at names only.
 */
export function predicate(f: Filters, opts: { offerFold?: readonly string[]; except?: FilterKey[] } = {}): (r: DirRow) => boolean {
  const skip = new Set(opts.except ?? []);
  const terms = skip.has('q') ? [] : queryTerms(f.q);
  const kat = skip.has('kat') || !f.kat.length ? null : new Set(f.kat);
  const oferta = skip.has('oferta') || !f.oferta.length ? null : new Set(f.oferta);
  const cert = skip.has('cert') || !f.cert.length ? null : new Set(f.cert);
  const area = skip.has('obszar') ? '' : f.obszar;
  const ps = skip.has('ps') ? '' : f.ps;
  const clauses = skip.has('klauzule') ? '' : f.klauzule;
  const offerFold = opts.offerFold;
  return (r) => {
    if (kat && !kat.has(r.category)) return false;
    if (area && !r.gmina.startsWith(area)) return false;
    if (oferta && !r.offer.some((o) => oferta.has(o))) return false;
    if (cert && !r.certificates.some((c) => cert.has(c))) return false;
    if (ps && r.socialEnterprise !== (ps === 'tak')) return false;
    if (clauses && (r.socialClauses === true) !== (clauses === 'tak')) return false;
    if (terms.length) {
      const text = offerFold ? `${r.nameFold} ${offerFold[r.i] ?? ''}` : r.nameFold;
      for (const t of terms) if (!text.includes(t)) return false;
    }
    return true;
  };
}

export function applyFilters(
  rows: readonly DirRow[],
  f: Filters,
  opts: { offerFold?: readonly string[]; except?: FilterKey[] } = {},
): DirRow[] {
  const keep = predicate(f, opts);
  return rows.filter(keep);
}

export interface Facets {
  kat: Record<string, number>;
  oferta: Record<string, number>;
  cert: Record<string, number>;
  ps: { tak: number; nie: number };
  klauzule: { tak: number; nie: number };
}

/** For each choice in a filter group: how many rows the other filters leave that have it. */
export function facetCounts(rows: readonly DirRow[], f: Filters, offerFold?: readonly string[]): Facets {
  const out: Facets = { kat: {}, oferta: {}, cert: {}, ps: { tak: 0, nie: 0 }, klauzule: { tak: 0, nie: 0 } };
  const pk = predicate(f, { offerFold, except: ['kat'] });
  const po = predicate(f, { offerFold, except: ['oferta'] });
  const pc = predicate(f, { offerFold, except: ['cert'] });
  const pp = predicate(f, { offerFold, except: ['ps'] });
  const pl = predicate(f, { offerFold, except: ['klauzule'] });
  for (const r of rows) {
    if (pk(r)) out.kat[r.category] = (out.kat[r.category] ?? 0) + 1;
    if (po(r)) for (const o of r.offer) out.oferta[o] = (out.oferta[o] ?? 0) + 1;
    if (pc(r)) for (const c of r.certificates) out.cert[c] = (out.cert[c] ?? 0) + 1;
    if (pp(r)) out.ps[r.socialEnterprise ? 'tak' : 'nie']++;
    if (pl(r)) out.klauzule[r.socialClauses === true ? 'tak' : 'nie']++;
  }
  return out;
}

// ---------------------------------------------------------------- order

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/** By name (Polish collation, numbers in order: "nr 9" before "nr 10"), or by TERYT code, then name. */
export function sortRows(rows: DirRow[], sort: Sort): DirRow[] {
  const byName = (a: DirRow, b: DirRow) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return rows.sort(sort === 'miejsce' ? (a, b) => (a.gmina < b.gmina ? -1 : a.gmina > b.gmina ? 1 : byName(a, b)) : byName);
}
