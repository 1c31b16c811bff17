// Everything a territory page shows, computed from the pipeline's JSON: key figures by
// theme, one chart per theme, narrative, children, similar territories, code changes,
// locator map and the demo status. The data and the build-time drawing come in as
// TerritorySources (read by src/build/territory-data.ts); the .astro components only
// lay the result out.
import type { Indicator, Theme } from '#core/catalogue.ts';
import { THEMES } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import { chartInput, chartLabels, headlineFor, type ChartLabels, type ChartOption } from './chart-data.ts';
import type { LineChartInput } from './chart-specs.ts';
import type { RegisterEntry, TerritoryFile } from '#core/data-types.ts';
import type { CodeChange } from '#core/geo-register.ts';
import { translator, type Lang } from '#i18n/index.ts';
import { anyDemo, computeKeyFigures, figuresByTheme, isIntensive, type KeyFigure, type Obs } from './key-figures.ts';
import type { LocatorMaps } from './locator-map.ts';
import { displayName, kindLabel, shortName } from '#core/names.ts';
import { narrative, type NarrativeSentence } from './narrative.ts';
import type { Level } from '#core/territory.ts';
import { indicatorPath, territoryPath } from '#core/urls.ts';

/** Indicators shown for each child and each similar territory. */
export const CHILD_COLUMNS = ['POP', 'SPS_KRS', 'PS_ACT', 'REINT'];
export const SIMILAR_COLUMNS = ['POP', 'SPS_10K', 'PS_10K', 'REINT_10K'];
export const HEADLINE_CARDS = ['POP', 'SPS_KRS', 'PS_ACT', 'REINT'];

export interface ThemeChart {
  svg: string;
  input: LineChartInput;
  options: ChartOption[];
  initialId: string;
  labels: ChartLabels;
}

export interface ThemeView {
  theme: Theme;
  label: string;
  figures: KeyFigure[];
  chart?: ThemeChart;
}

export interface RowView {
  entry: RegisterEntry;
  name: string;
  kind: string;
  href: string;
  obs: Record<string, Obs | undefined>;
  self?: boolean;
}

export interface TerritoryView {
  lang: Lang;
  release: string;
  published: string;
  entry: RegisterEntry;
  file: TerritoryFile;
  parents: RegisterEntry[];
  /** The nearest parent below the country, for the "parent" column. */
  parent?: RegisterEntry;
  path: string;
  title: string;
  heading: string;
  kind: string;
  headline: KeyFigure[];
  themes: ThemeView[];
  summary: NarrativeSentence[];
  children: RowView[];
  childLevel?: Exclude<Level, 'country'>;
  similar: RowView[];
  changes: CodeChange[];
  locator: string[];
  hasDemo: boolean;
  indicators: Map<string, Indicator>;
}

/** What a territory page is computed from (src/build/territory-data.ts reads it). */
export interface TerritorySources {
  entry: RegisterEntry;
  file: TerritoryFile;
  register: Map<string, RegisterEntry>;
  catalogue: Indicator[];
  /** The territory's children in the register, in order. */
  children: RegisterEntry[];
  /** Code changes that led to this territory's code. */
  changes: CodeChange[];
  release: string;
  published: string;
  /** The latest observation of an indicator for a territory. */
  latestObs: (level: Level, code: string, indicator: string) => Obs | undefined;
  /** A chart as SVG, drawn at build time. */
  chartSvg: (input: LineChartInput) => string;
  locatorMaps: () => LocatorMaps;
}

function rowView(src: TerritorySources, e: RegisterEntry, lang: Lang, columns: string[], self = false): { row: RowView; demo: boolean } {
  const obs: Record<string, Obs | undefined> = {};
  let demo = false;
  for (const id of columns) {
    const o = src.latestObs(e.level, e.code, id);
    obs[id] = o;
    if (o && o.flags & FLAG.demo) demo = true;
  }
  return {
    row: { entry: e, name: displayName(e, lang), kind: kindLabel(e, lang), href: territoryPath(e, lang), obs, self },
    demo,
  };
}

