// Data loader for the real figures: turns the raw files in data/sources/ into source
// tables (long format) in every release folder, and writes data/import-report.md
// listing what could not be mapped. Run by `npm run data` before the pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { toCsv } from '#core/csv.ts';
import type { Territory } from '#core/territory.ts';
import { mapCode, parseCodeHistoryCsv } from '#core/geo-register.ts';
import { bdlTargets, preferFirst, type BdlRow } from './bdl-combine.ts';
import { importBdlExport, importBdlSnapshots } from './bdl-import.ts';
import { SNAPSHOT_SOURCE } from './bdl-snapshot.ts';
import { importAdditionalFigures, importKpresAchieved, importStatsLong, type PublishedRow } from './published-figures.ts';
import { listReleases, readYaml, releaseSchema } from '#scripts/pipeline/read-release.ts';
import { SOURCE_HEADER } from '#scripts/pipeline/source-row.ts';
import { existedIn, firstYears, readCreatedGminas } from '#scripts/pipeline/created-gminas.ts';
import { importPopulation2020 } from './gus-population-2020.ts';
import { powiatRowsForAbolished } from './abolished-gminas.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';

const SRC = 'data/sources';
const read = (f: string) => fs.readFileSync(path.join(SRC, f), 'utf8');

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const history = parseCodeHistoryCsv(fs.readFileSync('data/geo/code-history.csv', 'utf8'));

// Indicators whose `bdl` block (indicators/*.yaml) says where their BDL figures live.
const targets = bdlTargets(loadCatalogue());
const toCurrent = (code: string) => mapCode(code, history, register);
const bdlFile = 'population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv';
const bdl = importBdlExport(read(bdlFile), bdlFile, 'gmina', targets, toCurrent);
const BDL_SNAPSHOTS = path.join(SRC, 'bdl');
const snapshots = importBdlSnapshots(BDL_SNAPSHOTS, targets, toCurrent);
const fromApi: SourceTableRow[] = snapshots.rows.map((r) => ({ ...r, source: SNAPSHOT_SOURCE }));
// Where a snapshot and the older export give the same figure, the snapshot (newer, with
// BDL's revisions) wins, so no territory gets two rows for one year.
const fromExport = preferFirst(fromApi, bdl.rows);
const population: SourceTableRow[] = fromExport.kept.map((r) => ({ ...r, source: 'gus-bdl-population' }));
// Units abolished without a single successor: their powiat carries their people for the years they existed.
const abolished = new Set(bdl.unmapped.map((u) => u.code));
const abolishedRows = importBdlExport(read(bdlFile), bdlFile, 'gmina', targets, (c) => (abolished.has(c) ? c : undefined)).rows;
const byPowiat = importBdlExport(read(bdlFile), bdlFile, 'gmina', targets, (c) => c.slice(0, 4)).rows;
const abolishedPowiats: SourceTableRow[] = powiatRowsForAbolished(abolishedRows, byPowiat).map((r) => ({
  ...r,
  source: 'gus-bdl-population',
}));

const pop2020File = 'population/gus_population_gmina_2020-12-31.csv';
const pop2020 = importPopulation2020(read(pop2020File), pop2020File, toCurrent);
// A gmina created later has no figures, not even its count, before it existed.
const created = readCreatedGminas(register);
const createdFrom = firstYears(created);

const published: PublishedRow[] = [
  ...importStatsLong(read('social_economy/social_economy_stats_long.csv'), 'social_economy_stats_long.csv'),
  ...importAdditionalFigures(read('social_economy/additional_published_figures.csv'), 'additional_published_figures.csv'),
  ...importKpresAchieved(read('programmes/kpres_2014_headline_indicators.csv'), 'kpres_2014_headline_indicators.csv'),
];

const gminas = register.filter((t) => t.level === 'gmina');

/** The report's section on data/sources/bdl/; absent while there are no snapshots. */
function bdlSnapshotReport(): string[] {
  if (!snapshots.files.length) return [];
  return [
    `## ${path.relative(SRC, BDL_SNAPSHOTS)}/ (BDL API snapshots)`,
    '',
    `- snapshots read: ${snapshots.files.length}`,
    `- rows written: ${snapshots.rows.length} (\`bdl-api.csv\` in each release folder, years inside the release)`,
    `- confidential values (flag suppressed): ${snapshots.rows.filter((r) => r.value === null).length}`,
    `- gmina parts and Warsaw districts (kinds 4, 5, 8) skipped because their gmina total is given: ${snapshots.subunitsSkipped}`,
    `- territories whose figures include older units (kind change or merger): ${snapshots.merged.size}`,
    `- units that could not be mapped to a current territory: ${snapshots.unmapped.length}`,
    ...snapshots.unmapped.map((u) => `  - ${u.file}: ${u.code} ${u.name}: ${u.reason}`),
    `- units with only some of an indicator's variables in a year (that year left out): ${snapshots.incomplete.length}`,
    ...snapshots.incomplete.map((e) => `  - ${e.code} ${e.year} ${e.indicator}`),
    `- values BDL gives without a figure: ${snapshots.noValue.length}`,
    ...snapshots.noValue.map((n) => `  - ${n.file}: ${n.unit} ${n.name} ${n.year}: ${n.why}`),
    '',
  ];
}

