// "Your own area": which gminas an area holds. A visitor pastes TERYT codes — 7-digit
// gminas, 4-digit powiats (standing for all their gminas) or the compact tokens of the
// builder's links ("1201*", "12*", "*") — and gets the gmina list back in register
// order, with every token that could not be used named and explained. The same parser
// reads the list from the address, so a pasted list and a shared link agree.
import { compactCodes, expandCodes, isCodeToken } from '#features/builder/builder-state.ts';
import type { Level } from '#core/territory.ts';

/** The register of a release as far as an area needs it. */
export interface AreaIndex {
  /** Every gmina code of the release, in register order. */
  gminas: readonly string[];
  /** Codes of every powiat of the release. */
  powiats: ReadonlySet<string>;
  /** Codes of every voivodeship of the release. */
  voivodeships: ReadonlySet<string>;
}

export function areaIndex(entries: readonly { code: string; level: Level }[]): AreaIndex {
  const gminas: string[] = [];
  const powiats = new Set<string>();
  const voivodeships = new Set<string>();
  for (const e of entries) {
    if (e.level === 'gmina') gminas.push(e.code);
    else if (e.level === 'powiat') powiats.add(e.code);
    else if (e.level === 'voivodeship') voivodeships.add(e.code);
  }
  return { gminas, powiats, voivodeships };
}

/**
 * Why a token was not used: `format` — not a gmina (7 digits) or powiat (4 digits) code
 * nor a "12*" token; `unknown` — the right shape but no such gmina or powiat in the
 * release; `empty` — a "12*" or "1201*" token that matches no gmina.
 */
export type CodeProblemKind = 'format' | 'unknown' | 'empty';

export interface CodeProblem {
  kind: CodeProblemKind;
  token: string;
}

export interface ParsedCodes {
  /** Gmina codes, each once, in register order. */
  codes: string[];
  /** Unusable tokens, each once, in the order they were given. */
  problems: CodeProblem[];
}

/** Separators a pasted list may use: spaces, line breaks, commas, semicolons, tabs (a spreadsheet column). */
const SEPARATORS = /[\s,;]+/;

/** Splits pasted text into tokens; surrounding quotes (from a CSV column) are dropped. */
export function codeTokens(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((x) => x.replace(/^["']+|["']+$/g, '').trim())
    .filter(Boolean);
}

/** Reads pasted codes or a link's list into the gminas of the area. */
export function parseCodes(input: string | readonly string[], index: AreaIndex): ParsedCodes {
  const tokens = typeof input === 'string' ? codeTokens(input) : input.flatMap((x) => codeTokens(x));
  const gminaSet = new Set(index.gminas);
  const chosen = new Set<string>();
  const problems: CodeProblem[] = [];
  const seenProblem = new Set<string>();
  const problem = (kind: CodeProblemKind, token: string) => {
    if (seenProblem.has(token)) return;
    seenProblem.add(token);
    problems.push({ kind, token });
  };
  for (const token of tokens) {
    if (/^\d{7}$/.test(token)) {
      if (gminaSet.has(token)) chosen.add(token);
      else problem('unknown', token);
    } else if (/^\d{4}$/.test(token)) {
      if (!index.powiats.has(token)) problem('unknown', token);
      else for (const c of expandCodes([`${token}*`], index.gminas)) chosen.add(c);
    } else if (isCodeToken(token)) {
      const found = expandCodes([token], index.gminas);
      if (!found.length) problem('empty', token);
      for (const c of found) chosen.add(c);
    } else problem('format', token);
  }
  return { codes: index.gminas.filter((c) => chosen.has(c)), problems };
}

/** The area's gminas as the builder writes code lists: whole powiats as "1201*", whole voivodeships as "12*". */
export function compactAreaCodes(codes: readonly string[], index: AreaIndex): string[] {
  return compactCodes(codes, index.gminas);
}

/** Adds or removes gminas (a map click on a powiat toggles all of its gminas: all in when any is out). */
export function toggleCodes(current: readonly string[], toggled: readonly string[], index: AreaIndex): string[] {
  const set = new Set(current);
  const allIn = toggled.every((c) => set.has(c));
  for (const c of toggled) {
    if (allIn) set.delete(c);
    else set.add(c);
  }
  return index.gminas.filter((c) => set.has(c));
}

/** The gminas of one powiat, in register order. */
export const gminasOfPowiat = (powiat: string, index: AreaIndex): string[] => expandCodes([`${powiat}*`], index.gminas);
