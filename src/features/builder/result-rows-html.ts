// The body rows of the builder's result table as one HTML string. A page of a gmina table
// has thousands of cells; as Svelte blocks (an {#each}, {#if}s and a text effect per cell)
// a page of 500 rows × 30 cells took ≈ 0.65 s of script on a desktop (four times that on
// a phone), as one string set into the table ≈ 0.25 s, mostly formatting the numbers.
// Every text is escaped; the markup is what the template wrote (th per row field, td.num
// per cell, "*" for demo values, the estimate/provisional tags, confidential and missing
// values in words).
import { roundTo } from '#core/aggregate.ts';
import { FLAG } from '#core/cells.ts';
import { emptyText, formatNumber } from '#core/format.ts';
import { escapeHtml } from '#core/html.ts';
import type { PivotCell, PivotResult, PivotRow } from './builder-data.ts';
import { keyLabel, type LabelContext } from './builder-labels.ts';

/** A cell's shown text: the rounded number, or the words for a value that is not there. */
export function cellText(c: PivotCell, ctx: Pick<LabelContext, 'catalogue' | 'lang' | 't'>): string {
  if (c.state === 'value') {
    const d = ctx.catalogue.get(c.ind)?.decimals ?? 2;
    return formatNumber(roundTo(c.value!, d), ctx.lang, d);
  }
  if (c.state === 'refused') return ctx.t('builder.refusedCell');
  return emptyText(c.state, ctx.lang);
}

/** A row header: the key's label, "Total"/"Subtotal" in the first field a total row leaves open. */
export function rowHeadLabel(row: PivotRow, i: number, result: Pick<PivotResult, 'rowDims'>, ctx: LabelContext): string {
  const v = row.keys[i];
  if (v !== null) return keyLabel(result.rowDims[i], v, ctx);
  return i === row.keys.indexOf(null) ? (row.kind === 'total' ? ctx.t('builder.total') : ctx.t('builder.subtotal')) : '';
}

function cellHtml(c: PivotCell, ctx: LabelContext): string {
  const text = escapeHtml(cellText(c, ctx));
  if (c.state !== 'value')
    return `<td class="num empty"><span class="empty-cell${c.state === 'refused' ? ' refused' : ''}">${text}</span></td>`;
  const demo = c.flags & FLAG.demo ? '*' : '';
  const est = c.flags & FLAG.estimate ? `<span class="sub">${escapeHtml(ctx.t('cell.estimate'))}</span>` : '';
  const prov = c.flags & FLAG.provisional ? `<span class="sub">${escapeHtml(ctx.t('cell.provisional'))}</span>` : '';
  return `<td class="num">${text}${demo}${est}${prov}</td>`;
}

/** The `<tr>`s of the given rows (one page of the table). */
export function resultRowsHtml(rows: readonly PivotRow[], result: Pick<PivotResult, 'rowDims'>, ctx: LabelContext): string {
  let out = '';
  for (const row of rows) {
    out += `<tr class="${row.kind}">`;
    for (let i = 0; i < result.rowDims.length; i++) out += `<th scope="row">${escapeHtml(rowHeadLabel(row, i, result, ctx))}</th>`;
    for (const c of row.cells) out += cellHtml(c, ctx);
    out += '</tr>';
  }
  return out;
}
