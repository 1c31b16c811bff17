// `npm run archive`: one offline zip per release, written after the build into
// <dist>/archiwum/monitor-es-<release>.zip (top folder monitor-es-<release>/): the release's
// pages with relative links (they open from file://), an offline note on every page, the
// shared data, a one-file launcher (serve.mjs) and a README in Polish and English. Then
// <dist>/archiwum/archives.json and the size/SHA-256 placeholders of the releases pages.
// Every archive holds its release's archival form: an older release's copy is that form
// already; for the latest release the archival form is built first (./archival-build.ts).
//
//   npm run archive -- [--dist dist] [--out <dist>/archiwum] [--release 2024 ...]
//                      [--no-archival-build]   # the latest release's archive from dist/ as it is
//
// The zip is streamed to disk entry by entry (memory stays flat at one file) and is
// byte-deterministic: fixed date (the release's publication day), entries in byte order.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ZipWriter } from '#core/zip.ts';
import { rewriteCss, rewriteHtml, relativeUrl, siteOrigin, type OfflineContext } from '#build/offline/links.ts';
import { guardModuleScripts, injectOfflineNotice, pageLang } from '#build/offline/notice.ts';
import {
  archiveName,
  blankArchivePlaceholders,
  fillArchivePlaceholders,
  readmeText,
  releaseBase,
  renderLauncher,
  selectFiles,
  sortedPaths,
  zipDate,
  type ArchiveRecord,
  type ReleaseInfo,
} from '#build/offline/archive.ts';
import { ARCHIVE_DIR } from '#core/download-files.ts';
import { SITE_URL } from '#core/site-url.ts';
import { writeFileAtomically } from '#scripts/pipeline/atomic-dir.ts';
import { freezeArchive, frozenStore, hashTrees, readFrozenArchive, restoreArchive } from './frozen-releases.ts';
import { buildArchivalLatest } from './archival-build.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const LAUNCHER_TEMPLATE = path.join(HERE, 'serve.mjs');
const ROOT = path.resolve(HERE, '..', '..');
/** The code that turns pages into archive entries: a change to it makes every archive anew. */
const ARCHIVE_CODE = ['src/build/offline', 'src/core/zip.ts', 'scripts/site/archive.ts'];

/**
 * A hash of everything an archive is made of: its entries' names and bytes before the
 * offline rewrite, the rewrite's settings and code, and the zip's date. Equal hashes give
 * equal zips (the zip is byte-deterministic), so an older release's archive is reused.
 */
export function archiveInputs(
  names: string[],
  bytesOf: (name: string) => Uint8Array,
  settings: { base: string; site: string; published: string },
): string {
  const h = crypto.createHash('sha256');
  h.update(hashTrees(ARCHIVE_CODE.map((p) => ({ label: p, dir: path.join(ROOT, p) }))));
  h.update(JSON.stringify(settings));
  for (const name of names) {
    const bytes = bytesOf(name);
    h.update(`${Buffer.byteLength(name)}:${name}:${bytes.length}:`);
    h.update(bytes);
  }
  return h.digest('hex');
}

export interface ArchiveOptions {
  dist: string;
  /** Where the zips and archives.json go; default <dist>/archiwum. */
  out?: string;
  /** Releases to archive; default every release of releases.json that has a build. */
  releases?: string[];
  /** The pipeline output with releases.json and <release>/manifest.json; default public/data. */
  data?: string;
  /** The online site; default src/core/site-url.ts (SITE_URL). */
  site?: string;
  /** The frozen-release store, where older releases' archives are kept and reused; none: always zip anew. */
  store?: string;
  /** Fill the releases pages' placeholders in <dist> (default true; --no-fill leaves dist untouched). */
  fill?: boolean;
  /**
   * Builds the latest release's archival form and returns the folder of its pages, which the
   * latest release's archive then holds instead of the dist's pages (the CLI:
   * buildArchivalLatest); none: the dist's pages as they are.
   */
  archivalLatest?: () => Promise<string>;
  log?: (line: string) => void;
}

