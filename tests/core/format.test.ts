import { describe, expect, it } from 'vitest';
import { countPhrase, formatBytes, formatCell, formatDate, formatNumber, formatPercentChange, ordinal, pluralForm } from '#core/format.ts';
import { INDICATOR_NOUNS, UNIT_NOUNS, adjectiveLocative } from '#core/nouns.ts';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups Polish thousands with a non-breaking space, also for 4-digit numbers, and uses a decimal comma', () => {
    expect(formatNumber(1234.5, 'pl', 1)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234, 'pl')).toBe(`1${NBSP}234`);
    expect(formatNumber(38366449, 'pl')).toBe(`38${NBSP}366${NBSP}449`);
    expect(formatNumber(0.5, 'pl', 2)).toBe('0,50');
  });
  it('formats English with a comma and a decimal point', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });
  it('uses a true minus sign and an explicit plus for changes', () => {
    expect(formatNumber(-3, 'pl')).toBe('\u22123');
    expect(formatNumber(3, 'pl', 0, { sign: true })).toBe('+3');
    expect(formatNumber(-1.25, 'pl', 2, { sign: true })).toBe('\u22121,25');
  });
  it('trims trailing zeros only when asked', () => {
    expect(formatNumber(2.5, 'pl', 2)).toBe('2,50');
    expect(formatNumber(2.5, 'pl', 2, { trim: true })).toBe('2,5');
  });
  it('gives relative changes as percentages, none from a zero base', () => {
    expect(formatPercentChange(4, 5, 'pl')).toBe(`+25${NBSP}%`);
    expect(formatPercentChange(0, 5, 'pl')).toBeNull();
  });
});

describe('Polish plurals', () => {
  const coop = INDICATOR_NOUNS.SPS_KRS;
  it.each([
    [1, 'spółdzielnia socjalna'],
    [2, 'spółdzielnie socjalne'],
    [4, 'spółdzielnie socjalne'],
    [5, 'spółdzielni socjalnych'],
    [12, 'spółdzielni socjalnych'],
    [14, 'spółdzielni socjalnych'],
    [22, 'spółdzielnie socjalne'],
    [25, 'spółdzielni socjalnych'],
    [0, 'spółdzielni socjalnych'],
    [1.5, 'spółdzielni socjalnej'],
  ])('%d → %s', (n, form) => {
    expect(pluralForm(n, 'pl', coop)).toBe(form);
  });
  it('writes the count with the noun', () => {
    expect(countPhrase(1, 'pl', coop)).toBe(`1${NBSP}spółdzielnia socjalna`);
    expect(countPhrase(1234, 'pl', UNIT_NOUNS.persons!)).toBe(`1${NBSP}234${NBSP}osoby`);
    expect(countPhrase(1235, 'pl', UNIT_NOUNS.persons!)).toBe(`1${NBSP}235${NBSP}osób`);
    expect(countPhrase(2, 'en', coop)).toBe(`2${NBSP}social cooperatives`);
    expect(countPhrase(1, 'en', coop)).toBe(`1${NBSP}social cooperative`);
  });
});

describe('ordinals and dates', () => {
  it('writes Polish ordinals with a dot and English ones with suffixes', () => {
    expect(ordinal(3, 'pl')).toBe('3.');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '103rd',
    ]);
  });
  it('formats ISO dates', () => {
    expect(formatDate('2025-11-30', 'pl')).toBe('30.11.2025');
    expect(formatDate('2025-11-30', 'en')).toBe('30 November 2025');
  });
});

describe('formatCell', () => {
  it('never shows 0 for confidential or missing values', () => {
    expect(formatCell(null, 2, 'pl', 0)).toBe('dane niejawne');
    expect(formatCell(null, 0, 'pl', 0)).toBe('brak danych');
    expect(formatCell(null, 2 | 1, 'en', 0)).toBe('confidential');
    expect(formatCell(undefined, 0, 'en', 0)).toBe('no data');
    expect(formatCell(0, 1, 'pl', 0)).toBe('0');
  });
});

describe('adjectiveLocative', () => {
  it('declines voivodeship and powiat adjectives after "w"', () => {
    expect(adjectiveLocative('małopolskie')).toBe('małopolskim');
    expect(adjectiveLocative('kujawsko-pomorskie')).toBe('kujawsko-pomorskim');
    expect(adjectiveLocative('nowotarski')).toBe('nowotarskim');
    expect(adjectiveLocative('łódzki wschodni')).toBe('łódzkim wschodnim');
  });
});

describe('formatBytes', () => {
  it('gives decimal kB below a megabyte and MB with one decimal above, in the page language', () => {
    expect(formatBytes(340_400, 'pl')).toBe('340\u00a0kB');
    expect(formatBytes(12, 'en')).toBe('1\u00a0kB');
    expect(formatBytes(1_234_567, 'pl')).toBe('1,2\u00a0MB');
    expect(formatBytes(224_100_000, 'en')).toBe('224.1\u00a0MB');
    expect(formatBytes(2_574_000_000, 'pl')).toBe('2\u00a0574,0\u00a0MB');
  });
});
