// One programme indicator as its card on the programme page (and the chart embed) shows
// it: baseline, target and goal, milestones, the latest value, the share of the way
// covered, the projection, the basis of the rating, the chart input, its data table and
// the CSV download.
import { flagNames } from '#core/cells.ts';
import { toCsv } from '#core/csv.ts';
import { emptyText, formatNumber, type Lang } from '#core/format.ts';
import { indicatorAnchor } from '#core/urls.ts';
import { csvDataUrl } from '#features/territory/chart-data.ts';
import { translator } from '#i18n/index.ts';
import { indicatorHasDemo, nodesById, type ProgrammeFile, type ResolvedIndicator } from './programme.ts';
import { chartHasContent, progressChartInput, seriesInProgrammeUnit, toProgrammeUnit, type ProgressChartInput } from './programme-chart.ts';
import { nodeLabel, percent, targetPhrase, valueWithUnit } from './programme-text.ts';
import { statusView, unknownReasonLabel, type StatusView } from './status-view.ts';

export interface TableRow {
  year: number;
  /** Formatted cells, aligned with the table's columns after the year. */
  cells: string[];
}

export interface IndicatorView {
  id: string;
  anchor: string;
  name: string;
  unit: string;
  catalogue?: string;
  /** Where in the tree: "Priorytet I: Polityka…", or "program jako całość". */
  attachedTo: string;
  attachedShort: string;
  baseline: { text: string; demo: boolean; assumed: boolean; notes: string[] };
  target: { text: string; goal?: string; demo: boolean; assumed: boolean; notes: string[] };
  milestones: { text: string; demo: boolean }[];
  /** `source` says when the value is the release's real series rather than the programme's own monitoring. */
  latest?: { text: string; year: number; demo: boolean; source?: string };
  /** Shown instead of the latest value when there is none: "dane w opracowaniu", "dane niejawne" or "brak danych". */
  latestMissing: string;
  /** KPRES: this portal's latest value of the same indicator, in the programme's unit. */
  portalLatest?: { text: string; year: number; demo: boolean };
  share?: string;
  projection?: string;
  reachedEarlier?: string;
  final: boolean;
  targetYear: number;
  /** The status carries a demo tag of its own (not when the whole programme is a demonstration, which the page says once). */
  statusDemoTag: boolean;
  /** The indicator belongs to a node of the tree (not to the programme as a whole). */
  inTree: boolean;
  /** Years after the target year, shown but not rated. */
  laterYears: number[];
  basis: string;
  status: StatusView;
  dataSource: string;
  responsible?: string;
  notes: string[];
  /** Anything in this indicator is demonstration data. */
  demo: boolean;
  chart?: ProgressChartInput;
  table: { caption: string; columns: string[]; rows: TableRow[]; demo: boolean };
  csvUrl: string;
  csvName: string;
  /** What the "?" marks on the chart stand for. */
  unpublishedKinds: string[];
}

const cellText = (value: number | null, unpublished: string | undefined, demo: boolean, lang: Lang, decimals: number) => {
  if (value === null) return unpublished ?? emptyText('missing', lang);
  return `${formatNumber(value, lang, decimals)}${demo ? '*' : ''}`;
};

const CSV_HEADER = [
  'programme',
  'indicator',
  'catalogue',
  'unit',
  'year',
  'value',
  'status',
  'demo',
  'portal_value',
  'portal_flags',
  'path_value',
];

