// What a territory chart embed (/embed/gmina/<code>-<slug>/?wskaznik=…) needs, computed
// at build time: the default chart (the first theme's headline chart, the same input
// and so the same cached SVG as on the full page) and the indicators the query may ask
// for, which the embed island then draws from the territory JSON. Nothing else of the
// territory page (figures, narrative, children, locator maps) is computed. The build's
// data readers and chart renderer are passed in (TerritoryEmbed.astro): a feature module
// imports no build code.
import { THEMES, type Indicator } from '#core/catalogue.ts';
import { anyDemoIn, chartable, chartInput, chartLabels, headlineFor, type ChartLabels } from '#features/territory/chart-data.ts';
import type { LineChartInput } from '#features/territory/chart-specs.ts';
import type { RegisterEntry, TerritoryFile } from '#core/data-types.ts';
import { translator, type Lang } from '#i18n/index.ts';
import { isIntensive } from '#features/territory/key-figures.ts';
import { displayName } from '#core/names.ts';
import { chartTitle, type EmbedChartOption } from './embed-chart.ts';
import { DATA_FILE, dataPath, indicatorPath, territoryPath } from '#core/urls.ts';

export interface TerritoryEmbedView {
  entry: RegisterEntry;
  name: string;
  /** Path of the full page (without query). */
  path: string;
  dataUrl: string;
  labels: ChartLabels;
  options: EmbedChartOption[];
  /** The chart shown without a query (or with an unknown one). */
  initial?: { option: EmbedChartOption; input: LineChartInput; svg: string; demo: boolean };
}

export function embedOption(ind: Indicator, lang: Lang): EmbedChartOption {
  return {
    id: ind.id,
    name: ind.name[lang],
    unit: translator(lang)(`unit.${ind.unit}`),
    decimals: ind.decimals,
    intensive: isIntensive(ind),
    href: indicatorPath(ind.id, lang),
    source: ind.source.name[lang],
  };
}

/** The indicators of a territory file worth a chart, in catalogue order. */
export function chartableIndicators(file: TerritoryFile, cat: readonly Indicator[]): Indicator[] {
  return cat.filter((i) => chartable(file.series[i.id]));
}

/** The default chart: the headline indicator of the first theme that has one. */
export function defaultIndicator(file: TerritoryFile, cat: readonly Indicator[]): Indicator | undefined {
  for (const theme of THEMES) {
    const head = headlineFor(theme, file, cat);
    if (head) return head;
  }
  return undefined;
}

/** The build's readers of the site data (src/build/site-data.ts) and its chart renderer (src/build/chart-render.ts). */
export interface EmbedBuildData {
  registerByCode: () => ReadonlyMap<string, RegisterEntry>;
  territoryFile: (code: string) => TerritoryFile;
  catalogue: () => readonly Indicator[];
  release: () => string;
  chartSvg: (input: LineChartInput) => string;
}

export function territoryEmbedView(code: string, lang: Lang, data: EmbedBuildData): TerritoryEmbedView {
  const { registerByCode, territoryFile, catalogue, release, chartSvg } = data;
  const reg = registerByCode();
  const entry = reg.get(code);
  if (!entry) throw new Error(`unknown territory ${code}`);
  const file = territoryFile(code);
  const cat = catalogue();
  const parents = entry.parents.map((p) => reg.get(p)!);
  const parent = parents.length > 1 ? parents.at(-1) : undefined;
  const country = parents.find((p) => p.level === 'country');
  const labels = chartLabels({ self: entry, parent, country }, lang);
  const name = displayName(entry, lang);
  const view: TerritoryEmbedView = {
    entry,
    name,
    path: territoryPath(entry, lang),
    dataUrl: dataPath(release(), DATA_FILE.territory(code)),
    labels,
    options: chartableIndicators(file, cat).map((i) => embedOption(i, lang)),
  };
  const head = defaultIndicator(file, cat);
  if (head) {
    const input = chartInput(file, head, lang, labels, chartTitle(head.name[lang], name));
    view.initial = { option: embedOption(head, lang), input, svg: chartSvg(input), demo: anyDemoIn(input) };
  }
  return view;
}

export { chartTitle, indicatorIdFromQuery, type EmbedChartOption } from './embed-chart.ts';
