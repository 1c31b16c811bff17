// Download files for scripts rather than browsers: one wide CSV per level (UTF-8 with
// BOM so Excel reads Polish letters), one long CSV per indicator (all levels), the
// indicator catalogue as CSV, the revisions list as CSV, and a Frictionless
// datapackage.json describing every download file with units, licences and sha256.
import type { Aggregation, Indicator } from '#core/catalogue.ts';
import { FLAG, formatFlags, valueStatus, VALUE_STATUSES, type Cell } from '#core/cells.ts';
import { neutraliseFormula, toCsv } from '#core/csv.ts';
import type { RegisterEntry } from '#core/data-types.ts';
import { downloadFiles, MEDIA_TYPE, type DownloadFile } from '#core/download-files.ts';
import { LEVELS, type Level } from '#core/territory.ts';
import { publishedValue, type BuildResult } from './build-release.ts';
import { ACCESS_KINDS, ACCESS_RADII } from '#features/access/access-kinds.ts';
import { AREA_TYPE_ORDER, AREA_TYPES, type AreaType } from '#features/areas/area-types.ts';
import type { ReleaseChanges } from './release-diff.ts';

export const BOM = '\uFEFF';

/** The columns that travel with one indicator's values: the value, its status word, its flags. */
export const valueColumns = (id: string) => [id, statusColumn(id), flagsColumn(id)];
export const statusColumn = (id: string) => `${id}_status`;
export const flagsColumn = (id: string) => `${id}_flags`;

/** The cells of valueColumns for one cell: the status says "demo" wherever a demo value travels. */
export const valueFieldsOf = (c: Cell | undefined, ind: Indicator): (string | number | null)[] => [
  publishedValue(c, ind),
  valueStatus(c),
  c ? formatFlags(c.flags) : '',
];

export interface SourceInfo {
  title: { pl: string; en: string };
  url?: string;
  licence: string;
  kind?: 'demo';
}

export interface LevelRow {
  code: string;
  name: string;
  year: number;
  /** One cell per indicator of the table, in `inds` order. */
  cells: (Cell | undefined)[];
}

/**
 * The rows of a level's wide table: one per territory and year, the indicators that
 * exist at that level in catalogue order. The CSV and the XLSX of a level both come
 * from here, so their columns cannot drift apart.
 */
export function levelTable(
  build: BuildResult,
  level: Level,
  catalogue: Indicator[],
  register: Map<string, { name: string }>,
): { inds: Indicator[]; header: string[]; rows: LevelRow[] } {
  const table = build.levels[level];
  const inds = catalogue.filter((i) => table.cells[i.id]);
  const header = ['teryt', 'name', 'year', ...inds.flatMap((i) => valueColumns(i.id))];
  const rows: LevelRow[] = [];
  table.codes.forEach((code, ti) => {
    const name = register.get(code)?.name ?? '';
    build.years.forEach((year, yi) => rows.push({ code, name, year, cells: inds.map((ind) => table.cells[ind.id][yi][ti]) }));
  });
  return { inds, header, rows };
}

/** One row per territory and year; per indicator a value column, a status column and a flag column. */
export function levelCsv(build: BuildResult, level: Level, catalogue: Indicator[], register: Map<string, RegisterEntry>): string {
  const { inds, header, rows } = levelTable(build, level, catalogue, register);
  return (
    BOM +
    toCsv(
      header,
      rows.map((r) => [r.code, r.name, r.year, ...r.cells.flatMap((c, k) => valueFieldsOf(c, inds[k]))]),
    )
  );
}

/** The columns of a per-indicator CSV: the level CSV's, with the level added, for all levels stacked. */
export const indicatorCsvHeader = (id: string) => ['teryt', 'name', 'level', 'year', ...valueColumns(id)];

/** One indicator at every level it exists at, long: one row per territory and year, country first. */
export function indicatorCsv(build: BuildResult, ind: Indicator, register: Map<string, { name: string }>): string {
  const rows: (string | number | null)[][] = [];
  for (const level of LEVELS) {
    const table = build.levels[level];
    const grid = table.cells[ind.id];
    if (!grid) continue;
    table.codes.forEach((code, ti) => {
      const name = register.get(code)?.name ?? '';
      build.years.forEach((year, yi) => {
        rows.push([code, name, level, year, ...valueFieldsOf(grid[yi][ti], ind)]);
      });
    });
  }
  return BOM + toCsv(indicatorCsvHeader(ind.id), rows);
}

