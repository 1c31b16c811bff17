// The release's change list (changes.json) seen per territory and per indicator. A build
// renders tens of thousands of pages, so the 11,000-odd revisions are grouped once here
// and each page only looks up its own short list.
import type { PublishedState, ReleaseChanges, Revision } from '#core/data-types.ts';
import { countPhrase, emptyText, formatNumber, type Lang } from '#core/format.ts';
import { CHANGED_VALUE, CHANGED_VALUE_ACCUSATIVE } from '#core/nouns.ts';
import { translator } from '#i18n/index.ts';
import { LEVELS, type Level } from '#core/territory.ts';

export interface LevelCount {
  real: number;
  demo: number;
}

export interface IndicatorRevisions {
  /** Revisions per level, real and demonstration data apart. */
  counts: Record<Level, LevelCount>;
  /** The country's and the voivodeships' revisions (at most a few hundred, fit for a page). */
  upper: Revision[];
  /** How many revisions concern powiats and gminas (only in changes.csv: too many for a page). */
  local: number;
}

export interface RevisionIndex {
  release: string;
  previous: string;
  byTerritory: Map<string, Revision[]>;
  byIndicator: Map<string, IndicatorRevisions>;
}

const UPPER: ReadonlySet<Level> = new Set<Level>(['country', 'voivodeship']);

export function emptyCounts(): Record<Level, LevelCount> {
  return Object.fromEntries(LEVELS.map((l) => [l, { real: 0, demo: 0 }])) as Record<Level, LevelCount>;
}

/**
 * Groups a release's revisions by territory code and by indicator. `order` is the
 * catalogue's indicator order; indicators missing from it (retired ones) go last, by id.
 */
export function indexRevisions(changes: ReleaseChanges, order: readonly string[]): RevisionIndex {
  const rank = new Map(order.map((id, i) => [id, i]));
  const pos = (id: string) => rank.get(id) ?? order.length;
  const levelPos = (l: Level) => LEVELS.indexOf(l);
  const byTerritory = new Map<string, Revision[]>();
  const byIndicator = new Map<string, IndicatorRevisions>();
  for (const r of changes.revisions) {
    const list = byTerritory.get(r.code);
    if (list) list.push(r);
    else byTerritory.set(r.code, [r]);
    let ind = byIndicator.get(r.indicator);
    if (!ind) byIndicator.set(r.indicator, (ind = { counts: emptyCounts(), upper: [], local: 0 }));
    ind.counts[r.level][r.demo ? 'demo' : 'real']++;
    if (UPPER.has(r.level)) ind.upper.push(r);
    else ind.local++;
  }
  for (const list of byTerritory.values())
    list.sort((a, b) => pos(a.indicator) - pos(b.indicator) || a.indicator.localeCompare(b.indicator) || a.year - b.year);
  for (const ind of byIndicator.values())
    ind.upper.sort((a, b) => levelPos(a.level) - levelPos(b.level) || a.code.localeCompare(b.code) || a.year - b.year);
  return { release: changes.release, previous: changes.previous, byTerritory, byIndicator };
}

/** One territory's revisions: indicators in catalogue order, then years. */
export function territoryRevisions(index: RevisionIndex, code: string): readonly Revision[] {
  return index.byTerritory.get(code) ?? [];
}

/** One indicator's revisions; all zero when none of its values changed. */
export function indicatorRevisions(index: RevisionIndex, id: string): IndicatorRevisions {
  return index.byIndicator.get(id) ?? { counts: emptyCounts(), upper: [], local: 0 };
}

/** Real and demo totals of a list of revisions. */
export function countRevisions(list: readonly Revision[]): LevelCount {
  let demo = 0;
  for (const r of list) if (r.demo) demo++;
  return { real: list.length - demo, demo };
}

/** A published state as the tables show it: a number with the indicator's decimals, or the words for confidential and missing. */
export function formatState(state: PublishedState, lang: Lang, decimals: number): string {
  if (state === 'suppressed') return emptyText('suppressed', lang);
  if (state === null || !Number.isFinite(state)) return emptyText('missing', lang);
  return formatNumber(state, lang, decimals);
}

/** The same as HTML, styled like the other tables (cell-html.ts): built from numbers and fixed words only, safe for set:html. */
export function stateHtml(state: PublishedState, lang: Lang, decimals: number): string {
  const text = formatState(state, lang, decimals);
  return typeof state === 'number' && Number.isFinite(state) ? text : `<span class="empty-cell">${text}</span>`;
}

/** "Pokaż 1 zmienioną wartość", "Pokaż 3 zmienione wartości", "Show 5 changed values". */
export const showPhrase = (n: number, lang: Lang): string =>
  translator(lang)('revisions.show', { n: countPhrase(n, lang, CHANGED_VALUE_ACCUSATIVE) });

/** "148 zmienionych wartości", "1 changed value". */
export const changedPhrase = (n: number, lang: Lang): string => countPhrase(n, lang, CHANGED_VALUE);
