// What text from the data files may contain before it becomes a link or a line on a page.
// Data files are edited by hand and pasted from other systems, so they can carry a
// `javascript:` address, an e-mail address with `?cc=…&body=…` (a mailto: link that fills in
// extra recipients and text), or characters that are invisible but change what a reader sees:
// control characters (NUL, line breaks inside a name) and the bidirectional overrides
// (U+202E turns "gpj.exe" around). The pipeline refuses such input with the file and line;
// the pages check links again before writing an href, so a value that slipped past the
// pipeline still never becomes an active link. No dependencies: browser code may use it.

/**
 * Control characters (C0, DEL, C1) and the bidirectional embedding, override and isolate
 * characters. Tab and line feed are listed too: single-line fields refuse them, multi-line
 * texts allow them (see unsafeCharacter).
 */
// Control characters are what these patterns look for.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x7f: 'DELETE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)": a character named without printing it. */
export function describeCharacter(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp] ?? (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? 'control character' : undefined);
  return name ? `${code} (${name})` : code;
}

/**
 * The first character a text field must not hold, with its position (0-based), or null.
 * multiline: line feeds, carriage returns and tabs are allowed (notes and descriptions
 * written as YAML blocks); everything else in the list is refused in every field.
 */
export function unsafeCharacter(text: string, opts: { multiline?: boolean } = {}): { index: number; char: string } | null {
  const m = (opts.multiline ? UNSAFE_IN_MULTILINE : UNSAFE).exec(text);
  return m ? { index: m.index, char: m[0] } : null;
}

/** Why a text is refused ("contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 4"), or null when it is fine. */
export function unsafeTextReason(text: string, opts: { multiline?: boolean } = {}): string | null {
  const bad = unsafeCharacter(text, opts);
  return bad ? `contains ${describeCharacter(bad.char)} at character ${bad.index + 1}` : null;
}

/** The text with every unsafe character shown as \u{…}, for messages that quote a refused value. */
export function showUnsafe(text: string): string {
  return text.replace(new RegExp(UNSAFE.source, 'gu'), (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

/**
 * An absolute http(s) address with a host and nothing a browser would strip or reinterpret
 * (no spaces, control or bidirectional characters, no user name before the host).
 * `javascript:`, `data:`, `mailto:` and relative addresses are refused.
 */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+/i.test(text) || UNSAFE.test(text) || /\s/u.test(text)) return false;
  try {
    const u = new URL(text);
    // A user name in the address (https://bank.pl@evil.example/) only disguises the host.
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * A plain e-mail address local@domain: the local part of letters, digits and . _ + -,
 * a domain of at least two labels. No query (?cc=…), no second address, no spaces, so
 * `mailto:` + the address opens a message to this one recipient and nothing else.
 */
export function isPlainEmail(text: string): boolean {
  return (
    /^[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*@([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,}$/u.test(text) && text.length <= 254
  );
}

/** The address for an href when it is a safe http(s) address, else undefined (show it as text). */
export function safeHttpHref(url: string | undefined | null): string | undefined {
  return url && isHttpUrl(url) ? url : undefined;
}

/** "mailto:<address>" for a plain address, else undefined (show it as text). */
export function safeMailtoHref(email: string | undefined | null): string | undefined {
  return email && isPlainEmail(email) ? `mailto:${email}` : undefined;
}

/**
 * Every string inside a parsed data file (YAML or JSON) that holds an unsafe character,
 * with its path, for files whose texts are all shown on pages. Texts may run over lines.
 */
export function findUnsafeStrings(
  value: unknown,
  at: (string | number)[] = [],
): { path: (string | number)[]; reason: string; text: string }[] {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value, { multiline: true });
    return reason ? [{ path: at, reason, text: showUnsafe(value) }] : [];
  }
  const out: { path: (string | number)[]; reason: string; text: string }[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [k, v] of entries) for (const found of findUnsafeStrings(v, [...at, k])) out.push(found);
  return out;
}
