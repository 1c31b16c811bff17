// UI strings of the "changes since the previous release" sections on territory and
// indicator pages. Demonstration data is regenerated between releases, so its changes
// are named apart from revisions of real statistics everywhere.
import { countPhrase, type Lang, type Noun } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const S = Object.fromEntries(Object.keys(plDict.revisions).map((k) => [k, { pl: (plDict.revisions as Record<string, string>)[k], en: (enDict.revisions as Record<string, string>)[k] }])) as Record<keyof typeof plDict.revisions, { pl: string; en: string }>;

export type RevisionsKey = keyof typeof S;
export const tr = (lang: Lang, key: RevisionsKey, params: Record<string, string | number> = {}): string =>
  fillTemplate(S[key][lang], params);

/** "zmieniona wartość" with its counting forms (nominative, after a colon). */
export const CHANGED_VALUE: Noun = {
  pl: { one: 'zmieniona wartość', few: 'zmienione wartości', many: 'zmienionych wartości', fraction: 'zmienionej wartości' },
  en: { one: 'changed value', other: 'changed values' },
};
/** The same after "Pokaż", which takes the accusative: "Pokaż 1 zmienioną wartość". */
const CHANGED_VALUE_ACC: Noun = { ...CHANGED_VALUE, pl: { ...CHANGED_VALUE.pl, one: 'zmienioną wartość' } };

/** "Pokaż 1 zmienioną wartość", "Pokaż 3 zmienione wartości", "Show 5 changed values". */
export const showPhrase = (n: number, lang: Lang): string => tr(lang, 'show', { n: countPhrase(n, lang, CHANGED_VALUE_ACC) });

/** "148 zmienionych wartości", "1 changed value". */
export const changedPhrase = (n: number, lang: Lang): string => countPhrase(n, lang, CHANGED_VALUE);
