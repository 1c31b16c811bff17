// Interface strings of the programme pages (issue 7), Polish first. Kept apart from
// src/i18n/i18n.ts so the programme pages can grow without edit collisions; same
// shape and the same {placeholder} rule as t() there.
import type { Lang } from '#core/format.ts';
import type { Noun } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const pl = plDict.programme;

type Keys = keyof typeof pl;

const en = enDict.programme;

export const PROGRAMME_UI: Record<Lang, Record<Keys, string>> = { pl, en };
export type ProgrammeUiKey = Keys;

/** A programme UI string with {placeholders} filled in. */
export function tp(lang: Lang, key: ProgrammeUiKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(PROGRAMME_UI[lang][key], params);
}

/** "wskaźnik" with its counting forms, for "11 wskaźników", "2 wskaźniki". */
export const INDICATOR_NOUN: Noun = {
  pl: { one: 'wskaźnik', few: 'wskaźniki', many: 'wskaźników', fraction: 'wskaźnika' },
  en: { one: 'indicator', other: 'indicators' },
};
