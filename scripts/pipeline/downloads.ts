// Download files for scripts rather than browsers: one wide CSV per level (UTF-8 with
// BOM so Excel reads Polish letters), the revisions list as CSV, and a Frictionless
// datapackage.json describing every file with units, licences and sha256 checksums.
import type { Indicator } from '../../src/lib/catalogue.ts';
import { formatFlags } from '../../src/lib/cells.ts';
import { toCsv } from '../../src/lib/csv.ts';
import type { RegisterEntry } from '../../src/lib/data-types.ts';
import type { Level } from '../../src/lib/territory.ts';
import { publishedValue, type BuildResult } from './build-release.ts';
import type { ReleaseChanges } from './release-diff.ts';

export const BOM = '\uFEFF';

/** One row per territory and year; per indicator a value column and a flag column. */
export function levelCsv(build: BuildResult, level: Level, catalogue: Indicator[], register: Map<string, RegisterEntry>): string {
  const table = build.levels[level];
  const inds = catalogue.filter((i) => table.cells[i.id]);
  const header = ['teryt', 'name', 'year', ...inds.flatMap((i) => [i.id, `${i.id}_flags`])];
  const rows: (string | number | null)[][] = [];
  table.codes.forEach((code, ti) => {
    build.years.forEach((year, yi) => {
      const row: (string | number | null)[] = [code, register.get(code)?.name ?? '', year];
      for (const ind of inds) {
        const cell = table.cells[ind.id][yi][ti];
        row.push(publishedValue(cell, ind), cell ? formatFlags(cell.flags) : '');
      }
      rows.push(row);
    });
  });
  return BOM + toCsv(header, rows);
}

export function changesCsv(changes: ReleaseChanges): string {
  const show = (v: number | 'suppressed' | null) => (v === null ? '' : v);
  return (
    BOM +
    toCsv(
      ['teryt', 'level', 'indicator', 'year', 'old', 'new', 'demo'],
      changes.revisions.map((r) => [r.code, r.level, r.indicator, r.year, show(r.old), show(r.new), r.demo ? 'demo' : '']),
    )
  );
}

interface DataResource {
  path: string;
  name: string;
  format: string;
  mediatype: string;
  encoding?: string;
  bytes: number;
  hash: string;
  title: string;
  schema?: { fields: { name: string; type: string; description?: string; unit?: string }[] };
}

export function dataPackage(input: {
  release: string;
  published: string;
  catalogue: Indicator[];
  files: { path: string; bytes: number; sha256: string }[];
  sources: Record<string, { title: { pl: string; en: string }; url?: string; licence: string }>;
  levelsWithCsv: Level[];
}): object {
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const resource = (path: string, title: string, format: string, mediatype: string, schema?: DataResource['schema']): DataResource | undefined => {
    const f = byPath.get(path);
    if (!f) return undefined;
    const r: DataResource = { path, name: path.replace(/[^a-z0-9]+/gi, '-').toLowerCase(), format, mediatype, bytes: f.bytes, hash: `sha256:${f.sha256}`, title };
    if (format === 'csv') r.encoding = 'utf-8-sig';
    if (schema) r.schema = schema;
    return r;
  };
  const resources = [
    ...input.levelsWithCsv.map((level) =>
      resource(`download/${level}.csv`, `All indicators, ${level} level, wide`, 'csv', 'text/csv', {
        fields: [
          { name: 'teryt', type: 'string', description: 'TERYT code ("PL" for the country)' },
          { name: 'name', type: 'string' },
          { name: 'year', type: 'year' },
          ...input.catalogue.flatMap((i) => [
            { name: i.id, type: 'number', description: i.name.en, unit: i.unit },
            { name: `${i.id}_flags`, type: 'string', description: 'demo, suppressed, estimate, provisional, aggregated joined with +' },
          ]),
        ],
      }),
    ),
    ...input.levelsWithCsv.map((level) => resource(`level/${level}.json`, `All indicators, ${level} level, columnar JSON`, 'json', 'application/json')),
    resource('indicators.json', 'Indicator catalogue', 'json', 'application/json'),
    resource('territories.json', 'Territory register', 'json', 'application/json'),
    resource('changes.csv', 'Values revised since the previous release', 'csv', 'text/csv'),
  ].filter((r): r is DataResource => r !== undefined);
  return {
    profile: 'data-package',
    name: `monitor-ekonomii-spolecznej-${input.release}`,
    title: `Monitor Ekonomii Społecznej — release ${input.release}`,
    version: input.release,
    created: input.published,
    licenses: [{ name: 'CC-BY-4.0', title: 'Compilation: CC BY 4.0; each source keeps its own licence (see sources)' }],
    sources: Object.entries(input.sources).map(([id, s]) => ({ id, title: s.title.en, path: s.url, licence: s.licence })),
    resources,
  };
}
