// `npm run data`: the data pipeline. For every release in data/releases/ it reads and
// validates the source tables, adds the demonstration data where no real figure
// exists, aggregates up the territorial levels and writes public/data/<release>/.
// Any bad input stops it with a list of file:line problems (exit code 1) and leaves the
// previous output as it was: everything is written aside and swapped in at the end.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Topology } from 'topojson-specification';
import type { Indicator } from '#core/catalogue.ts';
import type { Manifest, RegisterEntry } from '#core/data-types.ts';
import { LEVELS, type Level, type Territory } from '#core/territory.ts';
import { generateDemo } from './demo/generate-demo.ts';
import { existedIn, firstYears, readCreatedGminas } from './created-gminas.ts';
import { buildRelease, mergeRealAndDemo, type BuildResult } from './build-release.ts';
import {
  buildLevelFile,
  buildRegisterEntries,
  buildTerritoryFile,
  computeRanks,
  demoShare,
  latestPopulation,
  similarTerritories,
} from './emit.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { nameFiles } from './names.ts';
import { listReleases, readRelease, readYaml, sourcesSchema } from './read-release.ts';
import { InputError } from './source-row.ts';
import {
  changesCsv,
  dataPackage,
  indicatorCounts,
  indicatorCsv,
  indicatorsCsv,
  levelCsv,
  sourcesUsed,
  type SourceInfo,
} from './downloads.ts';
import { topoToGeoJson } from './download-geo.ts';
import { overviewFiles } from './map-topology.ts';
import { indicatorZip } from './download-indicator.ts';
import { levelWorkbook } from './download-xlsx.ts';
import { diffReleases } from './release-diff.ts';
import { parseCodeHistoryCsv } from '#core/geo-register.ts';
import { buildProgrammes, emitProgrammes, seriesFromBuild } from './programmes/index.ts';
import { buildEntities, buildIndex, countsFromSeries, emitEntities } from './entities/index.ts';
import { gminaPlacer } from './entities/place.ts';
import { accessCsv, addAccessCells, buildAccess, referencePoint, whiteSpotsFile, type AccessResult } from './access/index.ts';
import { loadOwesOffices, owesOfficesCsv } from './access/owes-offices.ts';
import { excessProblem, TooManyDemoEntities } from './entities/demo.ts';
import { replaceDirAtomically } from './atomic-dir.ts';
import { addAreaMemberships, emitAreas, readAreaDefinitions } from './areas/index.ts';
import { DATA_FILE, LATEST } from '#core/urls.ts';
import { maxOf } from '#core/arrays.ts';
import { computeCoverage } from '#core/coverage.ts';
import { encodeBuilderRegister } from '#features/builder/builder-register.ts';

export interface ReleaseStats {
  release: string;
  rowsReal: number;
  rowsDemo: number;
  demoReplaced: number;
  cellsOut: number;
  files: number;
  bytes: number;
  territoryBytes: number[];
  checks: number;
  seconds: number;
  /** Time of the access indicators (reference points, distances, counts) of the release. */
  accessSeconds?: number;
}

const OUT = 'public/data';

function writer(root: string) {
  const files: Manifest['files'] = [];
  const writeBytes = (rel: string, data: string | Uint8Array) => {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, data);
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    files.push({ path: rel, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length, sha256 });
  };
  const writeText = (rel: string, text: string) => writeBytes(rel, text);
  // Plain closures, not methods: emitters receive `write` on its own.
  const write = (rel: string, data: unknown) => writeText(rel, JSON.stringify(data));
  return { files, write, writeText, writeBytes };
}

function countCells(build: BuildResult): number {
  let n = 0;
  for (const l of LEVELS) for (const grid of Object.values(build.levels[l].cells)) for (const row of grid) for (const c of row) if (c) n++;
  return n;
}

export interface BuiltRelease {
  id: string;
  build: BuildResult;
  /** The access table, for the next release's white-spots change. */
  access?: AccessResult;
}

/** Boundaries every release ships in its geo/ folder: the TopoJSON as read and the GeoJSON made from it. */
export type GeoFiles = Record<Level, { topo: Buffer; geojson: string }>;

/**
 * zlib's default level. Measured on release 2024: level 9 makes the workbooks 0.7% and the
 * indicator zips 2.6% smaller but costs ~3 s more per release (the gmina sheet is 57 MB of XML).
 */
const deflate = (d: Uint8Array) => zlib.deflateRawSync(d, { level: 6 });