/** The aggregation rule in words a script or a person can read, e.g. "ratio: SPS_KRS / POP × 10000". */
export function aggregationText(a: Aggregation): string {
  switch (a.rule) {
    case 'sum':
      return 'sum';
    case 'ratio':
      return `ratio: ${a.numerator} / ${a.denominator} × ${a.multiplier}`;
    case 'weighted-mean':
      return `weighted-mean: weight ${a.weight}`;
    case 'none':
      return 'none';
  }
}

export const INDICATORS_CSV_HEADER = [
  'id',
  'name_pl',
  'name_en',
  'unit',
  'decimals',
  'levels',
  'aggregation',
  'theme',
  'source_pl',
  'source_en',
  'source_url',
  'frequency',
  'definition_pl',
  'definition_en',
] as const;

/** The catalogue as a table, beside indicators.json; levels joined by "+" like flags. */
export function indicatorsCsv(catalogue: Indicator[]): string {
  const text = (s: string | undefined) => neutraliseFormula(s ?? '');
  return (
    BOM +
    toCsv(
      INDICATORS_CSV_HEADER,
      catalogue.map((i) => [
        i.id,
        text(i.name.pl),
        text(i.name.en),
        i.unit,
        i.decimals,
        LEVELS.filter((l) => i.levels.includes(l)).join('+'),
        aggregationText(i.aggregation),
        i.theme,
        text(i.source.name.pl),
        text(i.source.name.en),
        i.source.url ?? '',
        i.source.frequency,
        text(i.description.pl),
        text(i.description.en),
      ]),
    )
  );
}

/** A revision's two sides, each with its status, so a demo side is marked on its own. */
export const CHANGES_CSV_HEADER = ['teryt', 'level', 'indicator', 'year', 'old', 'old_status', 'new', 'new_status', 'demo'];

export function changesCsv(changes: ReleaseChanges): string {
  const show = (v: number | 'suppressed' | null) => (v === null ? '' : v);
  return (
    BOM +
    toCsv(
      CHANGES_CSV_HEADER,
      changes.revisions.map((r) => [
        r.code,
        r.level,
        r.indicator,
        r.year,
        show(r.old),
        r.oldStatus,
        show(r.new),
        r.newStatus,
        r.demo ? 'demo' : '',
      ]),
    )
  );
}

/** Source ids behind an indicator's values at each level (cells name several joined by "+"). */
export function sourcesUsed(build: BuildResult, ind: string, levels: readonly Level[] = LEVELS): string[] {
  const set = new Set<string>();
  for (const level of levels)
    for (const row of build.levels[level].cells[ind] ?? [])
      for (const c of row) for (const s of c?.source?.split('+') ?? []) if (s) set.add(s);
  return [...set].sort();
}

/** Per level: cells with a value or suppressed, and how many of them are demo or suppressed. */
export function indicatorCounts(
  build: BuildResult,
  ind: string,
): Partial<Record<Level, { present: number; demo: number; suppressed: number }>> {
  const out: Partial<Record<Level, { present: number; demo: number; suppressed: number }>> = {};
  for (const level of LEVELS) {
    const grid = build.levels[level].cells[ind];
    if (!grid) continue;
    const n = { present: 0, demo: 0, suppressed: 0 };
    for (const row of grid)
      for (const c of row) {
        if (!c) continue;
        n.present++;
        if (c.flags & FLAG.demo) n.demo++;
        if (c.flags & FLAG.suppressed) n.suppressed++;
      }
    out[level] = n;
  }
  return out;
}

interface Field {
  name: string;
  type: string;
  description?: string;
  unit?: string;
  constraints?: { enum?: string[]; required?: boolean };
}

interface DataResource {
  path: string;
  name: string;
  profile: string;
  title: string;
  description?: string;
  format: string;
  mediatype: string;
  encoding?: string;
  bytes: number;
  hash: string;
  schema?: Schema;
  sources?: { title: string; path?: string; licence: string }[];
  /** The files inside a zip resource (a custom property). */
  files?: { path: string; format: string; mediatype: string; encoding?: string; schema?: Schema }[];
}

interface Schema {
  fields: Field[];
  primaryKey?: string[];
}

/** The boundaries have no source id in data/sources.yaml (no value cites them); PROVENANCE.md has the details. */
export const BOUNDARIES_SOURCE = {
  title:
    'Boundaries: Państwowy Rejestr Granic (PRG, GUGiK), August 2025, via github.com/waszkiewiczja/GeoJSON-Polska-Wojewodztwa-Powiaty-Gminy and github.com/michalbutkiewicz0000/mapa_obwodow (simplified); details in data/sources/PROVENANCE.md',
  path: 'https://github.com/waszkiewiczja/GeoJSON-Polska-Wojewodztwa-Powiaty-Gminy',
  licence: 'public domain (PRG extract)',
};

