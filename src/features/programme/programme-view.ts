// What the programme pages show, computed from the pipeline's programme JSON
// (src/features/programme/programme.ts types): texts for baselines, targets, goals and progress with
// correct Polish plurals and number formats, the goal tree, the chart input and its
// data table, the overview comparing programmes, and the box on territory pages. Pure:
// data comes in as arguments, so the unit tests run it on the shipped JSON directly.
import type { Indicator, Unit } from '#core/catalogue.ts';
import { FLAG, flagNames } from '#core/cells.ts';
import { csvDataUrl } from '#features/territory/chart-data.ts';
import { countPhrase, emptyText, formatNumber, NBSP, type Lang } from '#core/format.ts';
import { t, UNIT_LABEL } from '#i18n/i18n.ts';
import { INDICATOR_NOUN, tp } from '#i18n/programme.ts';
import { UNIT_NOUNS } from '#core/nouns.ts';
import {
  allIndicators,
  DIRECTION_LABEL,
  NODE_TYPE_LABEL,
  type ProgrammeFile,
  type ProgrammeIndex,
  type ProgrammeIndexEntry,
  type ResolvedIndicator,
  type ResolvedNode,
  type Text,
} from './programme.ts';
import { chartHasContent, progressChartInput, seriesInProgrammeUnit, toProgrammeUnit, type ProgressChartInput } from './programme-chart.ts';
import { STATUS_LABEL, STATUSES, UNKNOWN_REASON_LABEL, type Progress, type ProgressStatus } from './progress.ts';
import { indicatorAnchor, programmePath } from '#core/urls.ts';


// ---------------------------------------------------------------- status

/** A symbol per status, so the badge differs by shape and text, not colour alone. */
export const STATUS_SYMBOL: Record<ProgressStatus, string> = {
  achieved: '✓',
  'on-track': '↗',
  'at-risk': '!',
  'off-track': '✗',
  unknown: '?',
};

export interface StatusView {
  status: ProgressStatus;
  label: string;
  symbol: string;
  /** Why it cannot be assessed ("dane w opracowaniu"), for "unknown". */
  reason?: string;
  /** Any value, baseline or target behind it is demonstration data. */
  demo: boolean;
}

export function statusView(p: Pick<Progress, 'status' | 'reason' | 'demo'>, lang: Lang): StatusView {
  return {
    status: p.status,
    label: STATUS_LABEL[p.status][lang],
    symbol: STATUS_SYMBOL[p.status],
    ...(p.status === 'unknown' && p.reason && { reason: UNKNOWN_REASON_LABEL[p.reason][lang] }),
    demo: p.demo,
  };
}

/** The status as one line of text: "Nie da się ocenić (dane w opracowaniu)". */
export function statusText(s: StatusView): string {
  return s.reason ? `${s.label} (${s.reason})` : s.label;
}

// ---------------------------------------------------------------- values with units

/** Catalogue units whose Polish label is a countable noun ("1 podmiot", "2 podmioty", "5 podmiotów"). */
function nounFor(unit: Text): (typeof UNIT_NOUNS)[Unit] | undefined {
  for (const [u, noun] of Object.entries(UNIT_NOUNS) as [Unit, (typeof UNIT_NOUNS)[Unit]][]) {
    if (UNIT_LABEL[u].pl === unit.pl && UNIT_LABEL[u].en === unit.en) return noun;
  }
  return undefined;
}

/**
 * A value in the indicator's unit: "1 600 podmiotów", "2 podmioty", "28,0 tys. podmiotów",
 * "29,6 %", "15 JST"; English "1,600 entities". Units that are not countable nouns
 * (thousands, percentages, abbreviations) follow the number unchanged.
 */
export function valueWithUnit(value: number, unit: Text, lang: Lang, decimals: number): string {
  const noun = nounFor(unit);
  // The plural follows the number as printed: 2128.5 is shown as "2 129", so "podmiotów".
  if (noun && decimals === 0) return countPhrase(Math.round(value), lang, noun, 0);
  const num = formatNumber(value, lang, decimals);
  if (unit.pl === '%') return `${num}${lang === 'pl' ? NBSP : ''}%`;
  return `${num}${NBSP}${unit[lang]}`;
}

/** "47 %" / "47%" of the way; signed when negative. */
export function percent(share: number, lang: Lang): string {
  return `${formatNumber(Math.round(share * 100), lang, 0)}${lang === 'pl' ? NBSP : ''}%`;
}