export function geoFiles(register: Territory[], dir = 'data/geo'): GeoFiles {
  const names = new Map(register.map((t) => [t.code, t.name]));
  return Object.fromEntries(
    LEVELS.map((level) => {
      const topo = fs.readFileSync(path.join(dir, `${level}.topo.json`));
      const topology = JSON.parse(topo.toString('utf8')) as Topology;
      return [level, { topo, geojson: JSON.stringify(topoToGeoJson(topology, level, names)) }];
    }),
  ) as GeoFiles;
}

export function runRelease(
  id: string,
  register: Territory[],
  catalogue: Indicator[],
  outDir = OUT,
  previous?: BuiltRelease,
  geo: GeoFiles = geoFiles(register),
): ReleaseStats & { built: BuiltRelease } {
  const started = performance.now();
  const sources = readYaml('data/sources.yaml', sourcesSchema);
  const territories = new Map(register.map((t) => [t.code, t]));
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const { info, rows: real } = readRelease(path.join('data/releases', id), {
    territories,
    catalogue: byId,
    sources: new Set(Object.keys(sources)),
  });
  const years: number[] = [];
  for (let y = info.years.from; y <= info.years.to; y++) years.push(y);
  const created = readCreatedGminas(register);
  const demo = generateDemo({ register, catalogue, real, years, seed: info.demoSeed, created });
  const merged = mergeRealAndDemo(real, demo);
  const build: BuildResult = { ...buildRelease(register, catalogue, merged.rows, years, created), demoReplaced: merged.demoReplaced };

  // Programmes are validated before the old output is deleted, so a bad file leaves it intact.
  const programmes = buildProgrammes({
    dir: 'data/programmes',
    register,
    catalogue,
    series: seriesFromBuild(build, catalogue),
    sources: new Set(Object.keys(sources)),
    release: id,
  });
  if (programmes.problems.length) throw new InputError(programmes.problems);
  // The demo directory is generated from the latest year's gmina counts, so both agree.
  const latestYear = years.at(-1)!;
  let entities: ReturnType<typeof buildEntities>;
  const gminaTopology: Topology = JSON.parse(fs.readFileSync('data/geo/gmina.topo.json', 'utf8'));
  try {
    entities = buildEntities({
      register,
      gminaCounts: countsFromSeries(seriesFromBuild(build, catalogue), latestYear),
      year: latestYear,
      seed: info.demoSeed,
      topology: gminaTopology,
      entitiesDir: 'data/entities',
    });
  } catch (e) {
    if (e instanceof TooManyDemoEntities) throw new InputError([excessProblem(e.excess, real, latestYear, path.join('data/releases', id))]);
    throw e;
  }
  if (entities.problems.length) throw new InputError(entities.problems);
  // Planning areas (NUTS, OWES, LAG): definitions are validated before the old output is deleted.
  const areaDefinitions = readAreaDefinitions(register);
  // Access to the directory's units (scripts/pipeline/access/): ACC_* cells of the latest year.
  const accessStarted = performance.now();
  const placer = gminaPlacer(gminaTopology, info.demoSeed);
  // Gminas that existed on 31 December of the year (one created later is part of another then).
  const accessGminas = build.levels.gmina.codes.filter((c) => placer.has(c) && existedIn(firstYears(build.created ?? []), c, latestYear));
  const gminaRow = new Map(build.levels.gmina.codes.map((c, i) => [c, i]));
  const latestPop = build.levels.gmina.cells.POP?.[build.years.indexOf(latestYear)];
  const access = buildAccess({
    index: buildIndex(entities, id),
    offices: loadOwesOffices({
      areas: areaDefinitions.byType.owes,
      gminaCodes: accessGminas,
      population: (code) => latestPop?.[gminaRow.get(code) ?? -1]?.value ?? null,
      point: (code) => referencePoint(placer.anchor(code)),
    }),
    gminaCodes: accessGminas,
    anchor: placer.anchor,
  });
  addAccessCells(build, access, catalogue, register);
  const accessSeconds = (performance.now() - accessStarted) / 1000;

  const root = path.join(outDir, id);
  fs.rmSync(root, { recursive: true, force: true });
  const out = writer(root);
  const pop = byId.get('POP')!;
  const entries = buildRegisterEntries(register, build, pop);
  addAreaMemberships(entries, areaDefinitions);
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const childrenOf = new Map<string, RegisterEntry[]>();
  for (const e of entries) {
    const p = e.parents.at(-1);
    if (p) childrenOf.set(p, [...(childrenOf.get(p) ?? []), e]);
  }
  const ranks = computeRanks(build, register, catalogue);
  const similar = similarTerritories(entries, latestPopulation(build, pop));
  const territoryBytes: number[] = [];
  for (const e of entries) {
    out.write(DATA_FILE.territory(e.code), buildTerritoryFile(e, { release: id, build, catalogue, byCode, childrenOf, ranks, similar }));
    territoryBytes.push(out.files.at(-1)!.bytes);
  }
  for (const level of LEVELS) {
    out.write(DATA_FILE.level(level), buildLevelFile(id, build, level, catalogue));
    for (const ind of catalogue)
      if (ind.levels.includes(level)) out.write(DATA_FILE.levelIndicator(level, ind.id), buildLevelFile(id, build, level, [ind]));
  }
  out.write(DATA_FILE.indicators, catalogue);
  out.writeText(DATA_FILE.indicatorsCsv, indicatorsCsv(catalogue));
  out.write(DATA_FILE.territories, entries);
  out.write(DATA_FILE.builderRegister, encodeBuilderRegister(entries));
  for (const [rel, data] of nameFiles(entries)) out.write(rel, data);
  out.write(DATA_FILE.checks, build.checks);
  out.write(DATA_FILE.coverage, computeCoverage(id, build, catalogue));
  const shares = demoShare(build);
  const sourcesOf = (ids: string[]) => Object.fromEntries(ids.filter((s) => sources[s]).map((s) => [s, sources[s] as SourceInfo]));
  const levelSources = Object.fromEntries(
    LEVELS.map((l) => [l, [...new Set(catalogue.flatMap((i) => sourcesUsed(build, i.id, [l])))].sort()]),
  ) as Record<Level, string[]>;
  for (const level of LEVELS) {
    out.writeText(DATA_FILE.levelCsv(level), levelCsv(build, level, catalogue, byCode));
    out.writeBytes(
      DATA_FILE.levelXlsx(level),
      levelWorkbook({
        release: id,
        published: info.published,
        level,
        build,
        catalogue,
        register: byCode,
        sources: sourcesOf(levelSources[level]),
        demoShare: shares,
        deflate,
      }),
    );
  }
  for (const level of LEVELS) {
    out.writeBytes(DATA_FILE.topology(level), geo[level].topo);
    out.writeText(DATA_FILE.geoJson(level), geo[level].geojson);
  }
  let territorialChanges: number | undefined;
  if (previous) {
    const history = parseCodeHistoryCsv(fs.readFileSync('data/geo/code-history.csv', 'utf8'));
    const changes = diffReleases({ release: id, previous: previous.id }, previous.build, build, catalogue, history, {
      from: `${previous.build.years.at(-1)}-12-31`,
      to: '9999',
    });
    territorialChanges = changes.territorialChanges.length;
    out.write('changes.json', changes);
    out.writeText('changes.csv', changesCsv(changes));
  }
  const indicatorSources: Record<string, string[]> = {};
  for (const ind of catalogue) {
    indicatorSources[ind.id] = sourcesUsed(build, ind.id);
    out.writeBytes(
      DATA_FILE.indicatorZip(ind.id),
      indicatorZip(
        {
          release: id,
          published: info.published,
          years,
          indicator: ind,
          csv: indicatorCsv(build, ind, byCode),
          sources: sourcesOf(indicatorSources[ind.id]),
          counts: indicatorCounts(build, ind.id),
          territorialChanges,
        },
        deflate,
      ),
    );
  }
  emitProgrammes(programmes.programmes, out.write);
  emitEntities(entities, out.write, { release: id, register });
  const memberTopologies = { powiat: JSON.parse(geo.powiat.topo.toString('utf8')) as Topology, gmina: gminaTopology };
  const areaIndicators = emitAreas(
    areaDefinitions,
    { release: id, build, catalogue, register, topologies: memberTopologies },
    out.write,
    out.writeText,
  );
  out.write(
    DATA_FILE.accessWhiteSpots,
    whiteSpotsFile(id, access, { build, register, previous: previous?.access && { release: previous.id, access: previous.access } }),
  );
  out.writeText(DATA_FILE.accessCsv, accessCsv(access, new Map(register.map((t) => [t.code, t.name]))));
  out.writeText(DATA_FILE.accessOwesOffices, owesOfficesCsv(access.offices));
  // Last of the described files: the descriptor lists what was written, with checksums.
  out.write(
    'datapackage.json',
    dataPackage({
      release: id,
      published: info.published,
      years,
      catalogue,
      files: out.files,
      sources,
      levelIndicators: Object.fromEntries(LEVELS.map((l) => [l, catalogue.filter((i) => build.levels[l].cells[i.id])])) as Record<
        Level,
        Indicator[]
      >,
      indicatorSources,
      levelSources,
      demoShare: shares,
      areaIndicators,
    }),
  );
  const manifest: Manifest = {
    release: id,
    published: info.published,
    years,
    notes: info.notes,
    sources,
    demoShare: shares,
    files: [...out.files].sort((a, b) => a.path.localeCompare(b.path)),
  };
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest));
  const bytes = out.files.reduce((s, f) => s + f.bytes, 0);
  return {
    release: id,
    rowsReal: real.length,
    rowsDemo: demo.length,
    demoReplaced: build.demoReplaced,
    cellsOut: countCells(build),
    files: out.files.length + 1,
    bytes,
    territoryBytes,
    checks: build.checks.length,
    seconds: (performance.now() - started) / 1000,
    accessSeconds,
    built: { id, build, access },
  };
}

