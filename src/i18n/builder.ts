// Interface strings of the tabulation builder ("Zestawienia"), Polish first. Kept out
// of i18n.ts so the builder can grow without edit collisions; the same key check
// applies: a key missing in English fails the type check.
import type { Lang } from '#core/format.ts';
import type { Dim } from '#features/builder/builder-state.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const pl = plDict.builder;

export type BuilderKey = keyof typeof pl;

const en = enDict.builder;

export type BuilderStrings = Record<BuilderKey, string>;
export const BUILDER_STRINGS: Record<Lang, BuilderStrings> = { pl, en };

/** A builder string with {placeholders} filled in. */
export function bt(strings: BuilderStrings, key: BuilderKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(strings[key], params);
}

/** Picks the one/few/many form of a counted phrase ("5 wskaźników"). */
export function countForm(strings: BuilderStrings, lang: Lang, n: number, keys: [BuilderKey, BuilderKey, BuilderKey], shown?: string): string {
  const cat = new Intl.PluralRules(lang === 'pl' ? 'pl-PL' : 'en-GB').select(n);
  const key = cat === 'one' ? keys[0] : cat === 'few' ? keys[1] : keys[2];
  return bt(strings, key, { n: shown ?? String(n) });
}

export const DIM_KEY: Record<Dim, BuilderKey> = {
  territory: 'dimTerritory',
  voivodeship: 'dimVoivodeship',
  powiat: 'dimPowiat',
  kind: 'dimKind',
  popClass: 'dimPopClass',
  year: 'dimYear',
  indicator: 'dimIndicator',
};

/** The main-navigation label, for BaseLayout. */
export const BUILDER_NAV: Record<Lang, string> = { pl: pl.nav, en: en.nav };
