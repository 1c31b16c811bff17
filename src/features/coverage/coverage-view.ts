// The coverage page's view model: the shipped coverage file (src/core/coverage.ts) turned
// into one heat-map table per level plus a one-sentence summary per level. Pure; the page
// passes in the release's files. Not for islands (it reads both dictionaries through
// translator()).
import { entrySources, levelTotals, realShare, shareOf, totalCount } from '#core/coverage.ts';
import type { CoverageFile, Manifest, StatusCounts } from '#core/data-types.ts';
import { formatNumber, withPercentSign, type Lang } from '#core/format.ts';
import type { Level } from '#core/territory.ts';
import { indicatorPath } from '#core/urls.ts';
import { translator, type Key } from '#i18n/index.ts';

/**
 * Colour classes of the real share, light (no real data) to dark (all real). Each text
 * colour is chosen for at least 4.5:1 contrast on its background (WCAG AA, tested), and
 * the share is printed in every cell, so the colour is never the only carrier.
 */
export const COVERAGE_CLASSES = [
  { background: '#f3f5f8', text: '#1b1f24', label: 'coverage.class0' },
  { background: '#dbe7f3', text: '#1b1f24', label: 'coverage.class1' },
  { background: '#a9c8e8', text: '#1b1f24', label: 'coverage.class2' },
  { background: '#6fa3d6', text: '#1b1f24', label: 'coverage.class3' },
  { background: '#2f6fb0', text: '#ffffff', label: 'coverage.class4' },
  { background: '#0b5394', text: '#ffffff', label: 'coverage.class5' },
] as const satisfies readonly { background: string; text: string; label: Key<'coverage'> }[];

/** 0 and 100 % get classes of their own: "none" and "all" must not look like "almost". */
export function coverageClass(share: number): number {
  if (share <= 0) return 0;
  if (share >= 1) return 5;
  return 1 + Math.min(3, Math.floor(share * 4));
}

/** The stylesheet of the classes, from the one palette above (class names `cov-<n>`). */
export function coverageCss(): string {
  return COVERAGE_CLASSES.map((c, i) => `.cov-${i}{background:${c.background};color:${c.text}}`).join('');
}

/**
 * A share as a percentage with at most one decimal, never rounded into 0 % or 100 %:
 * "some real values" must not read as "none", nor "almost all" as "all".
 */
export function formatShare(share: number, lang: Lang): string {
  if (share <= 0) return withPercentSign('0', lang);
  if (share >= 1) return withPercentSign('100', lang);
  const pct = share * 100;
  if (pct < 0.1) return `<${withPercentSign(formatNumber(0.1, lang, 1), lang)}`;
  if (pct > 99.9) return `>${withPercentSign(formatNumber(99.9, lang, 1), lang)}`;
  return withPercentSign(formatNumber(pct, lang, 1, { trim: true }), lang);
}

const HEADING: Record<Level, Key<'coverage'>> = {
  country: 'coverage.headingCountry',
  voivodeship: 'coverage.headingVoivodeship',
  powiat: 'coverage.headingPowiat',
  gmina: 'coverage.headingGmina',
};

export interface CoverageCellView {
  year: number;
  /** Index into COVERAGE_CLASSES. */
  colourClass: number;
  real: string;
  /** "niejawne 3 %", "brak 12 %": only when there are any. */
  notes: string[];
}

export interface CoverageRowView {
  indicator: string;
  name: string;
  href: string;
  cells: CoverageCellView[];
  /** Titles of the sources of the real values, most cited first; empty when none is real. */
  sources: string[];
}

export interface CoverageLevelView {
  level: Level;
  heading: string;
  caption: string;
  /** The text alternative of the level's table: shares over every indicator and year. */
  summary: string;
  /** How many of the real values are estimates or provisional; absent when none are. */
  estimates?: string;
  rows: CoverageRowView[];
}

export interface CoverageView {
  years: number[];
  levels: CoverageLevelView[];
  legend: { colourClass: number; label: string }[];
}

export function coverageView(
  file: CoverageFile,
  ctx: { lang: Lang; names: ReadonlyMap<string, string>; sources: Manifest['sources'] },
): CoverageView {
  const { lang } = ctx;
  const t = translator(lang);
  const share = (c: StatusCounts, s: Parameters<typeof shareOf>[1]) => formatShare(shareOf(c, s), lang);
  const totals = levelTotals(file);
  const levels = (Object.keys(totals) as Level[]).map((level): CoverageLevelView => {
    const sum = totals[level]!;
    const rows = file.entries
      .filter((e) => e.level === level)
      .map((e): CoverageRowView => ({
        indicator: e.indicator,
        name: ctx.names.get(e.indicator) ?? e.indicator,
        href: indicatorPath(e.indicator, lang),
        cells: e.years.map(({ counts }, yi) => ({
          year: file.years[yi],
          colourClass: coverageClass(realShare(counts)),
          real: formatShare(realShare(counts), lang),
          notes: [
            ...(counts.confidential ? [t('coverage.confidential', { share: share(counts, ['confidential']) })] : []),
            ...(counts.missing ? [t('coverage.missing', { share: share(counts, ['missing']) })] : []),
          ],
        })),
        sources: entrySources(e).map(({ id }) => ctx.sources[id]?.title[lang] ?? id),
      }));
    return {
      level,
      heading: t(HEADING[level]),
      caption: t('coverage.caption', { level: t(HEADING[level]), release: file.release }),
      summary: t('coverage.levelSummary', {
        level: t(`level.${level}`),
        real: formatShare(realShare(sum), lang),
        demo: share(sum, ['demo']),
        confidential: share(sum, ['confidential']),
        missing: share(sum, ['missing']),
        total: formatNumber(totalCount(sum), lang),
      }),
      ...(sum.estimate + sum.provisional > 0 && {
        estimates: t('coverage.estimates', {
          estimate: formatNumber(sum.estimate, lang),
          provisional: formatNumber(sum.provisional, lang),
        }),
      }),
      rows,
    };
  });
  return {
    years: file.years,
    levels,
    legend: COVERAGE_CLASSES.map((c, i) => ({ colourClass: i, label: t(c.label) })),
  };
}
