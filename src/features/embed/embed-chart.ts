// Pure helpers of the territory chart embed, shared by the build (embed-territory.ts) and
// the embed page's script (src/features/embed/embed-chart-client.ts), which must not
// pull in the build's file access.
import { anyDemoIn, chartTableRows, hasGaps, type ChartLabels, type ChartOption } from '#features/territory/chart-data.ts';
import { LINE_STYLE, type LineChartInput } from '#features/territory/chart-specs.ts';
import type { Lang } from '#core/format.ts';
import { escapeHtml } from '#core/html.ts';

/** One indicator the embed can show, with what the frame's source line needs. */
export interface EmbedChartOption extends ChartOption {
  source: string;
}

/** The query value as an indicator id: "SPS_KRS", "sps-krs" and "sps_krs" are the same. */
export function indicatorIdFromQuery(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v || !/^[A-Za-z0-9_-]{1,40}$/.test(v)) return undefined;
  return v.toUpperCase().replace(/-/g, '_');
}

export function chartTitle(indicatorName: string, territoryName: string): string {
  return `${indicatorName}: ${territoryName}`;
}

/**
 * The indicators a territory embed can switch to, packed for a <script type="application/json">
 * block: one row per indicator, units and sources listed once. Island props would cost
 * three times as much in every one of the ~5,800 territory embeds.
 */
export interface PackedOptions {
  /** [id, name, unit index, decimals, intensive (1/0), source index] */
  o: [string, string, number, number, 0 | 1, number][];
  u: string[];
  s: string[];
}

export function packOptions(options: readonly Omit<EmbedChartOption, 'href'>[]): PackedOptions {
  const u: string[] = [];
  const s: string[] = [];
  const at = (list: string[], x: string) => {
    const i = list.indexOf(x);
    return i >= 0 ? i : list.push(x) - 1;
  };
  return { o: options.map((x) => [x.id, x.name, at(u, x.unit), x.decimals, x.intensive ? 1 : 0, at(s, x.source)]), u, s };
}

/** The options back, with each indicator's page link built by `href`. */
export function unpackOptions(p: PackedOptions, href: (id: string) => string): EmbedChartOption[] {
  return p.o.map(([id, name, u, decimals, intensive, s]) => ({
    id,
    name,
    unit: p.u[u],
    decimals,
    intensive: intensive === 1,
    href: href(id),
    source: p.s[s],
  }));
}

const esc = escapeHtml;

export interface ChartBlockStrings {
  table: string;
  csv: string;
  about: string;
  gaps: string;
  year: string;
  demoNote: string;
}

/**
 * The markup around a chart drawn in the browser, the same as ChartStatic.astro writes at
 * build time: title, an empty canvas (data-canvas) for the SVG, the legend, the gaps note,
 * the data table and the links. Everything from data is escaped.
 */
export function chartBlockHtml(
  input: LineChartInput,
  option: ChartOption,
  s: ChartBlockStrings,
  opts: { uid: string; csvHref: string; csvName: string },
): string {
  const demo = anyDemoIn(input);
  const legend = input.lines
    .map((l) => {
      const st = LINE_STYLE[l.role];
      const dash = st.dash ? ` stroke-dasharray="${st.dash}"` : '';
      return `<li><svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${st.stroke}" stroke-width="${st.width}"${dash}/></svg>${esc(l.label)}</li>`;
    })
    .join('');
  const head = input.lines.map((l) => `<th scope="col" class="num">${esc(l.label)}</th>`).join('');
  const rows = chartTableRows(input)
    .map((r) => `<tr><th scope="row">${r.year}</th>${r.cells.map((c) => `<td class="num">${esc(c)}</td>`).join('')}</tr>`)
    .join('');
  return (
    `<p class="chart-title" id="${esc(opts.uid)}-title">${esc(option.name)} <span class="unit">(${esc(option.unit)})</span></p>` +
    `<div class="chart-canvas" data-testid="chart" data-canvas></div>` +
    `<ul class="legend">${legend}${demo ? `<li class="note">○ ${esc(s.demoNote)}</li>` : ''}</ul>` +
    (hasGaps(input) ? `<p class="note">${esc(s.gaps)}</p>` : '') +
    `<details><summary>${esc(s.table)}</summary><div class="table-scroll"><table>` +
    `<caption>${esc(option.name)} (${esc(option.unit)})${demo ? ` — * ${esc(s.demoNote)}` : ''}</caption>` +
    `<thead><tr><th scope="col">${esc(s.year)}</th>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>` +
    `<p class="chart-links"><a href="${esc(opts.csvHref)}" download="${esc(opts.csvName)}" target="_self">${esc(s.csv)}</a>` +
    `<a href="${esc(option.href)}">${esc(s.about)}: ${esc(option.name)}</a></p>`
  );
}

/** Everything the territory chart embed's script needs, written once into the page as JSON. */
export interface EmbedChartConfig {
  lang: Lang;
  release: string;
  code: string;
  name: string;
  dataUrl: string;
  labels: ChartLabels;
  initialId: string;
  uid: string;
  strings: ChartBlockStrings & { loading: string; error: string; source: string; unknown: string };
  options: PackedOptions;
}
