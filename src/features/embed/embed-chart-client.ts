// The script of a territory chart embed. The page holds the default chart as the build
// drew it (ChartStatic.astro, the cached SVG) and a JSON config; when ?wskaznik= asks for
// another of the territory's indicators, this draws that one from the territory JSON with
// the same chart spec and markup, and updates the frame's title, source line and demo
// label. A plain module rather than a Svelte island: it keeps Astro's island loader out of
// ~5,800 small pages, and Plot is only fetched when a query needs it. Its strings come
// with the config, written by the build in the page's language (two of them templates it
// fills in): like every script of the embeds, it imports no dictionary.
import { anyDemoIn, chartCsv, chartLines, csvDataUrl } from '#features/territory/chart-data.ts';
import { lineChartOptions, type LineChartInput } from '#features/territory/chart-specs.ts';
import type { TerritoryFile } from '#core/data-types.ts';
import { chartBlockHtml, chartTitle, indicatorIdFromQuery, unpackOptions, type EmbedChartConfig } from './embed-chart.ts';
import { INDICATOR_PARAM, indicatorPath } from '#core/urls.ts';
import { setFrameText } from './frame-text.ts';
import { fillTemplate as fill } from '#core/template.ts';

export async function startEmbedChart(doc: Document = document, search: string = location.search): Promise<void> {
  const host = doc.querySelector<HTMLElement>('[data-embed-chart]');
  const raw = doc.getElementById('embed-config')?.textContent;
  if (!host || !raw) return;
  const c = JSON.parse(raw) as EmbedChartConfig;
  const asked = new URLSearchParams(search).get(INDICATOR_PARAM);
  const id = indicatorIdFromQuery(asked);
  if (!id || id === c.initialId) return;
  const status = host.querySelector<HTMLElement>('[data-embed-status]');
  const option = unpackOptions(c.options, (x) => indicatorPath(x, c.lang)).find((o) => o.id === id);
  if (!option) {
    if (status) status.textContent = fill(c.strings.unknown, { id: asked ?? '' });
    return;
  }
  if (status) status.textContent = c.strings.loading;
  try {
    const [file, Plot] = await Promise.all([
      fetch(c.dataUrl).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${c.dataUrl}`);
        return r.json() as Promise<TerritoryFile>;
      }),
      import('@observablehq/plot'),
    ]);
    const title = chartTitle(option.name, c.name);
    const input: LineChartInput = {
      years: file.years,
      decimals: option.decimals,
      lang: c.lang,
      title,
      lines: chartLines(file, option, c.labels, 'parents'),
    };
    const body = host.querySelector<HTMLElement>('[data-embed-body]')!;
    body.innerHTML = chartBlockHtml(input, option, c.strings, {
      uid: c.uid,
      csvHref: csvDataUrl(chartCsv(input, option, c.release)),
      csvName: `${c.code}-${option.id}-${c.release}.csv`,
    });
    const svg = Plot.plot(lineChartOptions(Plot, { ...input, interactive: true }));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title);
    body.querySelector('[data-canvas]')!.replaceChildren(svg);
    host.dataset.indicator = option.id;
    setFrameText({ title, source: fill(c.strings.source, { source: option.source }), demo: anyDemoIn(input) }, doc);
    if (status) status.textContent = '';
  } catch {
    if (status) status.textContent = c.strings.error;
  }
}
