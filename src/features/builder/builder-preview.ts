// The table the builder's bare address opens with, computed while the page is built, so the
// page's HTML shows it at once (BuilderPreview.astro) instead of after the island, its
// engine and its data have arrived. The steps are the island's for an address without a
// query (BuilderApp.svelte: decodeState → normaliseState → pivot → sortRows); a browser test
// compares the two tables cell by cell.
import { createTranslator } from '#i18n/translate.ts';
import type { Lang } from '#core/format.ts';
import type { BuilderLoader } from './builder-load.ts';
import { codeIndex, decodeState, indicatorsToLoad, normaliseState, selectedYears, type BuilderState } from './builder-state.ts';
import { describeState, keyLabel, type BuilderMessages, type LabelContext } from './builder-labels.ts';
import { pivot, sortRows, type PivotResult, type PivotRow } from './builder-pivot.ts';

export interface PreviewTable {
  state: BuilderState;
  result: PivotResult;
  rows: PivotRow[];
  caption: string;
  ctx: LabelContext;
}

export async function previewTable(opts: {
  lang: Lang;
  messages: BuilderMessages;
  release: string;
  /** The release's years (releaseSummaries). */
  years: number[];
  loader: BuilderLoader;
}): Promise<PreviewTable> {
  const { lang, messages, release, years, loader } = opts;
  const meta = await loader.releaseMeta(release, years);
  const { state } = normaliseState(decodeState('', release).state, {
    years,
    catalogue: meta.catalogue,
    hasCode: (c) => meta.register.has(c),
    index: codeIndex(meta.entries),
  });
  const data = await loader.level(state.release, state.level, indicatorsToLoad(state.indicators, meta.catalogue, state.level));
  const ctx: LabelContext = { lang, t: createTranslator(messages), catalogue: meta.catalogue, register: meta.register };
  const result = pivot(state, { data, catalogue: meta.catalogue, register: meta.register });
  const rows = sortRows(result, state.sort, (d, v) => keyLabel(d, v, ctx), new Intl.Collator(lang));
  return { state, result, rows, caption: describeState(state, selectedYears(state, years), ctx), ctx };
}