/** Every file under `dir`, as sorted posix paths relative to it. */
export function listFiles(dir: string, skipTop: string[] = []): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (!rel && skipTop.includes(e.name)) continue;
      if (e.isDirectory()) walk(path.join(abs, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(dir, '');
  return sortedPaths(out);
}

/** One page or stylesheet as it goes into the archive. */
export function offlineFile(archivePath: string, bytes: Uint8Array, ctx: OfflineContext & { release: string }): Uint8Array {
  if (archivePath.endsWith('.html')) {
    const html = Buffer.from(bytes).toString('utf8');
    const rewritten = guardModuleScripts(rewriteHtml(blankArchivePlaceholders(html), archivePath, ctx));
    const pageUrl = archivePath.endsWith('index.html') ? archivePath.slice(0, -'index.html'.length) : archivePath;
    const out = injectOfflineNotice(rewritten, pageLang(html, archivePath), {
      online: `${siteOrigin(ctx.site)}${ctx.base}/${pageUrl}`,
      readme: relativeUrl(archivePath, 'README.txt'),
      release: ctx.release,
    });
    return Buffer.from(out, 'utf8');
  }
  if (archivePath.endsWith('.css')) return Buffer.from(rewriteCss(Buffer.from(bytes).toString('utf8'), archivePath, ctx), 'utf8');
  return bytes;
}

export function archiveRelease(
  distFiles: string[],
  r: ReleaseInfo,
  opts: {
    dist: string;
    out: string;
    data: string;
    site: string;
    launcher: string;
    store?: string;
    /** The release's pages built elsewhere (its archival form): they replace the dist's pages, the shared data stay. */
    pagesDir?: string;
  },
): ArchiveRecord | null {
  const t0 = performance.now();
  const files = new Map([...selectFiles(distFiles, r)].map(([name, f]) => [name, path.join(opts.dist, f)]));
  if (opts.pagesDir) {
    for (const name of [...files.keys()]) if (!name.startsWith('data/')) files.delete(name);
    for (const f of listFiles(opts.pagesDir)) if (!files.has(f)) files.set(f, path.join(opts.pagesDir, f));
  }
  if (!files.has('index.html')) return null;
  const base = releaseBase(r);
  const manifest = JSON.parse(fs.readFileSync(path.join(opts.data, r.release, 'manifest.json'), 'utf8'));
  const published: string = manifest.published;
  const top = archiveName(r.release);
  const extra = new Map<string, Uint8Array>([
    ['serve.mjs', Buffer.from(renderLauncher(opts.launcher, { release: r.release, base, site: siteOrigin(opts.site) }), 'utf8')],
    [
      'README.txt',
      Buffer.from(
        readmeText({ release: r.release, published, latest: r.latest, online: `${siteOrigin(opts.site)}${base}/`, files: files.size + 2 }),
        'utf8',
      ),
    ],
  ]);
  for (const name of extra.keys()) if (files.has(name)) throw new Error(`archive: the site itself has a file ${name}`);
  const ctx = { base, site: opts.site, release: r.release, has: (p: string) => files.has(p) || extra.has(p) };

  fs.mkdirSync(opts.out, { recursive: true });
  const target = path.join(opts.out, `${top}.zip`);
  const names = sortedPaths([...files.keys(), ...extra.keys()]);
  const bytesOf = (name: string) => extra.get(name) ?? fs.readFileSync(files.get(name)!);
  // An older release's archive is kept with its frozen copy (scripts/site/frozen-releases.ts).
  const inputs = opts.store && base ? archiveInputs(names, bytesOf, { base, site: opts.site, published }) : undefined;
  const kept = inputs ? readFrozenArchive<ArchiveRecord>(opts.store!, r.release, inputs) : undefined;
  if (kept) {
    restoreArchive(kept.zip, target);
    return { ...kept.record, seconds: Math.round((performance.now() - t0) / 100) / 10, reused: true };
  }
  const part = `${target}.part`;
  const fd = fs.openSync(part, 'w');
  const hash = crypto.createHash('sha256');
  try {
    const zip = new ZipWriter(
      (chunk) => {
        hash.update(chunk);
        let done = 0;
        while (done < chunk.length) done += fs.writeSync(fd, chunk, done, chunk.length - done);
      },
      { deflate: (d) => zlib.deflateRawSync(d, { level: 6 }), date: zipDate(published) },
    );
    for (const name of names) zip.add(`${top}/${name}`, offlineFile(name, bytesOf(name), ctx));
    zip.finish();
    fs.closeSync(fd);
    fs.renameSync(part, target);
    const record: ArchiveRecord = {
      file: `${top}.zip`,
      bytes: fs.statSync(target).size,
      sha256: hash.digest('hex'),
      files: zip.count,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    };
    if (inputs) freezeArchive(opts.store!, r.release, target, { inputs, record });
    return record;
  } catch (err) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(part, { force: true });
    throw err;
  }
}

/**
 * Zips still named <name>.zip.part were being written by a run that was killed (a finished
 * zip is renamed, a failed one deleted); they are removed before the next run writes.
 */
export function removeStaleParts(out: string): string[] {
  if (!fs.existsSync(out)) return [];
  const stale = fs.readdirSync(out).filter((f) => f.endsWith('.zip.part'));
  for (const f of stale) fs.rmSync(path.join(out, f), { force: true });
  return stale;
}

