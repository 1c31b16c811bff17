// Builds the entity directory without the pipeline, from an already emitted release:
//
//   npx node --experimental-strip-types --no-warnings scripts/pipeline/entities/run.ts [release] [--out DIR]
//
// reads the gmina counts from public/data/<release>/level/gmina/<IND>.json (run `npm run data`
// first), and writes DIR/entities/ (default public/data/<release>/). Prints one line per problem
// and exits 1 when the input is bad, like the pipeline.
import fs from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Territory } from '#core/territory.ts';
import { listReleases, readYaml, releaseSchema } from '#scripts/pipeline/read-release.ts';
import { formatProblem } from '#scripts/pipeline/source-row.ts';
import { buildEntities, countsFromLevelFiles, emitEntities } from './index.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outDir = outFlag >= 0 ? args[outFlag + 1] : undefined;
const release = args.find((a, i) => !a.startsWith('--') && (outFlag < 0 || i !== outFlag + 1)) ?? listReleases().at(-1)!;
const info = readYaml(path.join('data/releases', release, 'release.yaml'), releaseSchema);
const releaseDir = path.join('public/data', release);
if (!fs.existsSync(path.join(releaseDir, 'level', 'gmina'))) {
  console.error(`${releaseDir}/level/gmina/ is missing: run npm run data first`);
  process.exit(1);
}
const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const topology: Topology = JSON.parse(fs.readFileSync('data/geo/gmina.topo.json', 'utf8'));
const year = info.years.to;
const started = performance.now();
const built = buildEntities({
  register,
  gminaCounts: countsFromLevelFiles(releaseDir, year),
  year,
  seed: info.demoSeed,
  topology,
  entitiesDir: 'data/entities',
});
if (built.problems.length) {
  console.error(`${built.problems.length} problem(s) in the entity data:\n${built.problems.slice(0, 50).map(formatProblem).join('\n')}`);
  process.exit(1);
}
const root = outDir ?? releaseDir;
fs.rmSync(path.join(root, 'entities'), { recursive: true, force: true });
const sizes = new Map<string, number>();
let files = 0;
emitEntities(
  built,
  (rel, data) => {
    const text = JSON.stringify(data);
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    files++;
    const key = /^entities\/(index|offer-text|by-territory|checks)\.json$/.test(rel) ? rel : 'entities/<id>.json';
    sizes.set(key, (sizes.get(key) ?? 0) + Buffer.byteLength(text));
  },
  { release, register },
);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `release ${release}, ${built.mode} directory as of ${year}-12-31: ${built.entities.length} entities, ${files} files in ${root}/entities/ ` +
    `(${[...sizes].map(([k, v]) => `${k} ${kb(v)}`).join(', ')}); ${built.countCheck.length} count differences; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
