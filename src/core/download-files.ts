// The download files of a release, in one list shared by the pipeline (which writes and
// describes them in datapackage.json), the /dane/ page (which lists them) and the tests.
// Paths are relative to the release folder /data/<release>/, whose copy /data/latest/
// holds the latest release byte for byte.
import { flagNames, type FlagName, type ValueStatus } from './cells.ts';
import type { Lang } from './format.ts';
import { LEVELS, type Level } from './territory.ts';
import { DATA_FILE } from './urls.ts';
import { dataFiles as pl } from '#i18n/pl/dataFiles.ts';
import { dataFiles as en } from '#i18n/en/dataFiles.ts';

/** One dataFiles string in both languages: the files carry them side by side. */
const both = (key: keyof typeof pl): Record<Lang, string> => ({ pl: pl[key], en: en[key] });

export const PORTAL_NAME = both('portalName');

/** The site's public origin (citations inside the files). */
export { SITE_URL } from './site-url.ts';

export type DownloadFormat = 'csv' | 'xlsx' | 'json' | 'topojson' | 'geojson' | 'zip';
export type DownloadGroup = 'level' | 'catalogue' | 'register' | 'geo' | 'changes' | 'areas' | 'access' | 'package' | 'indicator';

export interface DownloadFile {
  path: string;
  group: DownloadGroup;
  format: DownloadFormat;
  level?: Level;
  indicator?: string;
  /** Planning-area files: the type (nuts2, nuts3, owes, lgd). */
  areaType?: string;
}

export const MEDIA_TYPE: Record<DownloadFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  topojson: 'application/json',
  geojson: 'application/geo+json',
  zip: 'application/zip',
};

export const FORMAT_LABEL: Record<DownloadFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  topojson: 'TopoJSON',
  geojson: 'GeoJSON',
  zip: 'ZIP',
};

export const levelCsvPath = (level: Level) => `download/${level}.csv`;
export const levelXlsxPath = (level: Level) => `download/${level}.xlsx`;
export const levelJsonPath = (level: Level) => `level/${level}.json`;
export const topoPath = (level: Level) => `geo/${level}.topo.json`;
export const geoJsonPath = (level: Level) => `geo/${level}.geojson`;
export const indicatorZipPath = (id: string) => `indicator/${id}.zip`;

/**
 * Every download file a release may have, in the order the page lists them. Which of them
 * exist is the manifest's business (a first release has no changes.*, an older one may
 * have no planning areas or access files). `areaTypes`: the planning-area types, in their
 * order (src/features/areas/area-types.ts), each with a wide CSV.
 */
export function downloadFiles(indicatorIds: readonly string[], areaTypes: readonly string[] = []): DownloadFile[] {
  return [
    ...LEVELS.flatMap((level): DownloadFile[] => [
      { path: DATA_FILE.levelCsv(level), group: 'level', format: 'csv', level },
      { path: DATA_FILE.levelXlsx(level), group: 'level', format: 'xlsx', level },
      { path: DATA_FILE.level(level), group: 'level', format: 'json', level },
    ]),
    { path: 'indicators.csv', group: 'catalogue', format: 'csv' },
    { path: 'indicators.json', group: 'catalogue', format: 'json' },
    { path: 'territories.json', group: 'register', format: 'json' },
    ...LEVELS.flatMap((level): DownloadFile[] => [
      { path: DATA_FILE.topology(level), group: 'geo', format: 'topojson', level },
      { path: DATA_FILE.geoJson(level), group: 'geo', format: 'geojson', level },
    ]),
    { path: 'changes.csv', group: 'changes', format: 'csv' },
    { path: 'changes.json', group: 'changes', format: 'json' },
    ...areaTypes.map((type): DownloadFile => ({ path: DATA_FILE.areaCsv(type), group: 'areas', format: 'csv', areaType: type })),
    { path: DATA_FILE.areasIndex, group: 'areas', format: 'json' },
    { path: DATA_FILE.accessCsv, group: 'access', format: 'csv' },
    { path: DATA_FILE.accessOwesOffices, group: 'access', format: 'csv' },
    { path: DATA_FILE.accessWhiteSpots, group: 'access', format: 'json' },
    { path: 'datapackage.json', group: 'package', format: 'json' },
    { path: 'manifest.json', group: 'package', format: 'json' },
    ...indicatorIds.map((id): DownloadFile => ({ path: DATA_FILE.indicatorZip(id), group: 'indicator', format: 'zip', indicator: id })),
  ];
}

/** The folder of the offline archives in the built site. */
export const ARCHIVE_DIR = 'archiwum';
/** An offline archive's name (its zip and its top folder), e.g. "monitor-es-2024". */
export const archiveName = (release: string) => `monitor-es-${release}`;
/** The offline archive of a release (built by `npm run archive`, not by the pipeline). */
export const archivePath = (release: string) => `/${ARCHIVE_DIR}/${archiveName(release)}.zip`;

/** What each flag means, for metadata sheets and READMEs. */
export const FLAG_LEGEND: Record<FlagName, Record<Lang, string>> = {
  demo: both('flag-demo'),
  suppressed: both('flag-suppressed'),
  estimate: both('flag-estimate'),
  provisional: both('flag-provisional'),
  aggregated: both('flag-aggregated'),
};

/** What each status word (the <ID>_status columns, from valueStatus) means. */
export const STATUS_LEGEND: Record<ValueStatus, Record<Lang, string>> = {
  real: both('status-real'),
  demo: both('status-demo'),
  estimate: both('status-estimate'),
  provisional: both('status-provisional'),
  confidential: both('status-confidential'),
  missing: both('status-missing'),
};

/** How a wide file marks each value: the status column beside it, then the flags column. */
export const STATUS_CONVENTION = both('statusConvention');

/** How the level workbooks mark demonstration data besides the status column. */
export const XLSX_DEMO_STYLE = both('xlsxDemoStyle');

/** Flags as words, e.g. "demo, aggregated" (the CSVs use the same names joined by "+"). */
export function flagWords(flags: number): string {
  return flagNames(flags).join(', ');
}

/** Zips carry the release's publication day as their entries' date. */
export { zipDate } from './zip.ts';

export const LICENCE_TEXT = both('licence');

export const DEMO_NOTICE = both('demoNotice');
