// Everything a planning area's page shows, computed from its pipeline JSON with the
// territory page's own pieces: key figures by theme (computeKeyFigures), the theme charts
// (headlineFor, chartInput), the member table's rows. The area file has the series shapes
// of a territory file, so asTerritoryFile() lets those pure functions read it unchanged.
import type { Indicator, Theme } from '#core/catalogue.ts';
import { THEMES } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { RegisterEntry, TerritoryFile } from '#core/data-types.ts';
import { displayName, kindLabel, shortName } from '#core/names.ts';
import type { Level } from '#core/territory.ts';
import { areaPath, indicatorPath, territoryPath } from '#core/urls.ts';
import { translator, type Lang } from '#i18n/index.ts';
import { chartInput, chartLabels, headlineFor, type ChartLabels } from '#features/territory/chart-data.ts';
import type { LineChartInput } from '#features/territory/chart-specs.ts';
import { anyDemo, computeKeyFigures, figuresByTheme, isIntensive, type KeyFigure, type Obs } from '#features/territory/key-figures.ts';
import { CHILD_COLUMNS, HEADLINE_CARDS, type RowView, type ThemeView } from '#features/territory/territory-view.ts';
import type { AreaFile } from './area-types.ts';

/**
 * The area as a territory file, for the territory page's pure functions. Its level is
 * "powiat": an area groups several units, so no indicator is hidden as it is for a single
 * gmina (a gmina "counts 1 gmina"); ranks and similar units do not exist for areas.
 */
export function asTerritoryFile(file: AreaFile): TerritoryFile {
  return {
    release: file.release,
    years: file.years,
    territory: { code: file.area.id, level: 'powiat', name: file.area.name, displayName: file.area.name, slug: file.area.slug },
    parents: file.parents,
    series: file.series,
    ...(file.parentSeries && { parentSeries: file.parentSeries }),
    ...(file.countrySeries && { countrySeries: file.countrySeries }),
    ranks: {},
    children: [],
    similar: [],
    hasDemo: file.hasDemo,
  };
}

export interface AreaView {
  lang: Lang;
  release: string;
  published: string;
  file: AreaFile;
  title: string;
  typeLabel: string;
  path: string;
  parents: RegisterEntry[];
  /** The voivodeship when every member lies in it. */
  voivodeship?: RegisterEntry;
  headline: KeyFigure[];
  themes: ThemeView[];
  members: RowView[];
  memberLevel: Extract<Level, 'powiat' | 'gmina'>;
  hasDemo: boolean;
  indicators: Map<string, Indicator>;
  labels: ChartLabels;
}

export interface AreaSources {
  file: AreaFile;
  register: Map<string, RegisterEntry>;
  catalogue: Indicator[];
  release: string;
  published: string;
  latestObs: (level: Level, code: string, indicator: string) => Obs | undefined;
  chartSvg: (input: LineChartInput) => string;
}

export function areaView(src: AreaSources, lang: Lang): AreaView {
  const { file, register, catalogue } = src;
  const t = translator(lang);
  const tf = asTerritoryFile(file);
  const indicators = new Map(catalogue.map((i) => [i.id, i]));
  const parents = file.parents.map((p) => register.get(p.code)!);
  const voivodeship = parents.find((p) => p.level === 'voivodeship');
  const country = parents.find((p) => p.level === 'country');
  const title = file.area.type.startsWith('nuts') ? `${file.area.id.toUpperCase()} ${file.area.name}` : file.area.name;
  const labels = chartLabels({ self: { ...tf.territory, displayName: title }, parent: voivodeship, country }, lang);
  const figures = computeKeyFigures(tf, catalogue);
  const byTheme = figuresByTheme(figures);
  const themes: ThemeView[] = [];
  for (const theme of THEMES as readonly Theme[]) {
    const figs = byTheme.get(theme);
    if (!figs?.length) continue;
    const view: ThemeView = { theme, label: t(`theme.${theme}`), figures: figs };
    const head = headlineFor(theme, tf, catalogue);
    if (head) {
      const input = chartInput(tf, head, lang, labels, `${head.name[lang]}: ${title}`);
      view.chart = {
        svg: src.chartSvg(input),
        input,
        initialId: head.id,
        labels,
        options: [
          {
            id: head.id,
            name: head.name[lang],
            unit: t(`unit.${head.unit}`),
            decimals: head.decimals,
            intensive: isIntensive(head),
            href: indicatorPath(head.id, lang),
          },
        ],
      };
    }
    themes.push(view);
  }
  let hasDemo = file.hasDemo || file.area.status === 'demo' || anyDemo(file.series);
  const members: RowView[] = file.members.map((m) => {
    const e = register.get(m.code)!;
    const obs: Record<string, Obs | undefined> = {};
    for (const id of CHILD_COLUMNS) {
      obs[id] = src.latestObs(e.level, e.code, id);
      if (obs[id] && obs[id]!.flags & FLAG.demo) hasDemo = true;
    }
    return { entry: e, name: displayName(e, lang), kind: kindLabel(e, lang), href: territoryPath(e, lang), obs };
  });
  return {
    lang,
    release: src.release,
    published: src.published,
    file,
    title,
    typeLabel: t(`areas.type_${file.area.type}`),
    path: areaPath(file.area, lang),
    parents,
    voivodeship,
    headline: HEADLINE_CARDS.map((id) => figures.find((f) => f.indicator.id === id)).filter((f): f is KeyFigure => !!f),
    themes,
    members,
    memberLevel: file.area.memberLevel,
    hasDemo,
    indicators,
    labels,
  };
}

/** A short name for comparisons ("małopolskie", "Polska"). */
export const comparisonName = (e: RegisterEntry | undefined, lang: Lang): string | undefined => e && shortName(e, lang);
