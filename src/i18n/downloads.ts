// UI strings of the downloads and releases page.
import type { Lang } from './i18n.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const S = Object.fromEntries(Object.keys(plDict.downloads).map((k) => [k, { pl: (plDict.downloads as Record<string, string>)[k], en: (enDict.downloads as Record<string, string>)[k] }])) as Record<keyof typeof plDict.downloads, { pl: string; en: string }>;

export type DownloadsKey = keyof typeof S;
export const td = (lang: Lang, key: DownloadsKey, params: Record<string, string | number> = {}): string =>
  fillTemplate(S[key][lang], params);