export function indicatorView(p: ProgrammeFile, ind: ResolvedIndicator, lang: Lang, nodes = nodesById(p)): IndicatorView {
  const t = translator(lang);
  const name = ind.name[lang];
  const unit = ind.unit[lang];
  const node = ind.node ? nodes.get(ind.node) : undefined;
  const attachedShort = node ? nodeLabel(node, lang) : t('programme.wholeProgramme');
  const attachedTo = node ? `${attachedShort}: ${node.title[lang]}` : attachedShort;
  const fmt = (v: number) => valueWithUnit(v, ind.unit, lang, ind.decimals);
  const pr = ind.progress;

  const b = ind.baseline;
  const baselineText = b.value === null ? emptyText('missing', lang) : `${fmt(b.value)}${b.year !== null ? ` (${b.year})` : ''}`;
  const goalText =
    ind.target.direction === 'increase-by'
      ? ind.target.goal === null
        ? t('programme.goalUnknown')
        : t('programme.goalLevel', { value: fmt(ind.target.goal) })
      : undefined;

  const pointAt = (year: number) => ind.points.find((x) => x.year === year);
  const latestPoint = pr.latest ? pointAt(pr.latest.year) : undefined;
  const latest = pr.latest
    ? {
        text: fmt(pr.latest.value),
        year: pr.latest.year,
        demo: !!latestPoint?.demo,
        ...(latestPoint?.fromSeries && { source: t('programme.fromSeries') }),
      }
    : undefined;

  let portalLatest: IndicatorView['portalLatest'];
  if (ind.basis === 'observations' && ind.series) {
    const s = seriesInProgrammeUnit(ind).filter((x) => x.value !== null);
    const last = s.at(-1);
    if (last) portalLatest = { text: fmt(last.value!), year: last.year, demo: !!last.demo };
  }

  // A negative share means the value moved away from the goal: said in words, not as "−233 %".
  const share =
    pr.latest && pr.share !== null && pr.share < 0
      ? t('programme.shareAway', { pct: percent(-pr.share, lang) })
      : pr.latest && pr.share !== null
        ? t('programme.shareOfWay', { pct: percent(pr.share, lang) })
        : pr.latest && pr.share === null
          ? t('programme.shareNone')
          : undefined;
  const projection =
    pr.projected !== null
      ? `${fmt(pr.projected)}${pr.projectedShare !== null ? ` — ${t('programme.shareOfWay', { pct: percent(pr.projectedShare, lang) })}` : ''}`
      : undefined;

  const basis =
    ind.basis === 'observations'
      ? t('programme.basisObservations')
      : ind.basis === 'series'
        ? t('programme.basisSeries')
        : t('programme.basisNone');

  const notes = [ind.note?.[lang]].filter((x): x is string => !!x);
  const baselineNotes = [b.note?.[lang]].filter((x): x is string => !!x);
  const targetNotes = [ind.target.note?.[lang]].filter((x): x is string => !!x);

  // ---- chart and its table
  const title = t('programme.chartAria', { name, unit, year: ind.target.year });
  const input = progressChartInput(ind, lang, title);
  const chart = chartHasContent(input) ? input : undefined;

  const unpublishedWord = (year: number): string | undefined => {
    const pt = pointAt(year);
    if (!pt) return undefined;
    if (pt.suppressed) return emptyText('suppressed', lang);
    if (pt.inPreparation) return t('programme.inPreparation');
    return undefined;
  };
  const series = ind.basis === 'observations' ? seriesInProgrammeUnit(ind) : [];
  const seriesAt = new Map(series.map((x) => [x.year, x]));
  const pathAt = new Map(ind.path.map((x) => [x.year, x.value]));
  const columns = [
    t('common.colYear'),
    ind.basis === 'observations' ? t('programme.colPublished') : t('programme.colMeasured'),
    ...(series.length ? [t('programme.colPortal')] : []),
    t('programme.colPath'),
  ];
  const years = new Set<number>([...ind.points.map((x) => x.year), ...series.map((x) => x.year), ...ind.path.map((x) => x.year)]);
  let tableDemo = false;
  const rows: TableRow[] = [...years]
    .sort((a, c) => a - c)
    .map((year) => {
      const pt = pointAt(year);
      const sv = seriesAt.get(year);
      const pv = pathAt.get(year);
      if ((pt?.demo && pt.value !== null) || (sv?.demo && sv.value !== null)) tableDemo = true;
      const cells = [
        pt ? cellText(pt.suppressed ? null : pt.value, unpublishedWord(year), !!pt.demo, lang, ind.decimals) : '—',
        ...(series.length ? [sv ? cellText(sv.value, emptyText('suppressed', lang), !!sv.demo, lang, ind.decimals) : '—'] : []),
        pv !== undefined ? formatNumber(pv, lang, ind.decimals) : '—',
      ];
      return { year, cells };
    });

  // CSV: machine-friendly, the same in both languages (decimal point, flags by name).
  const csvRows: string[][] = [];
  for (const r of [...years].sort((a, c) => a - c)) {
    const pt = pointAt(r);
    const obs = ind.observations.find((o) => o.year === r);
    const si = ind.series ? ind.series.years.indexOf(r) : -1;
    const sv = ind.basis === 'observations' && si >= 0 ? ind.series!.v[si] : null;
    csvRows.push([
      p.id,
      ind.id,
      ind.catalogue ?? '',
      ind.unit.en,
      String(r),
      pt && pt.value !== null ? String(pt.value) : '',
      obs ? obs.status : pt ? (pt.suppressed ? 'suppressed' : pt.fromSeries ? 'release-series' : 'published') : '',
      pt?.demo ? 'true' : pt ? 'false' : '',
      sv !== null ? String(toProgrammeUnit(sv, ind.factor)) : '',
      ind.basis === 'observations' && si >= 0 ? flagNames(ind.series!.f[si] ?? 0).join('+') : '',
      pathAt.has(r) ? String(pathAt.get(r)) : '',
    ]);
  }
  const csv = '\ufeff' + toCsv(CSV_HEADER, csvRows);

  return {
    id: ind.id,
    anchor: indicatorAnchor(ind.id),
    name,
    unit,
    ...(ind.catalogue && { catalogue: ind.catalogue }),
    attachedTo,
    attachedShort,
    baseline: { text: baselineText, demo: b.demo, assumed: b.yearAssumed, notes: baselineNotes },
    target: {
      text: targetPhrase(ind, lang),
      ...(goalText && { goal: goalText }),
      demo: ind.target.demo,
      assumed: ind.target.yearAssumed,
      notes: targetNotes,
    },
    milestones: ind.milestones.map((m) => ({ text: `${fmt(m.value)} (${m.year})`, demo: m.demo })),
    ...(latest && { latest }),
    ...(portalLatest && { portalLatest }),
    ...(share && { share }),
    ...(projection && { projection }),
    ...(pr.reachedEarlier !== null && { reachedEarlier: t('programme.reachedEarlier', { year: pr.reachedEarlier }) }),
    final: pr.final,
    targetYear: ind.target.year,
    statusDemoTag: pr.demo && !p.demo,
    inTree: !!node,
    latestMissing:
      pr.reason === 'suppressed' || pr.reason === 'data-in-preparation' ? unknownReasonLabel(pr.reason, lang) : emptyText('missing', lang),
    laterYears: ind.points.filter((x) => x.year > ind.target.year).map((x) => x.year),
    basis,
    status: statusView(pr, lang),
    dataSource: ind.dataSource[lang],
    ...(ind.responsible && { responsible: ind.responsible[lang] }),
    notes,
    demo: indicatorHasDemo(ind),
    ...(chart && { chart }),
    table: { caption: t('programme.chartTableCaption', { name, unit }), columns, rows, demo: tableDemo },
    csvUrl: csvDataUrl(csv),
    csvName: `${p.id}-${ind.id}${p.release ? `-${p.release}` : ''}.csv`,
    unpublishedKinds: [
      ...(ind.points.some((x) => x.inPreparation && !x.suppressed) ? [t('programme.inPreparation')] : []),
      ...(ind.points.some((x) => x.suppressed) ? [emptyText('suppressed', lang)] : []),
    ],
  };
}
