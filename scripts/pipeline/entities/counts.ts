// One source of truth between the directory and the count indicators: for the release's
// latest year, the number of directory entries of each kind in a gmina equals the gmina's
// value of the matching indicator. The demo directory is generated from these counts (so
// they match by construction, and compareCounts finds nothing); a real list is compared
// and the differences are reported in entities/checks.json.
import fs from 'node:fs';
import path from 'node:path';
import type { LevelFile } from '#core/data-types.ts';
import { CATEGORY, PES_CATEGORIES } from '#features/directory/entity-vocabularies.ts';
import type { Entity } from '#features/directory/entity-record.ts';
import { asOfDate, certificateValidIn, isSocialEnterpriseOn } from '#features/directory/entity-dates.ts';
import type { EntityCountDifference } from '#features/directory/entity-files.ts';
import { pushAll } from '#core/arrays.ts';

/** The value of a count indicator for a gmina in the reference year; null when there is none. */
export type GminaCounts = (indicator: string, gminaCode: string) => number | null;

export interface CountRule {
  indicator: string;
  /** Whether the entity counts towards the indicator in the year. */
  counts: (e: Pick<Entity, 'category' | 'socialEnterprise' | 'certificates'>, year: number) => boolean;
}

export const COUNT_RULES: CountRule[] = [
  ...PES_CATEGORIES.filter((c) => CATEGORY[c].countIndicator).map((c): CountRule => ({
    indicator: CATEGORY[c].countIndicator!,
    counts: (e) => e.category === c,
  })),
  { indicator: 'PS_ACT', counts: (e, year) => isSocialEnterpriseOn(e, asOfDate(year)) },
  { indicator: 'ZJ_CERT', counts: (e, year) => e.certificates.some((c) => c.kind === 'quality-mark' && certificateValidIn(c, year)) },
  { indicator: 'ZP_CERT', counts: (e, year) => e.certificates.some((c) => c.kind === 'zakup-prospoleczny' && certificateValidIn(c, year)) },
];

/** Directory counts per rule and gmina. */
export function directoryCounts(
  entities: Pick<Entity, 'gmina' | 'category' | 'socialEnterprise' | 'certificates'>[],
  year: number,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>(COUNT_RULES.map((r) => [r.indicator, new Map()]));
  for (const e of entities)
    for (const r of COUNT_RULES)
      if (r.counts(e, year)) {
        const m = out.get(r.indicator)!;
        m.set(e.gmina, (m.get(e.gmina) ?? 0) + 1);
      }
  return out;
}

/**
 * Gminas where the directory and the indicator differ, plus the national totals of each
 * indicator that differs anywhere. A gmina without an indicator value is not compared.
 */
export function compareCounts(
  entities: Pick<Entity, 'gmina' | 'category' | 'socialEnterprise' | 'certificates'>[],
  gminaCodes: string[],
  counts: GminaCounts,
  year: number,
): EntityCountDifference[] {
  const dir = directoryCounts(entities, year);
  const out: EntityCountDifference[] = [];
  for (const r of COUNT_RULES) {
    const m = dir.get(r.indicator)!;
    let sumDir = 0;
    let sumInd = 0;
    const here: EntityCountDifference[] = [];
    for (const g of gminaCodes) {
      const v = counts(r.indicator, g);
      if (v === null) continue;
      const d = m.get(g) ?? 0;
      sumDir += d;
      sumInd += v;
      if (d !== v) here.push({ indicator: r.indicator, code: g, directory: d, indicatorValue: v });
    }
    if (here.length) pushAll(out, [{ indicator: r.indicator, code: 'PL', directory: sumDir, indicatorValue: sumInd }, ...here]);
  }
  return out;
}

/** Counts from an emitted release: public/data/<release>/level/gmina/<IND>.json (for use without the pipeline). */
export function countsFromLevelFiles(releaseDir: string, year: number): GminaCounts {
  const cache = new Map<string, { values: (number | null)[]; index: Map<string, number> } | null>();
  return (indicator, code) => {
    if (!cache.has(indicator)) {
      const file = path.join(releaseDir, 'level', 'gmina', `${indicator}.json`);
      if (!fs.existsSync(file)) cache.set(indicator, null);
      else {
        const lf = JSON.parse(fs.readFileSync(file, 'utf8')) as LevelFile;
        const yi = lf.years.indexOf(year);
        cache.set(indicator, yi < 0 ? null : { values: lf.values[indicator][yi], index: new Map(lf.codes.map((c, i) => [c, i])) });
      }
    }
    const c = cache.get(indicator);
    const i = c?.index.get(code);
    return c && i !== undefined ? c.values[i] : null;
  };
}

/** Counts from any series lookup, e.g. seriesFromBuild(build, catalogue) in scripts/pipeline/programmes/index.ts. */
export function countsFromSeries(
  lookup: (indicator: string, code: string) => { years: number[]; v: (number | null)[] } | undefined,
  year: number,
): GminaCounts {
  return (indicator, code) => {
    const s = lookup(indicator, code);
    if (!s) return null;
    const yi = s.years.indexOf(year);
    return yi < 0 ? null : (s.v[yi] ?? null);
  };
}