export function territoryView(src: TerritorySources, lang: Lang): TerritoryView {
  const { entry, file, register: reg, catalogue: cat } = src;
  const code = entry.code;
  const t = translator(lang);
  const indicators = new Map(cat.map((i) => [i.id, i]));
  const parents = entry.parents.map((p) => reg.get(p)!);
  const parent = parents.length > 1 ? parents.at(-1) : undefined;
  const country = parents.find((p) => p.level === 'country');
  let hasDemo = file.hasDemo || anyDemo(file.series) || anyDemo(file.parentSeries) || anyDemo(file.countrySeries);

  const figures = computeKeyFigures(file, cat);
  const byTheme = figuresByTheme(figures);

  const labels = chartLabels({ self: entry, parent, country }, lang);
  const themes: ThemeView[] = [];
  for (const theme of THEMES) {
    const figs = byTheme.get(theme);
    if (!figs?.length) continue;
    const view: ThemeView = { theme, label: t(`theme.${theme}`), figures: figs };
    const head = headlineFor(theme, file, cat);
    if (head) {
      const title = `${head.name[lang]}: ${displayName(entry, lang)}`;
      const input = chartInput(file, head, lang, labels, title);
      view.chart = {
        svg: src.chartSvg(input),
        input,
        initialId: head.id,
        labels,
        options: figs
          .filter((f) => (file.series[f.indicator.id]?.v.filter((v) => v !== null).length ?? 0) >= 2)
          .map((f) => ({
            id: f.indicator.id,
            name: f.indicator.name[lang],
            unit: t(`unit.${f.indicator.unit}`),
            decimals: f.indicator.decimals,
            intensive: isIntensive(f.indicator),
            href: indicatorPath(f.indicator.id, lang),
          })),
      };
    }
    themes.push(view);
  }

  const kids = src.children.map((c) => rowView(src, c, lang, CHILD_COLUMNS));
  const sims = [
    rowView(src, entry, lang, SIMILAR_COLUMNS, true),
    ...file.similar.map((s) => rowView(src, reg.get(s.code)!, lang, SIMILAR_COLUMNS)),
  ];
  if (kids.some((k) => k.demo) || (file.similar.length && sims.some((s) => s.demo))) hasDemo = true;
  const children = kids.map((k) => k.row);

  const summary = narrative({
    self: entry,
    parents,
    figures,
    children: children.map((c) => ({ territory: c.entry, key: c.obs })),
    lang,
  });

  const heading = shortName(entry, lang);
  const mapTitle = t('common.mapTitle', { name: displayName(entry, lang) });
  const voiv = entry.level === 'voivodeship' ? entry.code : parents.find((p) => p.level === 'voivodeship')?.code;
  const locator: string[] = [];
  if (entry.level !== 'country') {
    const lm = src.locatorMaps();
    locator.push(
      lm.countryPanel(voiv, entry.level === 'voivodeship' ? undefined : { level: entry.level, code }, mapTitle, `loc-a-${code}`),
    );
    if (entry.level === 'gmina' || entry.level === 'powiat') locator.push(lm.regionPanel(entry.level, code, mapTitle, `loc-b-${code}`));
  }

  const headline = HEADLINE_CARDS.map((id) => figures.find((f) => f.indicator.id === id)).filter((f): f is KeyFigure => !!f);

  return {
    lang,
    release: src.release,
    published: src.published,
    entry,
    file,
    parents,
    parent,
    path: territoryPath(entry, lang),
    title: displayName(entry, lang),
    heading,
    kind: kindLabel(entry, lang),
    headline,
    themes,
    summary,
    children,
    // Children are never the country.
    childLevel: children[0]?.entry.level as Exclude<Level, 'country'> | undefined,
    similar: file.similar.length ? sims.map((s) => s.row) : [],
    changes: src.changes,
    locator: locator.filter(Boolean),
    hasDemo,
    indicators,
  };
}
