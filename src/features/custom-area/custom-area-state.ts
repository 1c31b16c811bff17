// The address of a custom area: the release it was made from and its gminas, written
// the way the builder writes code lists, so a link reopens the same figures after the
// next release (the figures of the release it names, with a note and a link to the
// latest), as builder permalinks do.
//
//   /moj-obszar/?v=1&r=2024&c=1201*,1202011,1202022&n=Dolina%20Raby
//
//   v  codec version        r  release (pinned)        c  gminas: codes and "1201*"/"12*" tokens
//   n  an optional name the visitor gave the area (plain text, shortened)
import type { Lang } from '#core/format.ts';
import { customAreaEmbedPath, customAreaPath } from '#core/urls.ts';
import { compactAreaCodes, type AreaIndex } from './custom-area-codes.ts';

/** Codec version: bump when a parameter changes meaning, keep decoding the old one. */
export const AREA_STATE_VERSION = 1;
/** Longest name kept from a link or the form. */
export const AREA_NAME_MAX = 80;

export interface AreaState {
  release: string;
  /** Gmina codes in register order (or, straight from a link, the unexpanded tokens). */
  codes: string[];
  name: string;
}

/** A name as plain text on one line, shortened: it is shown in headings and the embed title. */
export function cleanAreaName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, AREA_NAME_MAX).join('');
}

/** The query string (without "?"); with the release's index, the codes are written compactly. */
export function encodeAreaState(s: AreaState, index?: AreaIndex): string {
  const codes = index ? compactAreaCodes(s.codes, index) : s.codes;
  const p: [string, string][] = [
    ['v', String(AREA_STATE_VERSION)],
    ['r', s.release],
    ['c', codes.join(',')],
  ];
  const name = cleanAreaName(s.name);
  if (name) p.push(['n', name]);
  // Commas and asterisks stay readable: both are allowed in a query.
  return p.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`).join('&');
}

export interface AreaDecodeResult {
  state: AreaState;
  /** Whether the query named any gminas at all. */
  present: boolean;
  /** A link from a newer codec than this page knows. */
  newerVersion: boolean;
}

/** Parses "?r=…&c=…"; the codes stay tokens until the release's register expands them (parseCodes). */
export function decodeAreaState(query: string, fallbackRelease: string): AreaDecodeResult {
  const q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const codes = (q.get('c') ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const version = Number(q.get('v') ?? AREA_STATE_VERSION);
  return {
    state: { release: q.get('r')?.trim() || fallbackRelease, codes: [...new Set(codes)], name: cleanAreaName(q.get('n') ?? '') },
    present: codes.length > 0,
    newerVersion: Number.isFinite(version) && version > AREA_STATE_VERSION,
  };
}

export function areaPermalink(s: AreaState, lang: Lang, site: string, index?: AreaIndex): string {
  return new URL(`${customAreaPath(lang)}?${encodeAreaState(s, index)}`, site).href;
}

export function areaEmbedUrl(s: AreaState, lang: Lang, site: string, index?: AreaIndex): string {
  return new URL(`${customAreaEmbedPath(lang)}?${encodeAreaState(s, index)}`, site).href;
}
