// The one way to look up an interface string: a translator made from a dictionary,
// t('area.key', { placeholder: value }). The server makes it from a language
// (translator(lang) in ./index.ts); an island from the part of the dictionary it was
// given as a prop (createTranslator(messages)), so no island bundles both languages.
// This module imports no dictionary (only its type), so islands may import it.
import type { Dictionary } from './pl/index.ts';
import type { Lang } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';

export type { Lang };

/** The English dictionary's type: the Polish keys, any string values. */
export type Strings<T> = { [K in keyof T]: string };

export type Area = keyof Dictionary;
/** "area.key" for every key of the chosen areas, e.g. 'map.legendTitle'. */
export type Key<A extends Area = Area> = { [K in A]: `${K}.${Extract<keyof Dictionary[K], string>}` }[A];
/** The part of one language's dictionary an island needs, passed to it as a prop. */
export type Messages<A extends Area = Area> = { [K in A]: Strings<Dictionary[K]> };
export type Params = Record<string, string | number>;
export type Translate<A extends Area = Area> = (key: Key<A>, params?: Params) => string;

/** A string with its {placeholders} filled; an unknown key fails loudly, never prints a key. */
export function createTranslator<A extends Area>(messages: Messages<A>): Translate<A> {
  return (key, params = {}) => {
    const dot = key.indexOf('.');
    const area = messages[key.slice(0, dot) as A] as Record<string, string> | undefined;
    const text = area?.[key.slice(dot + 1)];
    if (text === undefined) throw new Error(`No interface string "${key}" in the messages given`);
    return fillTemplate(text, params);
  };
}