/**
 * /data/latest/: a byte-for-byte copy of the latest release's folder, so scripts can use one
 * URL across releases. Paths inside (datapackage.json, manifest.json) are relative, so the
 * copy is valid as it is; hosts that deduplicate by content (Netlify) store it once.
 */
export function copyLatest(outDir: string, latest: string): void {
  const target = path.join(outDir, LATEST);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(outDir, latest), target, { recursive: true });
}

export interface PipelineOptions {
  /** Called after each release is written (into the temporary folder), e.g. to print progress. */
  onRelease?: (stats: ReleaseStats) => void;
}

/**
 * Every release, releases.json, geo/ and latest/ into `outDir`, all or nothing: the output
 * is written into a temporary sibling and swapped in only when every release succeeded
 * (scripts/pipeline/atomic-dir.ts), so bad input or an interrupted run leaves the previous
 * output whole instead of one release new and the next one old or half-written.
 */
export function runPipeline(outDir = OUT, options: PipelineOptions = {}): ReleaseStats[] {
  const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
  const catalogue = loadCatalogue();
  const releases = listReleases();
  if (releases.includes(LATEST)) throw new Error(`data/releases/${LATEST} would clash with the /data/${LATEST}/ alias`);
  const geo = geoFiles(register);
  return replaceDirAtomically(outDir, (dir) => {
    const stats: ReleaseStats[] = [];
    let previous: BuiltRelease | undefined;
    for (const id of releases) {
      const { built, ...s } = runRelease(id, register, catalogue, dir, previous, geo);
      stats.push(s);
      options.onRelease?.(s);
      previous = built;
    }
    const latest = releases.at(-1)!;
    fs.writeFileSync(path.join(dir, 'releases.json'), JSON.stringify({ latest, releases: [...releases].reverse() }));
    fs.mkdirSync(path.join(dir, 'geo'), { recursive: true });
    for (const level of LEVELS) {
      fs.writeFileSync(path.join(dir, DATA_FILE.topology(level)), geo[level].topo);
      fs.writeFileSync(path.join(dir, DATA_FILE.geoJson(level)), geo[level].geojson);
    }
    // The indicator map's whole-country boundaries, projected and simplified once (map-topology.ts).
    const overviews = overviewFiles(Object.fromEntries(LEVELS.map((l) => [l, JSON.parse(geo[l].topo.toString('utf8')) as Topology])));
    for (const [level, text] of Object.entries(overviews))
      fs.writeFileSync(path.join(dir, DATA_FILE.overviewTopology(level as Level)), text);
    copyLatest(dir, latest);
    return stats;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.main) {
  try {
    for (const s of runPipeline()) {
      console.log(
        `release ${s.release}: ${s.rowsReal} real + ${s.rowsDemo} demo rows in (${s.demoReplaced} demo replaced by real), ` +
          `${s.cellsOut} cells out, ${s.files} files, ${(s.bytes / 1048576).toFixed(1)} MB; ` +
          `territory JSON median ${kb(median(s.territoryBytes))}, max ${kb(maxOf(s.territoryBytes))}; ` +
          `${s.checks} source/aggregate differences (checks.json); access indicators ${s.accessSeconds?.toFixed(2)} s; ${s.seconds.toFixed(1)} s`,
      );
    }
  } catch (e) {
    if (e instanceof InputError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
