// Build-time access to the pipeline's output (public/data/<release>/) and to the
// register's code history. Pages call these functions while Astro renders them; each
// file is read once per build and kept in memory, except territory files, which are
// read per page so memory stays flat over 5,752 pages.
import fs from 'node:fs';
import path from 'node:path';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { CoverageFile, LevelFile, Manifest, RegisterEntry, ReleaseChanges, TerritoryFile } from '#core/data-types.ts';
import { parseCodeHistoryCsv, type CodeChange } from '#core/geo-register.ts';
import type { Obs } from '#features/territory/key-figures.ts';
import type { Topologies } from '#features/territory/locator-map.ts';
import { indexRevisions, type RevisionIndex } from '#features/releases/revisions.ts';
import type { Level } from '#core/territory.ts';
import { DATA_FILE } from '#core/urls.ts';

const ROOT = process.cwd();
const DATA = path.join(ROOT, 'public', 'data');

const memo = new Map<string, unknown>();
/** Loads once per build; the other build-time readers (programmes, entities) share it. */
export function once<T>(key: string, load: () => T): T {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as T;
}

export function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot read ${path.relative(ROOT, file)} — run \`npm run data\` first (${(e as Error).message})`, { cause: e });
  }
}

/** For optional files (a release without programmes or entities, the oldest release's change list). */
export function readJsonIfExists<T>(file: string): T | undefined {
  return fs.existsSync(file) ? readJson<T>(file) : undefined;
}

export interface ReleasesFile {
  latest: string;
  releases: string[];
}

const releasesFile = () => once('releasesFile', () => readJson<ReleasesFile>(path.join(DATA, 'releases.json')));

/**
 * The releases a build may name: every one at the root; in the copy of an older release, that
 * release and the ones before it (release ids are years). A copy is frozen once built
 * (scripts/site/frozen-releases.ts), so nothing in it may depend on a release published later.
 */
export function releasesUpTo(all: ReleasesFile, shown: string): ReleasesFile {
  return { latest: all.latest, releases: all.releases.filter((r) => r <= shown) };
}

/** The releases this build lists (see releasesUpTo); `latest` is the newest, which a copy must not name in its text. */
export const releases = () => once('releases', () => releasesUpTo(releasesFile(), release()));

/** The release id SITE_RELEASE asks for (scripts/site/build-site.ts sets it per copy), checked. */
export function pickRelease(all: ReleasesFile, requested: string | undefined): string {
  const id = requested?.trim();
  if (!id) return all.latest;
  if (!all.releases.includes(id))
    throw new Error(`SITE_RELEASE=${id}: no such release (public/data/releases.json has ${all.releases.join(', ')})`);
  return id;
}

/**
 * The release the pages show: SITE_RELEASE (an older release, built as a copy under
 * /<year>/), or the latest one at the root.
 */
export const release = () => once('release', () => pickRelease(releasesFile(), process.env.SITE_RELEASE));
/** The newest release, whatever this build shows. */
export const latestRelease = () => releasesFile().latest;
/** True when this build is a copy of an older release (its pages carry the release banner). */
export const isArchiveBuild = () => release() !== latestRelease();
/**
 * True when this build makes the site's archival form: an older release's copy, or the
 * latest release built for its offline archive (SITE_FORM=archival, scripts/site/archive.ts).
 * Such a build leaves out the pages only the live site has and renders powiat, gmina and
 * planning-area pages without charts (src/build/static-paths.ts).
 */
export const isArchivalForm = () => isArchiveBuild() || process.env.SITE_FORM === 'archival';
const releaseDir = () => path.join(DATA, release());

export const manifest = () => once('manifest', () => readJson<Manifest>(path.join(releaseDir(), 'manifest.json')));
/** Publication date and years of every release (the table builder's release choice). */
export const releaseSummaries = () =>
  once('releaseSummaries', () =>
    releases().releases.map((id) => {
      const m = readJson<Manifest>(path.join(DATA, id, 'manifest.json'));
      return { id, published: m.published, years: m.years };
    }),
  );
/** The shown release's coverage: counts of real, demo, confidential and missing values (the coverage page). */
export const coverage = () => once('coverage', () => readJson<CoverageFile>(path.join(releaseDir(), DATA_FILE.coverage)));
/** access/white-spots.json of the release, if the pipeline wrote it. */
export const whiteSpots = () =>
  once('whiteSpots', () =>
    readJsonIfExists<import('#features/access/access-kinds.ts').WhiteSpotsFile>(path.join(releaseDir(), DATA_FILE.accessWhiteSpots)),
  );
export const catalogue = () => once('catalogue', () => readJson<Indicator[]>(path.join(releaseDir(), 'indicators.json')));
export const indicatorById = () => once('indicatorById', () => new Map(catalogue().map((i) => [i.id, i])));
export const register = () => once('register', () => readJson<RegisterEntry[]>(path.join(releaseDir(), 'territories.json')));
export const registerByCode = () => once('registerByCode', () => new Map(register().map((e) => [e.code, e])));

export const childrenOf = () =>
  once('childrenOf', () => {
    const m = new Map<string, RegisterEntry[]>();
    for (const e of register()) {
      const p = e.parents.at(-1);
      if (p) m.set(p, [...(m.get(p) ?? []), e]);
    }
    return m;
  });

