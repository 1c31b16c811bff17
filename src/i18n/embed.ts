// Texts of the embeds (issue 8): the "Osadź / Embed" disclosure on full pages and the
// frame of an embed page (source line, release, demo label, link back).
import type { Lang } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const PL = plDict.embed;
export type EmbedKey = keyof typeof PL;

const EN = enDict.embed;

export const EMBED_STRINGS: Record<Lang, Record<EmbedKey, string>> = { pl: PL, en: EN };

/** An embed text with {name} placeholders filled in. */
export function te(lang: Lang, key: EmbedKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(EMBED_STRINGS[lang][key], params);
}
