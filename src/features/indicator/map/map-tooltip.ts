// The map's tooltip: the area's name, value (with its unit), year, rank and change since
// the previous year with data, as HTML for the tooltip box and as one sentence for the
// screen-reader announcement when an area is reached from the keyboard.
import { roundTo } from '#core/aggregate.ts';
import { valueHtml } from '#core/cell-html.ts';
import { formatCell, formatNumber, type Lang } from '#core/format.ts';
import { escapeHtml } from '#core/html.ts';
import type { Translate } from '#i18n/translate.ts';
import type { YearView } from './map-data.ts';

export interface MapTip {
  html: string;
  text: string;
  code: string;
}

export interface TipArea {
  code: string;
  name: string;
  /** Index in the level file's codes; −1 when the file lacks the area. */
  d: number;
}

export function mapTip(
  area: TipArea,
  view: YearView,
  indicator: { unit: string; decimals: number },
  lang: Lang,
  /** The last pointer was a finger: the first tap shows the tooltip, the second opens the page. */
  touch: boolean,
  t: Translate<'map' | 'cell'>,
  /** When the map is zoomed, the rank among the areas shown, which the table beside it uses. */
  areaRank?: { name: string; rank: number; of: number },
): MapTip {
  const { code, name, d } = area;
  const { unit, decimals } = indicator;
  const v = d >= 0 ? view.values[d] : null;
  const f = d >= 0 ? (view.flags[d] ?? 0) : 0;
  const valueText = formatCell(v, f, lang, decimals);
  const rank = d >= 0 ? view.ranks[d] : null;
  const prev = d >= 0 ? view.previous[d] : undefined;
  const lines: string[] = [];
  const textParts = [`${name}: ${valueText}${v !== null ? ` (${unit})` : ''}, ${view.year}`];
  if (rank) {
    const r = t('map.rankInCountry', { rank: formatNumber(rank.rank, lang), of: formatNumber(rank.of, lang) });
    lines.push(`<span class="sub">${r}</span>`);
    textParts.push(r);
  }
  if (areaRank) {
    const r = t('map.rankInArea', { name: areaRank.name, rank: formatNumber(areaRank.rank, lang), of: formatNumber(areaRank.of, lang) });
    lines.push(`<span class="sub">${escapeHtml(r)}</span>`);
    textParts.push(r);
  }
  if (v !== null && prev) {
    const ch = roundTo(v - prev.value, decimals);
    const c = t('map.changeSincePrev', {
      change: ch === 0 ? formatNumber(0, lang) : formatNumber(ch, lang, decimals, { sign: true }),
      year: prev.year,
    });
    lines.push(`<span class="sub">${c}</span>`);
    textParts.push(c);
  }
  const html =
    `<strong class="tip-name">${escapeHtml(name)}</strong>` +
    `<span class="tip-value" data-testid="map-tip-value">${valueHtml({ value: v, flags: f }, lang, t, decimals)}${v !== null ? ` <span class="unit">${escapeHtml(unit)}</span>` : ''}</span>` +
    `<span class="sub">${view.year}</span>` +
    lines.join('') +
    `<span class="tip-hint">${touch ? t('map.tooltipTap') : t('map.tooltipOpen')}</span>`;
  return { html, text: textParts.join('; '), code };
}