const yearWord = (year: number, lang: Lang) => (lang === 'pl' ? `${year}${NBSP}r.` : String(year));

/** "osiągnąć 1 600 podmiotów do 2023 r.", "wzrost o 1 000 osób do 2020 r.", "keep below 5% until 2030". */
export function targetPhrase(ind: ResolvedIndicator, lang: Lang): string {
  const t = ind.target;
  const v = valueWithUnit(t.value, ind.unit, lang, ind.decimals);
  const dir = DIRECTION_LABEL[t.direction][lang];
  if (lang === 'pl') return `${dir} ${v} do ${yearWord(t.year, lang)}`;
  return `${dir} ${v} ${t.direction === 'keep-below' ? 'until' : 'by'} ${t.year}`;
}

// ---------------------------------------------------------------- one indicator

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
  latest?: { text: string; year: number; demo: boolean };
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

/** "Priorytet I", "Cel szczegółowy 1.1", "Cel główny". */
export function nodeLabel(n: Pick<ResolvedNode, 'type' | 'number'>, lang: Lang): string {
  return `${NODE_TYPE_LABEL[n.type][lang]}${n.number ? ` ${n.number}` : ''}`;
}

export function nodesById(p: Pick<ProgrammeFile, 'tree'>): Map<string, ResolvedNode> {
  const m = new Map<string, ResolvedNode>();
  const walk = (n: ResolvedNode) => {
    m.set(n.id, n);
    n.children.forEach(walk);
  };
  p.tree.forEach(walk);
  return m;
}

function indicatorHasDemo(i: ResolvedIndicator): boolean {
  return (
    i.baseline.demo ||
    i.target.demo ||
    i.progress.demo ||
    i.milestones.some((m) => m.demo) ||
    i.observations.some((o) => o.demo) ||
    i.points.some((p) => p.demo) ||
    (i.basis === 'observations' && !!i.series?.f.some((f) => (f & FLAG.demo) !== 0))
  );
}

