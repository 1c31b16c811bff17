// What the chart islands of a page need for their image control, written once into the
// page's chart config (ChartPageConfig.image): the strings, and each indicator's source
// name so the image can cite it whichever indicator the reader switches to.
import type { Indicator } from '#core/catalogue.ts';
import { messages, type Lang } from '#i18n/index.ts';
import type { Messages } from '#i18n/translate.ts';

export interface ChartImageConfig {
  messages: Messages<'chartImage'>;
  /** Indicator id → the source's name in the page's language. */
  sources: Record<string, string>;
}

export function chartImageConfig(lang: Lang, indicators: Iterable<Pick<Indicator, 'id' | 'source'>>): ChartImageConfig {
  const sources: Record<string, string> = {};
  for (const i of indicators) sources[i.id] = i.source.name[lang];
  return { messages: messages(lang, 'chartImage'), sources };
}
