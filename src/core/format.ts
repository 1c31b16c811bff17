// Number, plural and cell formatting for both interface languages. Polish numbers group
// every thousand (also 4-digit ones: "1 234,5") with a non-breaking space and use a
// decimal comma; negative numbers get a real minus sign. Pure, so the build and the
// islands format identically.
import { FLAG } from './cells.ts';

export type Lang = 'pl' | 'en';
/** The interface languages, Polish first (page paths: Polish at /, English under /en/). */
export const LANGS: readonly Lang[] = ['pl', 'en'];

const LOCALE: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };
/** The group separator the portal prints in Polish numbers (U+00A0, as Intl does). */
export const NBSP = '\u00a0';
export const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, min: number, max: number, sign: boolean): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${sign}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      // CLDR leaves 4-digit Polish numbers ungrouped; the portal's style guide groups them.
      useGrouping: 'always',
      signDisplay: sign ? 'exceptZero' : 'auto',
    } as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

/** Normalises separators so output never depends on the ICU build (some use U+202F). */
function tidy(s: string): string {
  return s.replace(/[\u202f\u2009 ]/g, NBSP).replace(/-/g, MINUS);
}

/**
 * Formats a number with a fixed number of decimals (the indicator's `decimals`).
 * trim: drop trailing zeros of the fraction ("2,50" -> "2,5"), used for changes.
 */
export function formatNumber(value: number, lang: Lang, decimals = 0, opts: { sign?: boolean; trim?: boolean } = {}): string {
  const min = opts.trim ? 0 : decimals;
  return tidy(formatter(lang, min, decimals, !!opts.sign).format(value));
}

/** A file size in decimal units, "1,2 MB" / "340 kB" (no-break space before the unit). */
export function formatBytes(bytes: number, lang: Lang): string {
  return bytes >= 1e6
    ? `${formatNumber(bytes / 1e6, lang, 1)}\u00a0MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1e3)), lang, 0)}\u00a0kB`;
}

/** A formatted number with the per cent sign as each language writes it: "29,6 %" (no-break space), "29.6%". */
export function withPercentSign(formatted: string, lang: Lang): string {
  return lang === 'pl' ? `${formatted}${NBSP}%` : `${formatted}%`;
}

/** "+12,5%" style relative change; null when the base is 0 or missing. */
export function formatPercentChange(from: number | null, to: number | null, lang: Lang): string | null {
  if (from === null || to === null || from === 0) return null;
  const pct = ((to - from) / Math.abs(from)) * 100;
  return withPercentSign(formatNumber(pct, lang, 1, { sign: true, trim: true }), lang);
}

// ---------------------------------------------------------------- plurals

/**
 * Polish nouns have three counting forms plus the genitive singular used after
 * fractions ("2,5 osoby"): one (1 spółdzielnia), few (2–4, 22–24…: spółdzielnie),
 * many (5–21, 25…: spółdzielni), fraction (1,5 spółdzielni → Polish uses the genitive
 * singular: "1,5 spółdzielni socjalnej"; we keep it explicit per noun).
 */
export interface PolishForms {
  one: string;
  few: string;
  many: string;
  fraction: string;
}
export interface EnglishForms {
  one: string;
  other: string;
}
export interface Noun {
  pl: PolishForms;
  en: EnglishForms;
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  pl: new Intl.PluralRules('pl-PL'),
  en: new Intl.PluralRules('en-GB'),
};

export function pluralForm(n: number, lang: Lang, noun: Noun): string {
  const cat = pluralRules[lang].select(n);
  if (lang === 'en') return cat === 'one' ? noun.en.one : noun.en.other;
  if (!Number.isInteger(n)) return noun.pl.fraction;
  if (cat === 'one') return noun.pl.one;
  if (cat === 'few') return noun.pl.few;
  return noun.pl.many;
}

/** "5 spółdzielni socjalnych", "1 234 osoby", "2 cooperatives". */
export function countPhrase(n: number, lang: Lang, noun: Noun, decimals = 0): string {
  return `${formatNumber(n, lang, decimals)}${NBSP}${pluralForm(n, lang, noun)}`;
}

/** English ordinal: 1st, 2nd, 3rd, 11th, 22nd. Polish ordinals are written "3." */
export function ordinal(n: number, lang: Lang): string {
  if (lang === 'pl') return `${n}.`;
  const cat = new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(n);
  const suffix = { one: 'st', two: 'nd', few: 'rd' }[cat as 'one' | 'two' | 'few'] ?? 'th';
  return `${n}${suffix}`;
}

// ---------------------------------------------------------------- cells

export type CellState = 'value' | 'suppressed' | 'missing';

export interface ShownCell {
  state: CellState;
  value: number | null;
  flags: number;
}

export function cellState(value: number | null | undefined, flags = 0): CellState {
  if (value !== null && value !== undefined && Number.isFinite(value)) return 'value';
  return flags & FLAG.suppressed ? 'suppressed' : 'missing';
}

const EMPTY_TEXT: Record<Lang, Record<Exclude<CellState, 'value'>, string>> = {
  pl: { suppressed: 'dane niejawne', missing: 'brak danych' },
  en: { suppressed: 'confidential', missing: 'no data' },
};

/** Text for one value: a formatted number, or the words for confidential and missing — never 0. */
export function formatCell(value: number | null | undefined, flags: number, lang: Lang, decimals: number): string {
  const state = cellState(value, flags);
  return state === 'value' ? formatNumber(value as number, lang, decimals) : EMPTY_TEXT[lang][state];
}

export function emptyText(state: Exclude<CellState, 'value'>, lang: Lang): string {
  return EMPTY_TEXT[lang][state];
}

/** ISO date "2025-11-30" as "30.11.2025" (pl) or "30 November 2025" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'pl') return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${d} ${month} ${y}`;
}