const cellText = (value: number | null, unpublished: string | undefined, demo: boolean, lang: Lang, decimals: number) => {
  if (value === null) return unpublished ?? emptyText('missing', lang);
  return `${formatNumber(value, lang, decimals)}${demo ? '*' : ''}`;
};

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function indicatorView(p: ProgrammeFile, ind: ResolvedIndicator, lang: Lang, nodes = nodesById(p)): IndicatorView {
  const name = ind.name[lang];
  const unit = ind.unit[lang];
  const node = ind.node ? nodes.get(ind.node) : undefined;
  const attachedShort = node ? nodeLabel(node, lang) : tp(lang, 'wholeProgramme');
  const attachedTo = node ? `${attachedShort}: ${node.title[lang]}` : attachedShort;
  const fmt = (v: number) => valueWithUnit(v, ind.unit, lang, ind.decimals);
  const pr = ind.progress;

  const b = ind.baseline;
  const baselineText =
    b.value === null
      ? emptyText('missing', lang)
      : `${fmt(b.value)}${b.year !== null ? ` (${b.year})` : ''}`;
  const goalText =
    ind.target.direction === 'increase-by'
      ? ind.target.goal === null
        ? tp(lang, 'goalUnknown')
        : tp(lang, 'goalLevel', { value: fmt(ind.target.goal) })
      : undefined;

  const pointAt = (year: number) => ind.points.find((x) => x.year === year);
  const latest = pr.latest ? { text: fmt(pr.latest.value), year: pr.latest.year, demo: !!pointAt(pr.latest.year)?.demo } : undefined;

  let portalLatest: IndicatorView['portalLatest'];
  if (ind.basis === 'observations' && ind.series) {
    const s = seriesInProgrammeUnit(ind).filter((x) => x.value !== null);
    const last = s.at(-1);
    if (last) portalLatest = { text: fmt(last.value!), year: last.year, demo: !!last.demo };
  }

  const share =
    pr.latest && pr.share !== null ? tp(lang, 'shareOfWay', { pct: percent(pr.share, lang) }) : pr.latest && pr.share === null ? tp(lang, 'shareNone') : undefined;
  const projection =
    pr.projected !== null
      ? `${fmt(pr.projected)}${pr.projectedShare !== null ? ` — ${tp(lang, 'shareOfWay', { pct: percent(pr.projectedShare, lang) })}` : ''}`
      : undefined;

  const basis =
    ind.basis === 'observations' ? tp(lang, 'basisObservations') : ind.basis === 'series' ? tp(lang, 'basisSeries') : tp(lang, 'basisNone');

  const notes = [ind.note?.[lang]].filter((x): x is string => !!x);
  const baselineNotes = [b.note?.[lang]].filter((x): x is string => !!x);
  const targetNotes = [ind.target.note?.[lang]].filter((x): x is string => !!x);

  // ---- chart and its table
  const title = tp(lang, 'chartAria', { name, unit, year: ind.target.year });
  const input = progressChartInput(ind, lang, title);
  const chart = chartHasContent(input) ? input : undefined;

  const unpublishedWord = (year: number): string | undefined => {
    const pt = pointAt(year);
    if (!pt) return undefined;
    if (pt.suppressed) return emptyText('suppressed', lang);
    if (pt.inPreparation) return tp(lang, 'inPreparation');
    return undefined;
  };
  const series = ind.basis === 'observations' ? seriesInProgrammeUnit(ind) : [];
  const seriesAt = new Map(series.map((x) => [x.year, x]));
  const pathAt = new Map(ind.path.map((x) => [x.year, x.value]));
  const columns = [
    t(lang, 'colYear'),
    ind.basis === 'observations' ? tp(lang, 'colPublished') : tp(lang, 'colMeasured'),
    ...(series.length ? [tp(lang, 'colPortal')] : []),
    tp(lang, 'colPath'),
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
  const csvRows = [['programme', 'indicator', 'catalogue', 'unit', 'year', 'value', 'status', 'demo', 'portal_value', 'portal_flags', 'path_value']];
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
      obs ? obs.status : pt ? (pt.suppressed ? 'suppressed' : 'published') : '',
      pt?.demo ? 'true' : pt ? 'false' : '',
      sv !== null ? String(toProgrammeUnit(sv, ind.factor)) : '',
      ind.basis === 'observations' && si >= 0 ? flagNames(ind.series!.f[si] ?? 0).join('+') : '',
      pathAt.has(r) ? String(pathAt.get(r)) : '',
    ]);
  }
  const csv = '\ufeff' + csvRows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';

  return {
    id: ind.id,
    anchor: indicatorAnchor(ind.id),
    name,
    unit,
    ...(ind.catalogue && { catalogue: ind.catalogue }),
    attachedTo,
    attachedShort,
    baseline: { text: baselineText, demo: b.demo, assumed: b.yearAssumed, notes: baselineNotes },
    target: { text: targetPhrase(ind, lang), ...(goalText && { goal: goalText }), demo: ind.target.demo, assumed: ind.target.yearAssumed, notes: targetNotes },
    milestones: ind.milestones.map((m) => ({ text: `${fmt(m.value)} (${m.year})`, demo: m.demo })),
    ...(latest && { latest }),
    ...(portalLatest && { portalLatest }),
    ...(share && { share }),
    ...(projection && { projection }),
    ...(pr.reachedEarlier !== null && { reachedEarlier: tp(lang, 'reachedEarlier', { year: pr.reachedEarlier }) }),
    final: pr.final,
    targetYear: ind.target.year,
    statusDemoTag: pr.demo && !p.demo,
    inTree: !!node,
    latestMissing:
      pr.reason === 'suppressed' || pr.reason === 'data-in-preparation' ? UNKNOWN_REASON_LABEL[pr.reason][lang] : emptyText('missing', lang),
    laterYears: ind.points.filter((x) => x.year > ind.target.year).map((x) => x.year),
    basis,
    status: statusView(pr, lang),
    dataSource: ind.dataSource[lang],
    ...(ind.responsible && { responsible: ind.responsible[lang] }),
    notes,
    demo: indicatorHasDemo(ind),
    ...(chart && { chart }),
    table: { caption: tp(lang, 'chartTableCaption', { name, unit }), columns, rows, demo: tableDemo },
    csvUrl: csvDataUrl(csv),
    csvName: `${p.id}-${ind.id}${p.release ? `-${p.release}` : ''}.csv`,
    unpublishedKinds: [
      ...(ind.points.some((x) => x.inPreparation && !x.suppressed) ? [tp(lang, 'inPreparation')] : []),
      ...(ind.points.some((x) => x.suppressed) ? [emptyText('suppressed', lang)] : []),
    ],
  };
}

// ---------------------------------------------------------------- the goal tree

export interface TreeNodeView {
  id: string;
  type: ResolvedNode['type'];
  label: string;
  title: string;
  note?: string;
  indicators: { id: string; anchor: string; name: string; status: StatusView }[];
  children: TreeNodeView[];
}

