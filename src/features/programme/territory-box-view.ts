// The programme box on territory pages: on a voivodeship (or the country) page its own
// programme's headline targets with the latest value and status; on powiat and gmina
// pages the same targets of the voivodeship's programme beside this territory's own
// value and, for summed indicators, its share of the voivodeship's value.
import type { Indicator, Unit } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import { emptyText, formatNumber, withPercentSign, type Lang } from '#core/format.ts';
import { indicatorAnchor, programmePath } from '#core/urls.ts';
import { translator } from '#i18n/index.ts';
import { allIndicators, nodesById, type ProgrammeFile, type ResolvedIndicator } from './programme.ts';
import { targetPhrase, unitText, valueWithUnit } from './programme-text.ts';
import { statusCountsView, statusView, type StatusCountView, type StatusView } from './status-view.ts';

/** One observation of a catalogue indicator for a territory (catalogue units), as site-data's latestObs returns it. */
export interface LocalObs {
  year: number;
  value: number | null;
  flags: number;
}

export interface TerritoryProgrammeRow {
  id: string;
  name: string;
  anchor: string;
  goal: string;
  regionLatest?: { text: string; year: number; demo: boolean };
  /** empty: no value (the text is then "dane niejawne" or "brak danych"). */
  local?: { text: string; year: number; demo: boolean; empty: boolean };
  /** The local value as a share of the voivodeship's in the same year (summed indicators only). */
  shareOfRegion?: string;
  status: StatusView;
  statusDemoTag: boolean;
}

export interface TerritoryProgrammeView {
  id: string;
  href: string;
  title: string;
  shortTitle: string;
  period: string;
  demo: boolean;
  hasDemo: boolean;
  national: boolean;
  /** The page's own territory is the programme's (voivodeship or country page). */
  own: boolean;
  rows: TerritoryProgrammeRow[];
  more: number;
  counts: StatusCountView[];
}

/**
 * Whether a catalogue indicator says something about one territory of this level: it must
 * exist there, and a share of gminas (a ratio over GMINA_COUNT) says nothing about a
 * single gmina (it is 0 or 100).
 */
export function showsAtLevel(ind: Pick<Indicator, 'levels' | 'aggregation'> | undefined, level: 'powiat' | 'gmina'): boolean {
  if (!ind || !ind.levels.includes(level)) return false;
  return !(level === 'gmina' && ind.aggregation.rule === 'ratio' && ind.aggregation.denominator === 'GMINA_COUNT');
}

/** At most this many indicators in the box; the programme page has them all. */
export const TERRITORY_BOX_MAX = 6;

/**
 * The box: the programme's headline targets (main-goal and programme-wide indicators
 * first) with the region's latest value and status, and on powiat and gmina pages this
 * territory's own value of the same catalogue indicator and, for summed indicators, its
 * share of the voivodeship's value in the same year.
 */
export function territoryProgrammeView(
  p: ProgrammeFile,
  lang: Lang,
  local?: {
    level: 'powiat' | 'gmina';
    catalogue: ReadonlyMap<string, Pick<Indicator, 'id' | 'levels' | 'aggregation' | 'decimals' | 'unit'>>;
    obs: (indicator: string) => LocalObs | undefined;
  },
): TerritoryProgrammeView {
  const t = translator(lang);
  const nodes = nodesById(p);
  const rank = (i: ResolvedIndicator) => {
    if (i.node === null) return 0;
    const n = nodes.get(i.node);
    return n?.type === 'main-goal' ? 0 : 1;
  };
  let inds = allIndicators(p)
    .map((ind, order) => ({ ind, order }))
    .sort((a, b) => rank(a.ind) - rank(b.ind) || a.order - b.order)
    .map((x) => x.ind);
  if (local) inds = inds.filter((i) => i.catalogue && showsAtLevel(local.catalogue.get(i.catalogue), local.level));
  const shown = inds.slice(0, TERRITORY_BOX_MAX);
  const rows = shown.map((ind): TerritoryProgrammeRow => {
    const fmt = (v: number) => valueWithUnit(v, ind.unit, lang, ind.decimals);
    const goal =
      ind.target.goal !== null
        ? `${fmt(ind.target.goal)} (${ind.target.year})`
        : `${targetPhrase(ind, lang)} — ${t('programme.goalUnknown')}`;
    const pr = ind.progress;
    const pt = pr.latest ? ind.points.find((x) => x.year === pr.latest!.year) : undefined;
    const row: TerritoryProgrammeRow = {
      id: ind.id,
      name: ind.name[lang],
      anchor: indicatorAnchor(ind.id),
      goal,
      ...(pr.latest && { regionLatest: { text: fmt(pr.latest.value), year: pr.latest.year, demo: !!pt?.demo } }),
      status: statusView(pr, lang),
      statusDemoTag: pr.demo && !p.demo,
    };
    if (local && ind.catalogue) {
      const cat = local.catalogue.get(ind.catalogue)!;
      const o = local.obs(ind.catalogue);
      if (o) {
        const suppressed = o.value === null && (o.flags & FLAG.suppressed) !== 0;
        const text =
          o.value === null
            ? emptyText(suppressed ? 'suppressed' : 'missing', lang)
            : valueWithUnit(o.value, unitText(cat.unit as Unit), lang, cat.decimals);
        row.local = { text, year: o.year, demo: (o.flags & FLAG.demo) !== 0, empty: o.value === null };
        if (o.value !== null && cat.aggregation.rule === 'sum' && ind.series) {
          const yi = ind.series.years.indexOf(o.year);
          const rv = yi >= 0 ? ind.series.v[yi] : null;
          if (rv !== null && rv > 0) row.shareOfRegion = withPercentSign(formatNumber((o.value / rv) * 100, lang, 1), lang);
        }
      }
    }
    return row;
  });
  return {
    id: p.id,
    href: programmePath(p.id, lang),
    title: p.title[lang],
    shortTitle: (p.shortTitle ?? p.title)[lang],
    period: `${p.period.from}–${p.period.to}`,
    demo: p.demo,
    hasDemo: p.hasDemo,
    national: p.territory.level === 'country',
    own: !local,
    rows,
    more: inds.length - shown.length,
    counts: statusCountsView(p.statusCounts, lang),
  };
}
