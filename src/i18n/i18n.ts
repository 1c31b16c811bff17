// Interface strings in Polish (first) and English. One object per language with the
// same keys, checked by the type: a key missing in English fails `astro check`.
import type { Theme, Unit } from '#core/catalogue.ts';
import type { Lang } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

export type { Lang } from '#core/format.ts';
export const LANGS: readonly Lang[] = ['pl', 'en'];
export const OTHER_LANG: Record<Lang, Lang> = { pl: 'en', en: 'pl' };
export const HTML_LANG: Record<Lang, string> = { pl: 'pl', en: 'en' };

const bilingual = (p: Record<string, string>, e: Record<string, string>) =>
  Object.fromEntries(Object.keys(p).map((k) => [k, { pl: p[k], en: e[k] }]));
const pl = plDict.common;

type Keys = keyof typeof pl;

const en = enDict.common;

export const UI: Record<Lang, Record<Keys, string>> = { pl, en };
export type UiKey = Keys;

/** A UI string with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(UI[lang][key], params);
}

export const THEME_LABEL: Record<Theme, Record<Lang, string>> = bilingual(plDict.theme, enDict.theme) as Record<Theme, Record<Lang, string>>;

export const UNIT_LABEL: Record<Unit, Record<Lang, string>> = bilingual(plDict.unit, enDict.unit) as Record<Unit, Record<Lang, string>>;

export const FREQUENCY_LABEL: Record<string, Record<Lang, string>> = bilingual(plDict.frequency, enDict.frequency) as Record<string, Record<Lang, string>>;

export const LEVEL_LABEL: Record<string, Record<Lang, string>> = bilingual(plDict.level, enDict.level) as Record<string, Record<Lang, string>>;

/** Plural headings for lists of children. */
export const LEVEL_PLURAL_LABEL: Record<string, Record<Lang, string>> = bilingual(plDict.levelPlural, enDict.levelPlural) as Record<string, Record<Lang, string>>;