export function treeView(p: ProgrammeFile, lang: Lang): TreeNodeView[] {
  const node = (n: ResolvedNode): TreeNodeView => ({
    id: n.id,
    type: n.type,
    label: nodeLabel(n, lang),
    title: n.title[lang],
    ...(n.note && { note: n.note[lang] }),
    indicators: n.indicators.map((i) => ({ id: i.id, anchor: indicatorAnchor(i.id), name: i.name[lang], status: statusView(i.progress, lang) })),
    children: n.children.map(node),
  });
  return p.tree.map(node);
}

// ---------------------------------------------------------------- the whole page

export interface ProgrammeView {
  id: string;
  lang: Lang;
  title: string;
  shortTitle: string;
  national: boolean;
  demo: boolean;
  hasDemo: boolean;
  territory: ProgrammeFile['territory'];
  period: string;
  adopted?: string;
  amendments: string[];
  responsible?: string;
  note?: string;
  context?: string;
  sources: { title: string; url?: string; note?: string }[];
  statusCounts: { status: ProgressStatus; count: number; label: string; symbol: string; phrase: string }[];
  indicatorCount: string;
  tree: TreeNodeView[];
  /** Programme-level indicators first, then through the tree. */
  indicators: IndicatorView[];
  /** Indicators grouped by the part of the programme they belong to, in tree order. */
  groups: { heading: string; indicators: IndicatorView[] }[];
}

function formatIsoDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'pl') return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${d} ${month} ${y}`;
}

/** "Rada Ministrów, 12.08.2014, uchwała nr 164 (M.P. 2014 poz. 811)". */
export function adoptedText(a: NonNullable<ProgrammeFile['adopted']>, lang: Lang): string {
  const parts = [a.by[lang]];
  if (a.date) parts.push(formatIsoDate(a.date, lang));
  if (a.resolution) parts.push(tp(lang, 'resolution', { number: a.resolution }));
  let s = parts.join(', ');
  if (a.gazette) s += ` (${a.gazette})`;
  if (a.note) s += `. ${a.note[lang]}`;
  return s;
}

export function statusCountsView(counts: Record<ProgressStatus, number>, lang: Lang): ProgrammeView['statusCounts'] {
  return STATUSES.filter((s) => counts[s] > 0).map((s) => ({
    status: s,
    count: counts[s],
    label: STATUS_LABEL[s][lang],
    symbol: STATUS_SYMBOL[s],
    phrase: countPhrase(counts[s], lang, INDICATOR_NOUN),
  }));
}

export function programmeView(p: ProgrammeFile, lang: Lang): ProgrammeView {
  const nodes = nodesById(p);
  const all = allIndicators(p);
  const views = new Map(all.map((i) => [i.id, indicatorView(p, i, lang, nodes)]));
  const groups: ProgrammeView['groups'] = [];
  if (p.indicators.length) groups.push({ heading: tp(lang, 'indicatorsWholeProgramme'), indicators: p.indicators.map((i) => views.get(i.id)!) });
  const walk = (n: ResolvedNode) => {
    if (n.indicators.length) groups.push({ heading: `${nodeLabel(n, lang)}: ${n.title[lang]}`, indicators: n.indicators.map((i) => views.get(i.id)!) });
    n.children.forEach(walk);
  };
  p.tree.forEach(walk);
  const national = p.territory.level === 'country';
  return {
    id: p.id,
    lang,
    title: p.title[lang],
    shortTitle: (p.shortTitle ?? p.title)[lang],
    national,
    demo: p.demo,
    hasDemo: p.hasDemo,
    territory: p.territory,
    period: `${p.period.from}–${p.period.to}`,
    ...(p.adopted && { adopted: adoptedText(p.adopted, lang) }),
    amendments: (p.amendments ?? []).map((a) =>
      [a.date && formatIsoDate(a.date, lang), a.resolution && tp(lang, 'resolution', { number: a.resolution }), a.gazette]
        .filter(Boolean)
        .join(', ')
        .concat(`: ${a.change[lang]}`),
    ),
    ...(p.responsible && { responsible: p.responsible[lang] }),
    ...(p.note && { note: p.note[lang] }),
    ...(p.context && { context: p.context[lang] }),
    sources: p.sources.map((s) => ({ title: s.title[lang], ...(s.url && { url: s.url }), ...(s.note && { note: s.note[lang] }) })),
    statusCounts: statusCountsView(p.statusCounts, lang),
    indicatorCount: countPhrase(all.length, lang, INDICATOR_NOUN),
    tree: treeView(p, lang),
    indicators: all.map((i) => views.get(i.id)!),
    groups,
  };
}

// ---------------------------------------------------------------- overview

export interface OverviewCell {
  status: StatusView;
  statusDemoTag: boolean;
  share?: string;
  projected?: string;
  targetYear: number;
  href: string;
}

export interface OverviewRow {
  id: string;
  href: string;
  territory: ProgrammeIndexEntry['territory'];
  territoryName: string;
  title: string;
  period: string;
  demo: boolean;
  hasDemo: boolean;
  national: boolean;
  cells: (OverviewCell | null)[];
  counts: ProgrammeView['statusCounts'];
  indicatorCount: string;
}

export interface OverviewView {
  /** Catalogue indicators shared by at least two regional programmes, most common first. */
  columns: { id: string; name: string; unit: string }[];
  national: OverviewRow[];
  regional: OverviewRow[];
  hasDemo: boolean;
}

/**
 * Catalogue ids used by at least `min` regional programmes, most common first; ties in
 * the order the programmes list them (the main goal's indicator first).
 */
export function sharedIndicatorIds(index: ProgrammeIndex, min = 2): string[] {
  const count = new Map<string, number>();
  const first = new Map<string, number>();
  for (const p of index.programmes) {
    if (p.territory.level !== 'voivodeship') continue;
    Object.keys(p.shared).forEach((id, i) => {
      count.set(id, (count.get(id) ?? 0) + 1);
      first.set(id, Math.min(first.get(id) ?? Infinity, i));
    });
  }
  return [...count.entries()]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || first.get(a[0])! - first.get(b[0])! || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}

export function overviewView(
  index: ProgrammeIndex,
  catalogue: readonly Pick<Indicator, 'id' | 'name' | 'unit'>[],
  lang: Lang,
  territoryName: (t: ProgrammeIndexEntry['territory']) => string,
): OverviewView {
  const ids = sharedIndicatorIds(index);
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  const row = (p: ProgrammeIndexEntry): OverviewRow => ({
    id: p.id,
    href: programmePath(p.id, lang),
    territory: p.territory,
    territoryName: territoryName(p.territory),
    title: (p.shortTitle ?? p.title)[lang],
    period: `${p.period.from}–${p.period.to}`,
    demo: p.demo,
    hasDemo: p.hasDemo,
    national: p.territory.level === 'country',
    cells: ids.map((id) => {
      const s = p.shared[id];
      if (!s) return null;
      return {
        status: statusView({ status: s.status, demo: s.demo }, lang),
        statusDemoTag: s.demo && !p.demo,
        ...(s.share !== null && { share: percent(s.share, lang) }),
        ...(s.projectedShare !== null && { projected: percent(s.projectedShare, lang) }),
        targetYear: s.targetYear,
        href: `${programmePath(p.id, lang)}#${indicatorAnchor(s.indicator)}`,
      };
    }),
    counts: statusCountsView(p.statusCounts, lang),
    indicatorCount: countPhrase(p.indicatorCount, lang, INDICATOR_NOUN),
  });
  const rows = index.programmes.map(row);
  return {
    columns: ids.map((id) => {
      const c = byId.get(id);
      return { id, name: c ? c.name[lang] : id, unit: c ? UNIT_LABEL[c.unit as Unit][lang] : '' };
    }),
    national: rows.filter((r) => r.national),
    regional: rows.filter((r) => !r.national),
    hasDemo: index.programmes.some((p) => p.hasDemo),
  };
}

// ---------------------------------------------------------------- the box on territory pages

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
  counts: ProgrammeView['statusCounts'];
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
      ind.target.goal !== null ? `${fmt(ind.target.goal)} (${ind.target.year})` : `${targetPhrase(ind, lang)} — ${tp(lang, 'goalUnknown')}`;
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
            : valueWithUnit(o.value, { ...UNIT_LABEL[cat.unit as Unit] }, lang, cat.decimals);
        row.local = { text, year: o.year, demo: (o.flags & FLAG.demo) !== 0, empty: o.value === null };
        if (o.value !== null && cat.aggregation.rule === 'sum' && ind.series) {
          const yi = ind.series.years.indexOf(o.year);
          const rv = yi >= 0 ? ind.series.v[yi] : null;
          if (rv !== null && rv > 0) row.shareOfRegion = `${formatNumber((o.value / rv) * 100, lang, 1)}${lang === 'pl' ? NBSP : ''}%`;
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