const FLAGS_DESCRIPTION = `flags joined with "+": ${Object.keys(FLAG).join(', ')} (suppressed = statistical confidentiality: empty value, not zero)`;

const STATUS_DESCRIPTION =
  'status of the value beside it, one word: real, demo (demonstration data, not official statistics), estimate, provisional, confidential (statistical confidentiality: empty value, not zero) or missing';

const statusField = (name: string): Field => ({
  name,
  type: 'string',
  description: STATUS_DESCRIPTION,
  constraints: { enum: [...VALUE_STATUSES], required: true },
});

const valueFields = (inds: Indicator[]): Field[] =>
  inds.flatMap((i) => [
    { name: i.id, type: i.integer ? 'integer' : 'number', description: `${i.name.en} (${i.unit}; ${i.decimals} decimals)`, unit: i.unit },
    statusField(statusColumn(i.id)),
    { name: flagsColumn(i.id), type: 'string', description: FLAGS_DESCRIPTION },
  ]);

const KEY_FIELDS: Field[] = [
  { name: 'teryt', type: 'string', description: 'TERYT code as in the TERC register of 1 January 2026 ("PL" for the country)' },
  { name: 'name', type: 'string', description: 'territory name (TERC 2026)' },
];

export interface DataPackageInput {
  release: string;
  published: string;
  years: number[];
  catalogue: Indicator[];
  files: { path: string; bytes: number; sha256: string }[];
  sources: Record<string, SourceInfo>;
  /** Indicators with values at each level (the columns of that level's CSV and XLSX). */
  levelIndicators: Record<Level, Indicator[]>;
  /** Source ids behind each indicator's values, and behind each level's. */
  indicatorSources: Record<string, string[]>;
  levelSources: Record<Level, string[]>;
  /** Share of demo values per indicator and level (the manifest's demoShare). */
  demoShare: Record<string, Partial<Record<Level, number>>>;
  /** Indicators in each planning-area type's CSV; a type without an entry has no CSV described. */
  areaIndicators?: Partial<Record<AreaType, Indicator[]>>;
}

const DEFINITION_STATUS =
  'real: the division is an official or supplied definition; demo: a demonstration division (data/areas/<type>.demo.csv), not a real one';

/**
 * The Frictionless descriptor of every download file of a release (downloadFiles()),
 * with sha256 and bytes from the written files. Paths are relative to the descriptor, so
 * the copy under /data/latest/ stays valid. The site's own files (territory/, level/<level>/,
 * programmes/, entities/) are listed with checksums in manifest.json instead.
 */