/** The shown release's change list against the previous one; undefined for the oldest release, which has none. */
export const changes = () =>
  once('changes', (): ReleaseChanges | undefined => {
    return readJsonIfExists<ReleaseChanges>(path.join(releaseDir(), 'changes.json'));
  });

/**
 * The change list indexed by territory and by indicator (one pass, on the first page
 * that asks, then shared by every page); undefined without a change list.
 */
export const revisionIndex = () =>
  once('revisionIndex', (): RevisionIndex | undefined => {
    const c = changes();
    return (
      c &&
      indexRevisions(
        c,
        catalogue().map((i) => i.id),
      )
    );
  });

export function territoryFile(code: string): TerritoryFile {
  return readJson<TerritoryFile>(path.join(releaseDir(), 'territory', `${code}.json`));
}

/**
 * A fetch for browser code run while pages are built (the builder's loader): a site address
 * under /data/ is read from public/data, where the pipeline wrote it.
 */
export async function fetchFromData(url: string): Promise<Response> {
  if (!url.startsWith('/data/')) throw new Error(`fetchFromData: ${url} is not under /data/`);
  const file = path.join(DATA, ...url.slice('/data/'.length).split('/'));
  return fs.existsSync(file) ? new Response(fs.readFileSync(file, 'utf8')) : new Response('', { status: 404 });
}

export function levelFile(level: Level): LevelFile {
  return once(`level:${level}`, () => readJson<LevelFile>(path.join(releaseDir(), 'level', `${level}.json`)));
}

const levelIndex = (level: Level) => once(`levelIndex:${level}`, () => new Map(levelFile(level).codes.map((c, i) => [c, i])));

/** Latest observation (value or suppressed) of one indicator for one territory, with its flags. */
export function latestObs(level: Level, code: string, indicator: string): Obs | undefined {
  const file = levelFile(level);
  const ti = levelIndex(level).get(code);
  const values = file.values[indicator];
  if (ti === undefined || !values) return undefined;
  const flags = file.flags[indicator];
  for (let yi = values.length - 1; yi >= 0; yi--) {
    const v = values[yi][ti];
    const f = flags?.[yi]?.[ti] ?? 0;
    if (v !== null || f & FLAG.suppressed) return { year: file.years[yi], value: v, flags: f };
  }
  return undefined;
}

export const topologies = () =>
  once('topologies', () => {
    const read = (level: string) => readJson<Topologies['country']>(path.join(DATA, 'geo', `${level}.topo.json`));
    return { country: read('country'), voivodeship: read('voivodeship'), powiat: read('powiat'), gmina: read('gmina') } as Topologies;
  });

// ---------------------------------------------------------------- code history

export const codeHistory = () =>
  once('codeHistory', () => parseCodeHistoryCsv(fs.readFileSync(path.join(ROOT, 'data', 'geo', 'code-history.csv'), 'utf8')));

/** Changes that concern a current territory (it is the successor, or it was renamed). */
export const changesByNewCode = () =>
  once('changesByNewCode', () => {
    const m = new Map<string, CodeChange[]>();
    for (const c of codeHistory()) if (c.newCode) m.set(c.newCode, [...(m.get(c.newCode) ?? []), c]);
    return m;
  });

/**
 * Former codes that are not current any more, each with where it leads now (following
 * chains of changes); abolished codes lead nowhere and get a notice page of their own.
 */
export const formerCodes = () =>
  once('formerCodes', () => {
    const current = registerByCode();
    const successor = new Map<string, string>();
    for (const c of codeHistory()) if (c.oldCode && c.newCode && c.oldCode !== c.newCode) successor.set(c.oldCode, c.newCode);
    const out: { change: CodeChange; target?: RegisterEntry }[] = [];
    const seen = new Set<string>();
    for (const change of codeHistory()) {
      if (!change.oldCode || current.has(change.oldCode) || seen.has(change.oldCode)) continue;
      seen.add(change.oldCode);
      let code: string | undefined = change.newCode || undefined;
      const visited = new Set<string>();
      while (code && !current.has(code) && !visited.has(code)) {
        visited.add(code);
        code = successor.get(code);
      }
      out.push({ change, target: code ? current.get(code) : undefined });
    }
    return out;
  });

// ---------------------------------------------------------------- the latest release, seen from a copy

/** The latest release's register, by code (the release banner's fallback for renamed territories). */
export const latestRegisterByCode = () =>
  once(
    'latestRegisterByCode',
    () => new Map(readJson<RegisterEntry[]>(path.join(DATA, latestRelease(), 'territories.json')).map((e) => [e.code, e])),
  );

/**
 * Whether the latest build has a page at a root path, from the files it wrote
 * (SITE_LATEST_DIST, set by scripts/site/build-site.ts, which builds the root first);
 * undefined when this build cannot look (a copy built on its own).
 */
export function latestPageExists(): ((rootPath: string) => boolean) | undefined {
  const dist = process.env.SITE_LATEST_DIST;
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) return undefined;
  return (rootPath: string) => {
    const rel = rootPath.replace(/^\/+/, '');
    if (rel.split('/').includes('..')) return false;
    return fs.existsSync(path.join(dist, rootPath.endsWith('/') ? path.join(rel, 'index.html') : rel));
  };
}
