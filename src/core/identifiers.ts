// Polish register identifiers: KRS, REGON and NIP. Pure functions, used by the entity
// reader (scripts/pipeline/entities/) and safe to use in the browser.
//
//   KRS    10 digits with leading zeros, a sequential number of the National Court Register;
//          it has no check digit, so only the format can be checked.
//   REGON  9 digits (an entity) or 14 digits (a local unit: the entity's 9 digits, 4 digits of
//          the unit, a check digit). Check digit: weighted sum mod 11, 10 counts as 0.
//          weights  9 digits: 8 9 2 3 4 5 6 7
//                  14 digits: 2 4 8 5 0 9 7 3 6 1 2 4 8
//   NIP    10 digits (tax identification number); weights 6 5 7 2 3 4 5 6 7, sum mod 11 is
//          the check digit; a sum giving 10 is never issued, so such a number is invalid.
//
// Input may be written with spaces or hyphens ("123-456-32-18", "000 012 3456"), and a NIP
// with the "PL" VAT prefix; normalise* strips them. Anything else (letters, dots) is
// reported, not silently dropped.

export type IdentifierKind = 'krs' | 'regon' | 'nip';

export type IdentifierCheck = { ok: true; value: string } | { ok: false; reason: string };

const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

function weightedSum(digits: string, weights: number[]): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += Number(digits[i]) * weights[i];
  return s;
}

/** Check digit of a REGON from its first 8 (or 13) digits. */
export function regonCheckDigit(body: string): number {
  if (!/^\d{8}$|^\d{13}$/.test(body)) throw new Error(`a REGON body has 8 or 13 digits, got "${body}"`);
  const r = weightedSum(body, body.length === 8 ? REGON9_WEIGHTS : REGON14_WEIGHTS) % 11;
  return r === 10 ? 0 : r;
}

/** Check digit of a NIP from its first 9 digits, or null when no valid NIP has that body (sum mod 11 = 10). */
export function nipCheckDigit(body: string): number | null {
  if (!/^\d{9}$/.test(body)) throw new Error(`a NIP body has 9 digits, got "${body}"`);
  const r = weightedSum(body, NIP_WEIGHTS) % 11;
  return r === 10 ? null : r;
}

/** Drops spaces and hyphens (and a leading "PL" for a NIP); the rest must be digits. */
function normalise(text: string, kind: IdentifierKind): string {
  let s = text.trim().replace(/[\s-]/g, '');
  if (kind === 'nip') s = s.replace(/^PL/i, '');
  return s;
}

export function checkKrs(text: string): IdentifierCheck {
  const s = normalise(text, 'krs');
  if (!/^\d+$/.test(s)) return { ok: false, reason: 'KRS number must contain digits only' };
  if (s.length !== 10) return { ok: false, reason: `KRS number must have 10 digits with leading zeros (found ${s.length})` };
  if (/^0+$/.test(s)) return { ok: false, reason: 'KRS number 0000000000 does not exist' };
  return { ok: true, value: s };
}

export function checkRegon(text: string): IdentifierCheck {
  const s = normalise(text, 'regon');
  if (!/^\d+$/.test(s)) return { ok: false, reason: 'REGON must contain digits only' };
  if (s.length !== 9 && s.length !== 14) return { ok: false, reason: `REGON must have 9 or 14 digits (found ${s.length})` };
  if (s.length === 14) {
    const parent = checkRegon(s.slice(0, 9));
    if (!parent.ok) return { ok: false, reason: `the first 9 digits of a 14-digit REGON are the parent entity's REGON: ${parent.reason}` };
  }
  const expected = regonCheckDigit(s.slice(0, -1));
  if (Number(s.at(-1)) !== expected) return { ok: false, reason: `bad REGON check digit: expected ${expected}, found ${s.at(-1)}` };
  return { ok: true, value: s };
}

export function checkNip(text: string): IdentifierCheck {
  const s = normalise(text, 'nip');
  if (!/^\d+$/.test(s)) return { ok: false, reason: 'NIP must contain digits only (hyphens, spaces and a PL prefix are allowed)' };
  if (s.length !== 10) return { ok: false, reason: `NIP must have 10 digits (found ${s.length})` };
  const expected = nipCheckDigit(s.slice(0, 9));
  if (expected === null)
    return { ok: false, reason: 'bad NIP check digit: no valid NIP starts with these 9 digits (weighted sum mod 11 is 10)' };
  if (Number(s[9]) !== expected) return { ok: false, reason: `bad NIP check digit: expected ${expected}, found ${s[9]}` };
  return { ok: true, value: s };
}

export const checkIdentifier = (kind: IdentifierKind, text: string): IdentifierCheck =>
  kind === 'krs' ? checkKrs(text) : kind === 'regon' ? checkRegon(text) : checkNip(text);

export const isValidKrs = (text: string): boolean => checkKrs(text).ok;
export const isValidRegon = (text: string): boolean => checkRegon(text).ok;
export const isValidNip = (text: string): boolean => checkNip(text).ok;

/** How the numbers are usually printed: NIP 123-456-32-18, KRS and REGON as digits. */
export function formatIdentifier(kind: IdentifierKind, value: string): string {
  if (kind === 'nip' && /^\d{10}$/.test(value)) return `${value.slice(0, 3)}-${value.slice(3, 6)}-${value.slice(6, 8)}-${value.slice(8)}`;
  return value;
}

/**
 * Ranges reserved for demonstration entities. They have valid check digits, so they pass
 * every validator, and are easy to recognise:
 *   KRS   99999xxxxx — the KRS is a running number, now near 0001100000, so these are decades away;
 *   REGON 999xxxxxx  — chosen to stand out; we know of no REGON issued in it;
 *   NIP   000xxxxxxx — the first three digits are a tax office code, and none is 000.
 * The entity reader rejects them in a record not marked demo.
 */
export const DEMO_PREFIX: Record<IdentifierKind, string> = { krs: '99999', regon: '999', nip: '000' };

export const isDemoIdentifier = (kind: IdentifierKind, value: string): boolean => value.startsWith(DEMO_PREFIX[kind]);

/** A valid identifier in the demo range, one per serial number 0 … 99,999 (distinct serials give distinct numbers). */
export function demoIdentifier(kind: IdentifierKind, serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 99999) throw new Error(`demo identifier serial out of range: ${serial}`);
  const n = String(serial).padStart(5, '0');
  if (kind === 'krs') return `${DEMO_PREFIX.krs}${n}`;
  if (kind === 'regon') {
    const body = `${DEMO_PREFIX.regon}${n}`;
    return `${body}${regonCheckDigit(body)}`;
  }
  // NIP: 000 + serial + one digit chosen so that a check digit exists (at most one of 0 and 1 fails).
  for (const d of ['0', '1']) {
    const c = nipCheckDigit(`${DEMO_PREFIX.nip}${n}${d}`);
    if (c !== null) return `${DEMO_PREFIX.nip}${n}${d}${c}`;
  }
  throw new Error('unreachable: one of two consecutive NIP bodies has a check digit');
}
