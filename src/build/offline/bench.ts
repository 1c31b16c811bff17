// The bench's per-release figures: build time and pages (node_modules/.cache/mes/
// build-report.json, written by the build) and the offline archive's size, entries and
// archiving time (<dist>/archiwum/archives.json, written by `npm run archive`).
import type { ArchiveRecord } from './archive.ts';

export interface BuildReport {
  releases: Record<string, { seconds: number; pages: number; base?: string }>;
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Rows [label, value] for each release; figures that were not recorded say so. */
export function releaseBenchRows(
  releases: string[],
  archives: Record<string, ArchiveRecord> | null,
  build: BuildReport | null,
): [string, string][] {
  const rows: [string, string][] = [];
  for (const r of releases) {
    const b = build?.releases?.[r];
    rows.push([
      `release ${r}: build time / pages`,
      b
        ? `${b.seconds.toFixed(1)} s / ${b.pages}${b.seconds > 0 ? ` (${Math.round(b.pages / b.seconds)} pages/s)` : ''}`
        : 'not recorded (build-report.json)',
    ]);
    const a = archives?.[r];
    rows.push([
      `release ${r}: offline archive size / entries / time`,
      a ? `${mb(a.bytes)} / ${a.files} / ${a.seconds.toFixed(1)} s` : 'not recorded (run npm run archive)',
    ]);
  }
  return rows;
}
