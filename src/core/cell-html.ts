// HTML for one shown value, used in every table: a number, or the words for confidential
// and missing values (never 0), with a visible demo tag. Returns markup built only from
// numbers and fixed words, so it is safe for set:html; strings are cheaper than one
// Astro component per cell across 5,752 pages. The words come from the `cell` area of the
// dictionary through the caller's translator, so islands ship only that small area.
import { FLAG } from './cells.ts';
import type { RankInfo } from './data-types.ts';
import { cellState, emptyText, formatNumber, formatCell, ordinal, pluralForm, type Lang } from './format.ts';
import type { Translate } from '#i18n/translate.ts';
import type { Obs } from '#features/territory/key-figures.ts';
import { LEVEL_NOUNS_GENITIVE } from './nouns.ts';
import type { Level } from './territory.ts';

/** A short visible tag; the page's demo banner says what it means. */
export function demoTag(_lang: Lang): string {
  return '<span class="demo-tag">demo</span>';
}

export function valueHtml(
  o: Pick<Obs, 'value' | 'flags'> | undefined,
  lang: Lang,
  t: Translate<'cell'>,
  decimals: number,
  /**
   * numberSpan false: the bare number, for a cell that is itself numeric (tabular figures,
   * no wrapping), where the wrapper would only add bytes.
   */
  opts: { demoTag?: boolean; numberSpan?: boolean } = {},
): string {
  if (!o) return `<span class="empty-cell">${emptyText('missing', lang)}</span>`;
  const state = cellState(o.value, o.flags);
  if (state !== 'value') return `<span class="empty-cell">${emptyText(state, lang)}</span>`;
  const text = formatCell(o.value, o.flags, lang, decimals);
  const demo = opts.demoTag !== false && o.flags & FLAG.demo ? ` ${demoTag(lang)}` : '';
  const est = o.flags & FLAG.estimate ? ` <span class="sub">${t('cell.estimate')}</span>` : '';
  const prov = o.flags & FLAG.provisional ? ` <span class="sub">${t('cell.provisional')}</span>` : '';
  const number = opts.numberSpan === false ? text : `<span class="num">${text}</span>`;
  return `${number}${demo}${est}${prov}`;
}

export function changeHtml(
  change: number | undefined,
  sinceYear: number | undefined,
  lang: Lang,
  t: Translate<'cell'>,
  decimals: number,
): string {
  if (change === undefined || sinceYear === undefined) return '<span class="empty-cell">—</span>';
  const cls = change > 0 ? 'change-up' : change < 0 ? 'change-down' : '';
  const text = change === 0 ? formatNumber(0, lang, 0) : formatNumber(change, lang, decimals, { sign: true });
  return `<span class="num ${cls}">${text}</span><span class="sub">${t('cell.changeSince', { year: sinceYear })}</span>`;
}

/**
 * "3. z 14 gmin w powiecie" with "153. z 2 479 w kraju" below; rank 1 is the highest
 * value (the table header says so), ties share a rank.
 */
export function rankHtml(rank: RankInfo | undefined, level: Level, lang: Lang, t: Translate<'cell'>): string {
  if (!rank) return '<span class="empty-cell">—</span>';
  const phrase = (r: { rank: number; of: number }, where: string) =>
    t('cell.rankOf', {
      rank: ordinal(r.rank, lang),
      of: formatNumber(r.of, lang),
      noun: pluralForm(r.of, lang, LEVEL_NOUNS_GENITIVE[level]),
      where,
    });
  const inParent = t(level === 'gmina' ? 'cell.inThePowiat' : 'cell.inTheVoivodeship');
  const inCountry = t('cell.inCountry');
  if (rank.parent) return `${phrase(rank.parent, inParent)}<span class="sub">${phrase(rank.level, inCountry)}</span>`;
  return phrase(rank.level, inCountry);
}
