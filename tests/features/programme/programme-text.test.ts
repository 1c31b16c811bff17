// Texts of programme figures (src/features/programme/programme-text.ts): values in the
// indicator's unit with Polish plurals, shares of the way, targets as a sentence.
import { describe, expect, it } from 'vitest';
import { NBSP } from '#core/format.ts';
import { percent, targetPhrase, valueWithUnit } from '#features/programme/programme-text.ts';
import { ind, kp, kpres } from './programme-fixture.ts';

describe('values, units and plurals', () => {
  it('Polish counting forms follow the number as printed', () => {
    const entities = { pl: 'podmioty', en: 'entities' };
    expect(valueWithUnit(1, entities, 'pl', 0)).toBe(`1${NBSP}podmiot`);
    expect(valueWithUnit(2, entities, 'pl', 0)).toBe(`2${NBSP}podmioty`);
    expect(valueWithUnit(22, entities, 'pl', 0)).toBe(`22${NBSP}podmioty`);
    expect(valueWithUnit(5, entities, 'pl', 0)).toBe(`5${NBSP}podmiotów`);
    expect(valueWithUnit(12, entities, 'pl', 0)).toBe(`12${NBSP}podmiotów`);
    expect(valueWithUnit(1600, entities, 'pl', 0)).toBe(`1${NBSP}600${NBSP}podmiotów`);
    // 2128.5 prints as 2 129, so the genitive plural, not "podmioty".
    expect(valueWithUnit(2128.5, entities, 'pl', 0)).toBe(`2${NBSP}129${NBSP}podmiotów`);
    expect(valueWithUnit(1600, entities, 'en', 0)).toBe(`1,600${NBSP}entities`);
    expect(valueWithUnit(1, entities, 'en', 0)).toBe(`1${NBSP}entity`);
    expect(valueWithUnit(1000, { pl: 'osoby', en: 'persons' }, 'pl', 0)).toBe(`1${NBSP}000${NBSP}osób`);
    expect(valueWithUnit(35000, { pl: 'miejsca pracy', en: 'jobs' }, 'pl', 0)).toBe(`35${NBSP}000${NBSP}miejsc pracy`);
  });

  it('units that are not countable nouns follow the number unchanged', () => {
    expect(valueWithUnit(28, { pl: 'tys. podmiotów', en: 'thousand entities' }, 'pl', 1)).toBe(`28,0${NBSP}tys. podmiotów`);
    expect(valueWithUnit(29.6, { pl: '%', en: '%' }, 'pl', 1)).toBe(`29,6${NBSP}%`);
    expect(valueWithUnit(29.6, { pl: '%', en: '%' }, 'en', 1)).toBe('29.6%');
    expect(valueWithUnit(15, { pl: 'JST', en: 'local governments' }, 'pl', 0)).toBe(`15${NBSP}JST`);
  });

  it('shares print as whole percentages with a real minus sign', () => {
    expect(percent(0.886875, 'pl')).toBe(`89${NBSP}%`);
    expect(percent(-0.44, 'pl')).toBe(`\u221244${NBSP}%`);
    expect(percent(1.33, 'en')).toBe('133%');
  });

  it('targets read as a sentence in both languages', () => {
    expect(targetPhrase(ind(kpres, 'ps-act'), 'pl')).toBe(`osiągnąć 1${NBSP}600${NBSP}podmiotów do 2023${NBSP}r.`);
    expect(targetPhrase(ind(kpres, 'ps-act'), 'en')).toBe(`reach 1,600${NBSP}entities by 2023`);
    expect(targetPhrase(ind(kp, 'pes-employment'), 'pl')).toBe(`wzrost o 1${NBSP}000${NBSP}osób do 2020${NBSP}r.`);
  });
});
