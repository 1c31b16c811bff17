// The overview of all programmes (/programy/): KPRES and the regional programmes side by
// side on the catalogue indicators at least two regional programmes share, each cell the
// programme's own status and share of the way to its own goal.
import type { Indicator, Unit } from '#core/catalogue.ts';
import { countPhrase, type Lang } from '#core/format.ts';
import { voivodeshipEnglish, displayName } from '#core/names.ts';
import { INDICATOR_WORD } from '#core/nouns.ts';
import { indicatorAnchor, programmePath } from '#core/urls.ts';
import { translator } from '#i18n/index.ts';
import type { ProgrammeIndex, ProgrammeIndexEntry } from './programme.ts';
import { percent } from './programme-text.ts';
import { statusCountsView, statusView, type StatusCountView, type StatusView } from './status-view.ts';

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
  counts: StatusCountView[];
  indicatorCount: string;
}

export interface OverviewView {
  /** Catalogue indicators shared by at least two regional programmes, most common first. */
  columns: { id: string; name: string; unit: string }[];
  national: OverviewRow[];
  regional: OverviewRow[];
  hasDemo: boolean;
}

/** A voivodeship's bare name in each language: "dolnośląskie", "Dolnośląskie". */
const VOIVODESHIP_NAME: Record<Lang, (name: string) => string> = { pl: (name) => name, en: voivodeshipEnglish };

/**
 * A programme's territory in the overview's first column: the column says "voivodeship",
 * so a voivodeship's bare name is enough; the country by its display name.
 */
export function overviewTerritoryName(territory: ProgrammeIndexEntry['territory'], lang: Lang): string {
  return territory.level === 'voivodeship' ? VOIVODESHIP_NAME[lang](territory.name) : displayName(territory, lang);
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
  const t = translator(lang);
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
    indicatorCount: countPhrase(p.indicatorCount, lang, INDICATOR_WORD),
  });
  const rows = index.programmes.map(row);
  return {
    columns: ids.map((id) => {
      const c = byId.get(id);
      return { id, name: c ? c.name[lang] : id, unit: c ? t(`unit.${c.unit as Unit}`) : '' };
    }),
    national: rows.filter((r) => r.national),
    regional: rows.filter((r) => !r.national),
    hasDemo: index.programmes.some((p) => p.hasDemo),
  };
}