export function dataPackage(input: DataPackageInput): object {
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const byId = new Map(input.catalogue.map((i) => [i.id, i]));
  const sourceList = (ids: string[]) =>
    ids
      .filter((id) => input.sources[id])
      .map((id) => ({
        title: input.sources[id].title.en,
        ...(input.sources[id].url && { path: input.sources[id].url }),
        licence: input.sources[id].licence,
      }));
  const describe = (
    f: DownloadFile,
  ): Omit<DataResource, 'path' | 'name' | 'profile' | 'format' | 'mediatype' | 'bytes' | 'hash'> | undefined => {
    const level = f.level;
    switch (f.group) {
      case 'level': {
        const inds = input.levelIndicators[level!];
        const schema = { fields: [...KEY_FIELDS, { name: 'year', type: 'year' }, ...valueFields(inds)], primaryKey: ['teryt', 'year'] };
        const sources = sourceList(input.levelSources[level!]);
        if (f.format === 'csv') return { title: `All indicators, ${level} level, wide (one row per territory and year)`, schema, sources };
        if (f.format === 'xlsx')
          return {
            title: `All indicators, ${level} level, Excel workbook`,
            description:
              'Sheet "Dane" holds the columns of the CSV (numbers as numbers with each indicator\'s decimals, the status word beside each value, flags as words; demonstration values have a light yellow fill); sheet "Metadane" holds the release, licence, sources, status and flag legend and indicator definitions.',
            schema,
            sources,
          };
        return {
          title: `All indicators, ${level} level, columnar JSON (values[indicator][year][territory], codes, years, flags as bitmasks: 1 demo, 2 suppressed, 4 estimate, 8 provisional, 16 aggregated)`,
          sources,
        };
      }
      case 'catalogue':
        if (f.format === 'json') return { title: 'Indicator catalogue (definitions, units, levels, aggregation rules, sources)' };
        return {
          title: 'Indicator catalogue as a table',
          schema: {
            fields: [
              { name: 'id', type: 'string' },
              { name: 'name_pl', type: 'string' },
              { name: 'name_en', type: 'string' },
              { name: 'unit', type: 'string' },
              { name: 'decimals', type: 'integer' },
              { name: 'levels', type: 'string', description: 'levels with values, joined with "+": country, voivodeship, powiat, gmina' },
              {
                name: 'aggregation',
                type: 'string',
                description:
                  'how a level is computed from the level below: sum; ratio: NUM / DEN × multiplier; weighted-mean: weight W; none',
              },
              { name: 'theme', type: 'string' },
              { name: 'source_pl', type: 'string' },
              { name: 'source_en', type: 'string' },
              { name: 'source_url', type: 'string' },
              { name: 'frequency', type: 'string' },
              { name: 'definition_pl', type: 'string' },
              { name: 'definition_en', type: 'string' },
            ],
            primaryKey: ['id'],
          },
        };
      case 'register':
        return { title: 'Territory register (TERC 2026): code, level, names, parents, population class' };
      case 'geo':
        return {
          title:
            f.format === 'topojson'
              ? `Boundaries, ${level} level, TopoJSON (quantized; object "${level}", feature id = TERYT code)`
              : `Boundaries, ${level} level, GeoJSON (RFC 7946, WGS 84, coordinates rounded to 4 decimals; feature id and property "teryt" = TERYT code)`,
          sources: [BOUNDARIES_SOURCE, ...sourceList(['teryt-terc-2026'])],
        };
      case 'changes':
        if (f.format === 'json')
          return { title: 'Changes since the previous release: revised values, new and retired indicators, territorial changes' };
        return {
          title: 'Values revised since the previous release',
          schema: {
            fields: [
              { name: 'teryt', type: 'string' },
              { name: 'level', type: 'string' },
              { name: 'indicator', type: 'string' },
              { name: 'year', type: 'year' },
              { name: 'old', type: 'string', description: 'previous value; "suppressed" for confidential, empty for missing' },
              statusField('old_status'),
              { name: 'new', type: 'string', description: 'value in this release; "suppressed" for confidential, empty for missing' },
              statusField('new_status'),
              { name: 'demo', type: 'string', description: '"demo" when either value is demonstration data' },
            ],
          },
        };
      case 'indicator': {
        const ind = byId.get(f.indicator!)!;
        const share = input.demoShare[ind.id] ?? {};
        return {
          title: `${ind.name.en} (${ind.id}): CSV of all levels, metadata JSON and README (pl/en)`,
          description:
            `${ind.description.en} Unit: ${ind.unit}. Aggregation: ${aggregationText(ind.aggregation)}. Demo share: ` +
            LEVELS.filter((l) => share[l] !== undefined)
              .map((l) => `${l} ${Math.round(share[l]! * 1000) / 10}%`)
              .join(', ') +
            '.',
          // The zip itself is not tabular: its CSV's schema sits with the list of its files.
          files: [
            { path: 'README.md', format: 'md', mediatype: 'text/markdown' },
            {
              path: `${ind.id}.csv`,
              format: 'csv',
              mediatype: 'text/csv',
              encoding: 'utf-8-sig',
              schema: {
                fields: [
                  ...KEY_FIELDS,
                  { name: 'level', type: 'string', constraints: { enum: [...LEVELS] } },
                  { name: 'year', type: 'year' },
                  ...valueFields([ind]),
                ],
                primaryKey: ['teryt', 'year'],
              },
            },
            { path: `${ind.id}.metadata.json`, format: 'json', mediatype: 'application/json' },
          ],
          sources: sourceList(input.indicatorSources[ind.id] ?? []),
        };
      }
      case 'areas': {
        if (f.format === 'json')
          return {
            title:
              'Planning areas (NUTS 2, NUTS 3, OWES service areas, LAG areas): every area with its member TERYT codes, its definition status and the definition file it was read from',
          };
        const type = f.areaType as AreaType;
        const inds = input.areaIndicators?.[type];
        if (!inds) return undefined;
        return {
          title: `Planning areas, ${AREA_TYPES[type].label}: all indicators aggregated from the members (${AREA_TYPES[type].memberLevel}s) by the catalogue's rules, wide (one row per area and year)`,
          schema: {
            fields: [
              { name: 'area_type', type: 'string', constraints: { enum: [...AREA_TYPE_ORDER] } },
              { name: 'area_id', type: 'string' },
              { name: 'area_name', type: 'string' },
              { name: 'definition_status', type: 'string', description: DEFINITION_STATUS, constraints: { enum: ['real', 'demo'] } },
              { name: 'year', type: 'year' },
              ...valueFields(inds),
            ],
            primaryKey: ['area_id', 'year'],
          },
        };
      }
      case 'access': {
        const status: Field = {
          name: 'status',
          type: 'string',
          description: 'demo when any unit measured to is demonstration data (the directory, or an OWES office placed for demonstration)',
          constraints: { enum: ['real', 'demo'] },
        };
        if (f.format === 'json')
          return {
            title:
              'White spots: gminas without a unit of each kind within each distance, their population per voivodeship and powiat, and the change since the previous release',
          };
        if (f.path.endsWith('owes-offices.csv'))
          return {
            title:
              "OWES offices the access indicators measured to: one per service area (supplied in data/areas/owes-offices.csv, or placed for demonstration in the area's most populous gmina)",
            schema: {
              fields: [
                { name: 'area_id', type: 'string', description: 'the OWES service area (download/areas-owes.csv)' },
                { name: 'office_name', type: 'string' },
                { name: 'lat', type: 'number', description: 'latitude, WGS 84' },
                { name: 'lon', type: 'number', description: 'longitude, WGS 84' },
                status,
              ],
            },
          };
        return {
          title:
            'Access to social economy and reintegration units, per gmina: straight-line distance to the nearest unit of each kind and the number of units within 10, 25 and 50 km (counted across voivodeship borders)',
          schema: {
            fields: [
              { name: 'teryt', type: 'string', description: 'gmina TERYT code' },
              { name: 'name', type: 'string' },
              { name: 'lat', type: 'number', description: "the gmina's reference point (the directory's anchor), latitude, WGS 84" },
              { name: 'lon', type: 'number', description: "the reference point's longitude, WGS 84" },
              ...ACCESS_KINDS.flatMap((k): Field[] => [
                {
                  name: `${k}_km`,
                  type: 'number',
                  description: `straight-line distance (km, haversine) to the nearest ${k} unit; empty when there is none`,
                },
                ...ACCESS_RADII.map((r): Field => ({
                  name: `${k}_within_${r}km`,
                  type: 'integer',
                  description: `${k} units within ${r} km`,
                })),
              ]),
              status,
            ],
            primaryKey: ['teryt'],
          },
        };
      }
      case 'package':
        return undefined;
    }
  };
  const resources: DataResource[] = [];
  for (const f of downloadFiles(
    input.catalogue.map((i) => i.id),
    AREA_TYPE_ORDER.filter((t) => input.areaIndicators?.[t]),
  )) {
    const written = byPath.get(f.path);
    const d = written && describe(f);
    if (!written || !d) continue;
    const r: DataResource = {
      path: f.path,
      name: f.path.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
      // Tabular only where a parser can read the file by its schema; the workbook and the
      // zip carry the schema as documentation of their data sheet and CSV.
      profile: f.format === 'csv' ? 'tabular-data-resource' : 'data-resource',
      title: d.title,
      ...(d.description && { description: d.description }),
      format: f.format,
      mediatype: MEDIA_TYPE[f.format],
      ...(f.format === 'csv' && { encoding: 'utf-8-sig' }),
      bytes: written.bytes,
      hash: `sha256:${written.sha256}`,
      ...(d.schema && { schema: d.schema }),
      ...(d.sources?.length && { sources: d.sources }),
      ...(d.files && { files: d.files }),
    };
    resources.push(r);
  }
  return {
    profile: 'data-package',
    name: `monitor-ekonomii-spolecznej-${input.release}`,
    title: `Monitor Ekonomii Społecznej — release ${input.release}`,
    description:
      `Social economy indicators for Poland's country, 16 voivodeships, 380 powiats and 2,479 gminas, ${input.years[0]}–${input.years.at(-1)}. ` +
      'Where no public figure exists the values are demonstration data (flag "demo"): generated, not official statistics. ' +
      "Every file of the release, including the site's own JSON, is listed with its sha256 in manifest.json.",
    version: input.release,
    created: input.published,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Compilation: CC BY 4.0; each source keeps its own licence (see sources); demonstration data: CC0',
      },
    ],
    sources: Object.entries(input.sources).map(([id, s]) => ({ id, title: s.title.en, ...(s.url && { path: s.url }), licence: s.licence })),
    resources,
  };
}
