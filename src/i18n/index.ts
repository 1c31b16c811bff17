// Interface strings: one dictionary per language (./pl, ./en), one file per area, the
// same keys checked by the compiler (the English files are typed by the Polish ones).
// Server code: const t = translator(lang); t('common.siteName'). Islands get
// messages(lang, 'map', …) as a prop and call createTranslator() (./translate.ts).
// Plural nouns, whose forms differ in number by language, live in src/core/nouns.ts.
import { en } from './en/index.ts';
import { pl } from './pl/index.ts';
import { createTranslator, type Area, type Lang, type Messages, type Translate } from './translate.ts';

export type { Area, Key, Lang, Messages, Params, Translate } from './translate.ts';
export { createTranslator } from './translate.ts';

export const OTHER_LANG: Record<Lang, Lang> = { pl: 'en', en: 'pl' };
export const HTML_LANG: Record<Lang, string> = { pl: 'pl', en: 'en' };

const DICTIONARIES: Record<Lang, Messages> = { pl, en };

const translators = new Map<Lang, Translate>();
/** t('area.key', params) in one language, for build-time code. */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createTranslator(DICTIONARIES[lang])));
  return t;
}

/** The areas of one language's dictionary an island needs, to pass as its `messages` prop. */
export function messages<A extends Area>(lang: Lang, ...areas: A[]): Messages<A> {
  const out = {} as Messages<A>;
  for (const a of areas) (out as Record<string, unknown>)[a] = DICTIONARIES[lang][a];
  return out;
}