/** Fills the releases pages' archive placeholders in every built page that has them; returns the pages changed. */
export function fillPlaceholders(dist: string, records: Record<string, ArchiveRecord>): string[] {
  const changed: string[] = [];
  for (const f of listFiles(dist, [ARCHIVE_DIR])) {
    if (!f.endsWith('.html')) continue;
    const abs = path.join(dist, f);
    const html = fs.readFileSync(abs, 'utf8');
    if (!html.includes('data-archive-')) continue;
    const out = fillArchivePlaceholders(html, records, pageLang(html, f));
    if (out !== html) {
      writeFileAtomically(abs, out);
      changed.push(f);
    }
  }
  return changed;
}

export async function runArchive(o: ArchiveOptions): Promise<Record<string, ArchiveRecord>> {
  const log = o.log ?? ((l: string) => console.log(l));
  const dist = path.resolve(o.dist);
  const out = path.resolve(o.out ?? path.join(dist, ARCHIVE_DIR));
  const data = path.resolve(o.data ?? 'public/data');
  const site = o.site ?? SITE_URL;
  const { latest, releases } = JSON.parse(fs.readFileSync(path.join(data, 'releases.json'), 'utf8')) as {
    latest: string;
    releases: string[];
  };
  const wanted = o.releases?.length ? o.releases : releases;
  for (const r of wanted)
    if (!releases.includes(r)) throw new Error(`archive: unknown release ${r} (releases.json lists ${releases.join(', ')})`);
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`archive: no built site in ${dist} (run npm run build first)`);
  const distFiles = listFiles(dist, [ARCHIVE_DIR]);
  const launcher = fs.readFileSync(LAUNCHER_TEMPLATE, 'utf8');
  const indexFile = path.join(out, 'archives.json');
  removeStaleParts(out);
  const records: Record<string, ArchiveRecord> = fs.existsSync(indexFile) ? JSON.parse(fs.readFileSync(indexFile, 'utf8')) : {};
  for (const release of wanted) {
    const t0 = performance.now();
    const pagesDir =
      release === latest && o.archivalLatest && fs.existsSync(path.join(dist, 'index.html')) ? await o.archivalLatest() : undefined;
    const built = pagesDir ? Math.round((performance.now() - t0) / 100) / 10 : 0;
    const made = archiveRelease(distFiles, { release, latest, releases }, { dist, out, data, site, launcher, store: o.store, pagesDir });
    // The archive's time includes building the archival form it holds.
    const rec = made && { ...made, seconds: Math.round((made.seconds + built) * 10) / 10 };
    if (!rec) {
      const where = release === latest ? dist : path.join(dist, release);
      if (o.releases?.length) throw new Error(`archive: release ${release} has no build at ${where}`);
      log(`archive ${release}: skipped, no build at ${where}`);
      continue;
    }
    records[release] = rec;
    log(
      `archive ${release}: ${rec.file} ${(rec.bytes / 1048576).toFixed(1)} MB, ${rec.files} files, ${rec.seconds} s${rec.reused ? ' (kept from the frozen release)' : ''}, sha256 ${rec.sha256}`,
    );
  }
  const sorted = Object.fromEntries(sortedPaths(Object.keys(records)).map((k) => [k, records[k]]));
  writeFileAtomically(indexFile, JSON.stringify(sorted, null, 2) + '\n');
  const pages = o.fill === false ? [] : fillPlaceholders(dist, sorted);
  log(
    `archive: ${path.relative(process.cwd(), indexFile) || indexFile}; placeholders filled in ${pages.length} page(s)${pages.length ? ': ' + pages.join(', ') : ''}`,
  );
  return sorted;
}

function parseArgs(argv: string[]): ArchiveOptions {
  const o: ArchiveOptions = {
    dist: process.env.DIST_DIR || 'dist',
    releases: [],
    store: frozenStore(ROOT),
    archivalLatest: () => buildArchivalLatest(),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`archive: ${a} needs a value`);
      return v;
    };
    if (a === '--dist') o.dist = val();
    else if (a === '--out') o.out = val();
    else if (a === '--release') o.releases!.push(val());
    else if (a === '--data') o.data = val();
    else if (a === '--site') o.site = val();
    else if (a === '--no-fill') o.fill = false;
    else if (a === '--no-archival-build') delete o.archivalLatest;
    else throw new Error(`archive: unknown option ${a} (--dist, --out, --release, --data, --site, --no-fill, --no-archival-build)`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await runArchive(parseArgs(process.argv.slice(2)));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