/** A row of a source table; BDL rows may be confidential (no value, flag `suppressed`). */
type SourceTableRow = PublishedRow | (BdlRow & { source: string });

function population2020Report(): string[] {
  const have = new Set(pop2020.rows.map((r) => r.code));
  const without = gminas.filter((g) => !have.has(g.code));
  const mapped = pop2020.rows.reduce((s, r) => s + r.value, 0);
  return [
    `## ${pop2020File}`,
    '',
    `- rows written: ${pop2020.rows.length} (\`population-gus-2020.csv\` in each release folder that covers 2020); total ${mapped} of the file's ${pop2020.fileTotal}`,
    `- 2020 codes read under today's code (kind change since): ${pop2020.recoded.size}`,
    `- units that could not be mapped to a current gmina: ${pop2020.unmapped.length}`,
    ...pop2020.unmapped.map((u) => `  - ${u.code} ${u.name}: ${u.reason}`),
    `- current gminas with no 2020 figure: ${without.length}`,
    ...without.map((g) => {
      const c = created.find((x) => x.code === g.code);
      return `  - ${g.code} ${g.name}${c ? `: created on ${c.createdOn} out of ${c.carvedFrom}, whose figure includes it` : ''}`;
    }),
    '',
  ];
}

function table(rows: SourceTableRow[]): string {
  const sorted = [...rows].sort((a, b) => a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code) || a.year - b.year);
  return toCsv(
    SOURCE_HEADER,
    sorted.map((r) => [r.code, r.year, r.indicator, r.value, r.unit, 'flags' in r ? r.flags.join('+') : '', r.source]),
  );
}

for (const id of listReleases()) {
  const dir = path.join('data/releases', id);
  const info = readYaml(path.join(dir, 'release.yaml'), releaseSchema);
  const inRelease = (r: { year: number }) => r.year >= info.years.from && r.year <= info.years.to;
  const counts: PublishedRow[] = [];
  for (let y = info.years.from; y <= info.years.to; y++)
    for (const g of gminas)
      if (existedIn(createdFrom, g.code, y))
        counts.push({ code: g.code, year: y, indicator: 'GMINA_COUNT', value: 1, unit: 'count', source: 'teryt-terc-2026' });
  fs.writeFileSync(path.join(dir, 'population-bdl.csv'), table(population.filter(inRelease)));
  fs.writeFileSync(path.join(dir, 'published-figures.csv'), table(published.filter(inRelease)));
  fs.writeFileSync(path.join(dir, 'gmina-count.csv'), table(counts));
  fs.writeFileSync(path.join(dir, 'population-gus-2020.csv'), table(pop2020.rows.filter(inRelease)));
  fs.writeFileSync(path.join(dir, 'population-bdl-powiat.csv'), table(abolishedPowiats.filter(inRelease)));
  // Written only while there are snapshots, so a release without any keeps its tables as they are.
  const apiTable = path.join(dir, 'bdl-api.csv');
  const apiRows = fromApi.filter(inRelease);
  if (apiRows.length) fs.writeFileSync(apiTable, table(apiRows));
  else fs.rmSync(apiTable, { force: true });
}

const withoutPop = gminas.filter((g) => !bdl.rows.some((r) => r.code === g.code)).map((g) => `${g.code} ${g.name}`);
const report = [
  '# Import report',
  '',
  'Written by `scripts/import/run.ts`; lists everything from `data/sources/` that did not map onto the current register.',
  '',
  `## ${bdlFile}`,
  '',
  `- rows of gmina parts and Warsaw districts (RODZ 4, 5, 8) skipped because their gmina total is in the file: ${bdl.subunitsSkipped}`,
  `- gminas whose figures include older units (kind change or merger): ${bdl.merged.size}`,
  `- units with some age groups missing in a year (that year left out): ${bdl.incomplete.length}`,
  ...bdl.incomplete.map((e) => `  - ${e.code} ${e.year} ${e.indicator}`),
  `- units that could not be mapped to a current gmina: ${bdl.unmapped.length}`,
  ...bdl.unmapped.map((u) => `  - ${u.code} ${u.name}: ${u.reason}`),
  `- powiat totals written for the years such a unit existed (\`population-bdl-powiat.csv\`; the powiat's figure wins over the sum of today's gminas): ${abolishedPowiats.length}`,
  `- current gminas with no population figure at all (new since 2019): ${withoutPop.length}`,
  ...withoutPop.map((g) => `  - ${g}`),
  ...(fromExport.replaced ? [`- figures replaced by a BDL API snapshot's: ${fromExport.replaced}`] : []),
  '',
  ...population2020Report(),
  ...bdlSnapshotReport(),
].join('\n');
fs.writeFileSync('data/import-report.md', report);
console.log(report);
