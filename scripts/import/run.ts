// Data loader for the real figures: turns the raw files in data/sources/ into source
// tables (long format) in every release folder, and writes data/import-report.md
// listing what could not be mapped. Run by `npm run data` before the pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { toCsv } from '#core/csv.ts';
import type { Territory } from '#core/territory.ts';
import { mapCode, parseCodeHistoryCsv } from '#core/geo-register.ts';
import { importBdlPopulation } from './bdl-population.ts';
import { importAdditionalFigures, importKpresAchieved, importStatsLong, type PublishedRow } from './published-figures.ts';
import { listReleases, readYaml, releaseSchema } from '#scripts/pipeline/read-release.ts';
import { SOURCE_HEADER } from '#scripts/pipeline/source-row.ts';

const SRC = 'data/sources';
const read = (f: string) => fs.readFileSync(path.join(SRC, f), 'utf8');

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const history = parseCodeHistoryCsv(fs.readFileSync('data/geo/code-history.csv', 'utf8'));

const bdlFile = 'population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv';
const bdl = importBdlPopulation(read(bdlFile), (code) => mapCode(code, history, register));
const population: PublishedRow[] = bdl.rows.map((r) => ({ ...r, unit: 'persons', source: 'gus-bdl-population' }));

const published: PublishedRow[] = [
  ...importStatsLong(read('social_economy/social_economy_stats_long.csv'), 'social_economy_stats_long.csv'),
  ...importAdditionalFigures(read('social_economy/additional_published_figures.csv'), 'additional_published_figures.csv'),
  ...importKpresAchieved(read('programmes/kpres_2014_headline_indicators.csv'), 'kpres_2014_headline_indicators.csv'),
];

const gminas = register.filter((t) => t.level === 'gmina');

function table(rows: PublishedRow[]): string {
  const sorted = [...rows].sort((a, b) => a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code) || a.year - b.year);
  return toCsv(
    SOURCE_HEADER,
    sorted.map((r) => [r.code, r.year, r.indicator, r.value, r.unit, '', r.source]),
  );
}

for (const id of listReleases()) {
  const dir = path.join('data/releases', id);
  const info = readYaml(path.join(dir, 'release.yaml'), releaseSchema);
  const inRelease = (r: { year: number }) => r.year >= info.years.from && r.year <= info.years.to;
  const counts: PublishedRow[] = [];
  for (let y = info.years.from; y <= info.years.to; y++)
    for (const g of gminas)
      counts.push({ code: g.code, year: y, indicator: 'GMINA_COUNT', value: 1, unit: 'count', source: 'teryt-terc-2026' });
  fs.writeFileSync(path.join(dir, 'population-bdl.csv'), table(population.filter(inRelease)));
  fs.writeFileSync(path.join(dir, 'published-figures.csv'), table(published.filter(inRelease)));
  fs.writeFileSync(path.join(dir, 'gmina-count.csv'), table(counts));
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
  `- units with some age groups missing in a year (that year left out): ${bdl.emptyCells.length}`,
  ...bdl.emptyCells.map((e) => `  - ${e.code} ${e.year}`),
  `- units that could not be mapped to a current gmina: ${bdl.unmapped.length}`,
  ...bdl.unmapped.map((u) => `  - ${u.code} ${u.name}: ${u.reason}`),
  `- current gminas with no population figure at all (new since 2019): ${withoutPop.length}`,
  ...withoutPop.map((g) => `  - ${g}`),
  '',
].join('\n');
fs.writeFileSync('data/import-report.md', report);
console.log(report);
