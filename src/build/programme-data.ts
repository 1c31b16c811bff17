// Build-time access to the programme files the pipeline writes to
// public/data/<release>/programmes/ (index.json and <id>.json; types in
// src/features/programme/programme.ts). Each file is read once per build.
import fs from 'node:fs';
import path from 'node:path';
import { allIndicators, type ProgrammeFile, type ProgrammeIndex, type ProgrammeIndexEntry } from '#features/programme/programme.ts';
import { once, readJson, release } from './site-data.ts';
import { DATA_FILE, dataPath } from '#core/urls.ts';

const dir = () => path.join(process.cwd(), 'public', 'data', release(), 'programmes');

/** index.json of the release the pages show; throws when the pipeline has not written it. */
export const programmeIndex = () => once('programme:index', () => readJson<ProgrammeIndex>(path.join(dir(), 'index.json')));

/** The index, or undefined when the release has no programmes (territory pages then show nothing). */
export const programmeIndexIfAny = () =>
  once('programme:indexIfAny', () => (fs.existsSync(path.join(dir(), 'index.json')) ? programmeIndex() : undefined));

export const programmeFile = (id: string) => once(`programme:file:${id}`, () => readJson<ProgrammeFile>(path.join(dir(), `${id}.json`)));

/** The programme of a territory ("PL" → KPRES, a voivodeship code → its RPRES). */
export function programmeEntryFor(code: string): ProgrammeIndexEntry | undefined {
  return programmeIndexIfAny()?.programmes.find((p) => p.territory.code === code);
}

/** getStaticPaths of /programy/<id>/ and /en/programy/<id>/. */
export function programmeStaticPaths() {
  return programmeIndex().programmes.map((p) => ({ params: { id: p.id }, props: { id: p.id } }));
}

/** URL of a programme's JSON, for the data link on its page. */
export function programmeDataUrl(id: string): string {
  return dataPath(release(), DATA_FILE.programme(id));
}

/**
 * Every programme indicator, for the getStaticPaths of a chart-only embed route,
 * which renders <ProgressChart lang programmeId indicatorId /> from
 * src/features/programme/ProgressChart.astro.
 */
export function programmeChartPaths() {
  return programmeIndex().programmes.flatMap((p) =>
    allIndicators(programmeFile(p.id)).map((i) => ({
      params: { id: p.id, indicator: i.id },
      props: { programmeId: p.id, indicatorId: i.id },
    })),
  );
}
