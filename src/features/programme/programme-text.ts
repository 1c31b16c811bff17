// The texts of programme figures in both languages: values in the indicator's unit with
// the right Polish plural, shares of the way to the goal, targets as a sentence, the
// labels of the goal tree's nodes. Numbers are formatted by #core/format.ts; the words
// come from the dictionaries (src/i18n/*/programme.ts and unit.ts).
import type { Unit } from '#core/catalogue.ts';
import { countPhrase, formatNumber, NBSP, withPercentSign, type Lang, type Noun } from '#core/format.ts';
import { UNIT_NOUNS } from '#core/nouns.ts';
import { translator } from '#i18n/index.ts';
import type { ResolvedIndicator, ResolvedNode, Text } from './programme.ts';

/** A catalogue unit in both languages, as a resolved programme indicator carries it. */
export function unitText(unit: Unit): Text {
  return { pl: translator('pl')(`unit.${unit}`), en: translator('en')(`unit.${unit}`) };
}

/** Catalogue units whose Polish label is a countable noun ("1 podmiot", "2 podmioty", "5 podmiotów"). */
function nounFor(unit: Text): Noun | undefined {
  for (const [u, noun] of Object.entries(UNIT_NOUNS) as [Unit, Noun][]) {
    const label = unitText(u);
    if (label.pl === unit.pl && label.en === unit.en) return noun;
  }
  return undefined;
}

/**
 * A value in the indicator's unit: "1 600 podmiotów", "2 podmioty", "28,0 tys. podmiotów",
 * "29,6 %", "15 JST"; English "1,600 entities". Units that are not countable nouns
 * (thousands, percentages, abbreviations) follow the number unchanged.
 */
export function valueWithUnit(value: number, unit: Text, lang: Lang, decimals: number): string {
  const noun = nounFor(unit);
  // The plural follows the number as printed: 2128.5 is shown as "2 129", so "podmiotów".
  if (noun && decimals === 0) return countPhrase(Math.round(value), lang, noun, 0);
  const num = formatNumber(value, lang, decimals);
  if (unit.pl === '%') return withPercentSign(num, lang);
  return `${num}${NBSP}${unit[lang]}`;
}

/** "47 %" / "47%" of the way; signed when negative. */
export function percent(share: number, lang: Lang): string {
  return withPercentSign(formatNumber(Math.round(share * 100), lang, 0), lang);
}

/** "osiągnąć 1 600 podmiotów do 2023 r.", "wzrost o 1 000 osób do 2020 r.", "keep below 5% until 2030". */
export function targetPhrase(ind: ResolvedIndicator, lang: Lang): string {
  const t = ind.target;
  return translator(lang)(`programme.target-${t.direction}`, { value: valueWithUnit(t.value, ind.unit, lang, ind.decimals), year: t.year });
}

/** "Priorytet I", "Cel szczegółowy 1.1", "Cel główny". */
export function nodeLabel(n: Pick<ResolvedNode, 'type' | 'number'>, lang: Lang): string {
  return `${translator(lang)(`programme.node-${n.type}`)}${n.number ? ` ${n.number}` : ''}`;
}
