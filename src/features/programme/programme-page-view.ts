// One programme's page (/programy/<id>/) as shown: what it is (period, adoption,
// amendments, sources), the status counts, the goal tree with each node's indicators,
// and every indicator's card grouped by the part of the programme it belongs to.
import { FLAG } from '#core/cells.ts';
import { countPhrase, formatDate, type Lang } from '#core/format.ts';
import { INDICATOR_WORD } from '#core/nouns.ts';
import { indicatorAnchor } from '#core/urls.ts';
import { safeHttpHref } from '#core/safe-text.ts';
import { translator } from '#i18n/index.ts';
import { indicatorView, type IndicatorView } from './indicator-view.ts';
import { allIndicators, nodesById, type ProgrammeFile, type ResolvedNode } from './programme.ts';
import { nodeLabel } from './programme-text.ts';
import { statusCountsView, statusView, type StatusCountView, type StatusView } from './status-view.ts';

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
    indicators: n.indicators.map((i) => ({
      id: i.id,
      anchor: indicatorAnchor(i.id),
      name: i.name[lang],
      status: statusView(i.progress, lang),
    })),
    children: n.children.map(node),
  });
  return p.tree.map(node);
}

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
  periodFrom: number;
  periodTo: number;
  adopted?: string;
  amendments: string[];
  responsible?: string;
  note?: string;
  context?: string;
  sources: { title: string; url?: string; note?: string }[];
  statusCounts: StatusCountView[];
  indicatorCount: string;
  tree: TreeNodeView[];
  /** Programme-level indicators first, then through the tree. */
  indicators: IndicatorView[];
  /** Indicators grouped by the part of the programme they belong to, in tree order. */
  groups: { heading: string; indicators: IndicatorView[] }[];
}

/** "Rada Ministrów, 12.08.2014, uchwała nr 164 (M.P. 2014 poz. 811)". */
export function adoptedText(a: NonNullable<ProgrammeFile['adopted']>, lang: Lang): string {
  const parts = [a.by[lang]];
  if (a.date) parts.push(formatDate(a.date, lang));
  if (a.resolution) parts.push(translator(lang)('programme.resolution', { number: a.resolution }));
  let s = parts.join(', ');
  if (a.gazette) s += ` (${a.gazette})`;
  if (a.note) s += `. ${a.note[lang]}`;
  return s;
}

/**
 * Every number a programme page shows, for the demo banner: per indicator its baseline,
 * target, milestones, published observations and this portal's series beside them.
 * Structurally a ShownFigure (src/components/demo-banner.ts).
 */
export function programmeFigures(p: ProgrammeFile, lang: Lang): { label: string; year: number; demo: boolean }[] {
  const out: { label: string; year: number; demo: boolean }[] = [];
  for (const i of allIndicators(p)) {
    const label = i.name[lang];
    if (i.baseline.value !== null && i.baseline.year !== null) out.push({ label, year: i.baseline.year, demo: i.baseline.demo });
    out.push({ label, year: i.target.year, demo: i.target.demo });
    for (const m of i.milestones) out.push({ label, year: m.year, demo: m.demo });
    for (const o of i.observations) if (o.value !== null) out.push({ label, year: o.year, demo: o.demo });
    i.series?.years.forEach((year, k) => {
      if (i.series!.v[k] !== null) out.push({ label, year, demo: ((i.series!.f[k] ?? 0) & FLAG.demo) !== 0 });
    });
  }
  return out;
}

export function programmeView(p: ProgrammeFile, lang: Lang): ProgrammeView {
  const t = translator(lang);
  const nodes = nodesById(p);
  const all = allIndicators(p);
  const views = new Map(all.map((i) => [i.id, indicatorView(p, i, lang, nodes)]));
  const groups: ProgrammeView['groups'] = [];
  if (p.indicators.length)
    groups.push({ heading: t('programme.indicatorsWholeProgramme'), indicators: p.indicators.map((i) => views.get(i.id)!) });
  const walk = (n: ResolvedNode) => {
    if (n.indicators.length)
      groups.push({ heading: `${nodeLabel(n, lang)}: ${n.title[lang]}`, indicators: n.indicators.map((i) => views.get(i.id)!) });
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
    periodFrom: p.period.from,
    periodTo: p.period.to,
    ...(p.adopted && { adopted: adoptedText(p.adopted, lang) }),
    amendments: (p.amendments ?? []).map((a) =>
      [a.date && formatDate(a.date, lang), a.resolution && t('programme.resolution', { number: a.resolution }), a.gazette]
        .filter(Boolean)
        .join(', ')
        .concat(`: ${a.change[lang]}`),
    ),
    ...(p.responsible && { responsible: p.responsible[lang] }),
    ...(p.note && { note: p.note[lang] }),
    ...(p.context && { context: p.context[lang] }),
    sources: p.sources.map((s) => ({
      title: s.title[lang],
      ...(safeHttpHref(s.url) && { url: s.url }),
      ...(s.note && { note: s.note[lang] }),
    })),
    statusCounts: statusCountsView(p.statusCounts, lang),
    indicatorCount: countPhrase(all.length, lang, INDICATOR_WORD),
    tree: treeView(p, lang),
    indicators: all.map((i) => views.get(i.id)!),
    groups,
  };
}
