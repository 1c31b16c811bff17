// Builds the programmes outside the pipeline, from an already built release:
//   node --experimental-strip-types --no-warnings scripts/pipeline/programmes/run.ts [release] [--write]
// Validates data/programmes/*.yaml, reads the series from public/data/<release>/territory/,
// prints each programme's indicators with their status, and with --write emits
// public/data/<release>/programmes/. Exit code 1 on any problem in the files.
import fs from 'node:fs';
import path from 'node:path';
import { allIndicators } from '#features/programme/programme.ts';
import type { Territory } from '#core/territory.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { listReleases, readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import { formatProblem } from '#scripts/pipeline/source-row.ts';
import { buildProgrammes, emitProgrammes, seriesFromTerritoryFiles } from './index.ts';

const args = process.argv.slice(2);
const write = args.includes('--write');
const release = args.find((a) => !a.startsWith('--')) ?? listReleases().at(-1)!;
const releaseDir = path.join('public/data', release);
if (!fs.existsSync(path.join(releaseDir, 'territory'))) {
  console.error(`${releaseDir}/territory not found: run \`npm run data\` first`);
  process.exit(1);
}
const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const catalogue = loadCatalogue();
const sources = new Set(Object.keys(readYaml('data/sources.yaml', sourcesSchema)));
const { programmes, problems } = buildProgrammes({
  dir: 'data/programmes',
  register,
  catalogue,
  series: seriesFromTerritoryFiles(releaseDir),
  sources,
  release,
});
if (problems.length) {
  console.error(`${problems.length} problem(s) in the programme files:`);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const fmt = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
for (const p of programmes) {
  const counts = Object.entries(p.statusCounts)
    .filter(([, n]) => n)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  console.log(`${p.id} (${p.territory.code}, ${p.period.from}–${p.period.to}${p.demo ? ', demo' : ''}): ${counts}`);
  for (const i of allIndicators(p)) {
    const g = i.progress;
    const latest = g.latest ? `${g.latest.value} in ${g.latest.year}` : 'no value';
    console.log(
      `   ${i.id.padEnd(14)} ${(i.catalogue ?? '-').padEnd(13)} ${g.status.padEnd(9)}${g.reason ? ` (${g.reason})` : ''}` +
        `  baseline ${i.baseline.value ?? '?'} (${i.baseline.year ?? '?'}) → goal ${g.goal ?? '?'} by ${i.target.year}; ${latest};` +
        ` share ${fmt(g.share)}, projected ${fmt(g.projectedShare)}${g.final ? ', final' : ''}${g.reachedEarlier ? `, reached ${g.reachedEarlier} then lost` : ''}`,
    );
  }
}
if (write) {
  const root = releaseDir;
  emitProgrammes(programmes, (rel, data) => {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, JSON.stringify(data));
  });
  console.log(`wrote ${programmes.length + 1} files to ${root}/programmes/`);
}
