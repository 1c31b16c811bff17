// Programme monitoring in the pipeline: one entry to build, one to emit.
//
//   const { programmes, problems } = buildProgrammes({ dir: 'data/programmes', register, catalogue,
//     series: seriesFromBuild(build, catalogue), sources: new Set(Object.keys(sources)), release: id });
//   if (problems.length) throw new InputError(problems);
//   emitProgrammes(programmes, out.write);
//
// writes public/data/<release>/programmes/index.json and programmes/<id>.json.
import fs from 'node:fs';
import path from 'node:path';
import type { Indicator } from '#core/catalogue.ts';
import type { TerritoryFile } from '#core/data-types.ts';
import { allIndicators, type ProgrammeFile, type ProgrammeIndex, type ProgrammeIndexEntry } from '#features/programme/programme.ts';
import { COUNTRY_CODE, levelOfCode, type Territory } from '#core/territory.ts';
import type { BuildResult } from '#scripts/pipeline/build-release.ts';
import { seriesOf } from '#scripts/pipeline/emit.ts';
import type { InputProblem } from '#scripts/pipeline/source-row.ts';
import { generateDemoProgramme } from './demo.ts';
import { resolveProgramme, type SeriesLookup } from './resolve.ts';
import { checkProgramme, formatPath, parseProgrammeFiles, readProgrammeFiles } from './validate.ts';
import { DATA_FILE } from '#core/urls.ts';

export type { SeriesLookup, SeriesValues } from './resolve.ts';

export interface BuildProgrammesInput {
  /** Folder with one YAML per programme (data/programmes). */
  dir: string;
  register: Territory[];
  catalogue: Indicator[];
  /** Catalogue series of a territory in the release being built. */
  series: SeriesLookup;
  /** Source ids of data/sources.yaml, to check observation sources. */
  sources?: Set<string>;
  release?: string;
  /** Generate demonstration programmes for voivodeships without a file (default true). */
  demo?: boolean;
}

const order = (p: ProgrammeFile) => `${p.territory.code === COUNTRY_CODE ? '00' : p.territory.code}|${p.id}`;

export function buildProgrammes(input: BuildProgrammesInput): { programmes: ProgrammeFile[]; problems: InputProblem[] } {
  const ctx = { register: input.register, catalogue: input.catalogue, sources: input.sources };
  const { programmes: defs, problems } = parseProgrammeFiles(readProgrammeFiles(input.dir), ctx);
  const rctx = { register: input.register, catalogue: input.catalogue, series: input.series, release: input.release };
  const programmes = defs.map(({ file, definition }) => resolveProgramme(definition, file, rctx));

  if (input.demo !== false && !problems.length) {
    const covered = new Set(defs.map((d) => d.definition.territory));
    for (const t of input.register) {
      if (t.level !== 'voivodeship' || covered.has(t.code)) continue;
      const def = generateDemoProgramme(t, input.series);
      for (const f of checkProgramme(def, ctx))
        problems.push({
          file: `scripts/pipeline/programmes/demo.ts (generated ${def.id})`,
          message: `${formatPath(f.path)}: ${f.message}`,
          fix: 'fix the demo generator',
        });
      programmes.push(resolveProgramme(def, null, rctx));
    }
  }
  programmes.sort((a, b) => order(a).localeCompare(order(b)));
  return { programmes, problems };
}

export function programmeIndex(programmes: ProgrammeFile[], release?: string): ProgrammeIndex {
  const entries = programmes.map((p): ProgrammeIndexEntry => {
    const shared: ProgrammeIndexEntry['shared'] = {};
    const all = allIndicators(p);
    for (const i of all)
      if (i.catalogue && !shared[i.catalogue])
        shared[i.catalogue] = {
          indicator: i.id,
          status: i.progress.status,
          share: i.progress.share,
          projectedShare: i.progress.projectedShare,
          targetYear: i.target.year,
          demo: i.progress.demo || p.demo,
        };
    return {
      id: p.id,
      territory: p.territory,
      title: p.title,
      ...(p.shortTitle && { shortTitle: p.shortTitle }),
      period: p.period,
      demo: p.demo,
      hasDemo: p.hasDemo,
      indicatorCount: all.length,
      statusCounts: p.statusCounts,
      shared,
    };
  });
  return { ...(release && { release }), programmes: entries };
}

/** Writes programmes/index.json and programmes/<id>.json through the pipeline's writer (paths relative to the release folder). */
export function emitProgrammes(programmes: ProgrammeFile[], write: (relPath: string, data: unknown) => void): void {
  write(DATA_FILE.programmesIndex, programmeIndex(programmes, programmes[0]?.release));
  for (const p of programmes) write(DATA_FILE.programme(p.id), p);
}

/** Series lookup over the pipeline's built tables (what the territory files show). */
export function seriesFromBuild(build: BuildResult, catalogue: Indicator[]): SeriesLookup {
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const index = new Map<string, number>();
  return (indicator, code) => {
    const ind = byId.get(indicator);
    const level = levelOfCode(code);
    if (!ind || !level) return undefined;
    const table = build.levels[level];
    if (!index.has(code)) index.set(code, table.codes.indexOf(code));
    const ti = index.get(code)!;
    if (ti < 0) return undefined;
    const s = seriesOf(table, ind, ti);
    return s && { years: build.years, v: s.v, ...(s.f && { f: s.f }), ...(s.s !== undefined && { s: s.s }) };
  };
}

/** Series lookup over an already built release folder (public/data/<release>/territory/<code>.json), for use without the pipeline. */
export function seriesFromTerritoryFiles(releaseDir: string): SeriesLookup {
  const cache = new Map<string, TerritoryFile | null>();
  return (indicator, code) => {
    if (!cache.has(code)) {
      const file = path.join(releaseDir, 'territory', `${code}.json`);
      cache.set(code, fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as TerritoryFile) : null);
    }
    const tf = cache.get(code);
    const s = tf?.series[indicator];
    return s && tf ? { years: tf.years, v: s.v, ...(s.f && { f: s.f }), ...(s.s !== undefined && { s: s.s }) } : undefined;
  };
}
