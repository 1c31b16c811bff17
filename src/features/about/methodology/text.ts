// The shape of the methodology page's text, one module per language (./pl.ts, ./en.ts), so
// that a missing or extra passage fails the type check. MethodologyPage.astro lays the text
// out and computes the figures it quotes; the text only words them.
import type { Aggregation } from '#core/catalogue.ts';

/** The page's sections, in order: their element ids, also the table of contents' anchors. */
export const SECTIONS = ['zrodla', 'podzial', 'agregacja', 'iloraz', 'niejawne', 'demo', 'rankingi', 'dostep', 'wydania'] as const;
export type SectionId = (typeof SECTIONS)[number];

export type AggregationRuleName = Aggregation['rule'];

/** Figures are passed already formatted for the page's language, except the plain integers. */
export interface MethodologyText {
  contents: string;
  /** Each section's heading, also its entry in the table of contents. */
  headings: Record<SectionId, string>;
  sources: {
    paragraphs: [string, string];
    caption: (release: string) => string;
    source: string;
    licence: string;
    checks: string;
  };
  division: (n: { voivodeships: string; powiats: string; gminas: string }) => string;
  aggregation: {
    intro: string;
    rule: Record<AggregationRuleName, string>;
    summary: string;
    caption: string;
    weight: string;
  };
  ratio: {
    intro: string;
    caption: string;
    area: string;
    cooperatives: string;
    inhabitants: string;
    per10k: string;
    gminaA: string;
    gminaB: string;
    together: string;
    meanOfRatios: string;
    conclusion: (x: { inhabitants: string; cooperatives: string; ratioOfSums: string; meanOfRatios: string }) => string;
  };
  confidential: [string, string];
  demo: [string, string];
  ranks: {
    ranks: string;
    maps: (x: { parallels: [string, string]; meridian: number; classes: number; divergingClasses: number }) => string;
  };
  /** Access indicators (ACC_*) and white spots: how distances and counts are computed. */
  access: string[];
  releases: {
    /** `current`: this is the latest release; `others`: the other releases, listed. */
    policy: (x: { current: boolean; release: string; published: string; notes: string; others: string }) => string;
    corrections: string;
  };
}
