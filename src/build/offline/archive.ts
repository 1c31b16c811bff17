// What goes into the offline archive of one release, and the texts written with it: the
// choice of files from the built site, the archive's README (PL + EN), the launcher with
// its settings filled in, and the size/checksum placeholders of the releases page.
// Pure functions; scripts/site/archive.ts does the reading and writing.
import { ARCHIVE_DIR, archiveName } from '#core/download-files.ts';
import { formatNumber, type Lang } from '#core/format.ts';
import { zipDate } from '#core/zip.ts';

export interface ReleaseInfo {
  release: string;
  /** The release every unprefixed page belongs to (built at the site root). */
  latest: string;
  /** Every release id (their folders at the root hold the older releases' copies). */
  releases: string[];
}

export interface ArchiveRecord {
  file: string;
  bytes: number;
  sha256: string;
  files: number;
  seconds: number;
  /** Copied from the frozen release's store instead of zipped anew (scripts/site/archive.ts). */
  reused?: boolean;
}

/** The base path of a release's pages as Astro built them. */
export function releaseBase(r: ReleaseInfo): string {
  return r.release === r.latest ? '' : `/${r.release}`;
}

export { archiveName, zipDate };

/**
 * The root's data an archive takes: its release's folder and the geometry; the latest's also
 * the release list. An older release's archive leaves the list out (nothing offline reads
 * it), so that a later release does not change the archive.
 */
function isSharedData(p: string, r: ReleaseInfo): boolean {
  return (r.release === r.latest && p === 'data/releases.json') || p.startsWith(`data/${r.release}/`) || p.startsWith('data/geo/');
}

/** Whether a path relative to a release's own root belongs in its archive. */
function keepInRelease(p: string, r: ReleaseInfo): boolean {
  const top = p.split('/')[0];
  // The Netlify files mean nothing offline: the bare-code redirect pages do the work there.
  if (p === '_redirects' || p === '_headers') return false;
  if (top === ARCHIVE_DIR) return false;
  if (r.releases.includes(top)) return false;
  if (top === 'data') return isSharedData(p, r);
  return true;
}

/**
 * Maps archive paths (relative to the archive's top folder) to paths in the dist folder.
 * The latest release is the dist root without the other releases' folders and data; an
 * older one is its `<year>/` folder plus the shared data at the root (data/<year>/,
 * data/geo/), which wins over any copy inside the release folder.
 */
export function selectFiles(distFiles: string[], r: ReleaseInfo): Map<string, string> {
  const out = new Map<string, string>();
  const base = releaseBase(r);
  if (!base) {
    for (const f of distFiles) if (keepInRelease(f, r)) out.set(f, f);
    return out;
  }
  const prefix = base.slice(1) + '/';
  for (const f of distFiles) {
    if (!f.startsWith(prefix)) continue;
    const inner = f.slice(prefix.length);
    if (keepInRelease(inner, r)) out.set(inner, f);
  }
  for (const f of distFiles) {
    if (isSharedData(f, r)) out.set(f, f);
  }
  return out;
}

/** Byte order (code units) so that the archive does not depend on the locale. */
export function sortedPaths(paths: Iterable<string>): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface LauncherConfig {
  release: string;
  base: string;
  site: string;
}

const CONFIG_LINE = /^const CONFIG = \{[^\n]*\};$/m;

/** The launcher template with its settings line filled in. */
export function renderLauncher(template: string, config: LauncherConfig): string {
  if (!CONFIG_LINE.test(template)) throw new Error('archive: launcher template has no `const CONFIG = {…};` line');
  return template.replace(CONFIG_LINE, `const CONFIG = ${JSON.stringify(config)};`);
}

export interface ReadmeInput {
  release: string;
  published: string;
  latest: string;
  /** The release's home page on the online site. */
  online: string;
  files: number;
}

/** README.txt of the archive: Polish first, then English. */
export function readmeText(r: ReadmeInput): string {
  const dir = archiveName(r.release);
  const older = r.release !== r.latest;
  return [
    `Monitor Ekonomii Społecznej — archiwum offline wydania ${r.release}`,
    `Monitor Ekonomii Społecznej — offline archive of release ${r.release}`,
    '',
    '=== PO POLSKU ===',
    '',
    `Wydanie: ${r.release}, opublikowane ${r.published}. Serwis online: ${r.online}`,
    older ? 'To jest starsze wydanie; nowsze są w serwisie online.' : '',
    '',
    'Jak otworzyć',
    `  Rozpakuj archiwum i kliknij dwukrotnie plik ${dir}/index.html.`,
    '  Nie trzeba internetu ani instalowania czegokolwiek.',
    '',
    'Co działa bez internetu',
    '  Wszystkie strony (kraj, województwa, powiaty, gminy, wskaźniki, programy, metodologia),',
    '  linki między nimi, tabele i wykresy zapisane w stronach, pliki danych w folderze data/.',
    '  Mapy, filtry katalogu, wyszukiwarka i kreator zestawień potrzebują przeglądarki',
    '  połączonej z serwerem: użyj serwisu online albo dołączonego programu uruchamiającego.',
    '',
    'Program uruchamiający (pełna wersja interaktywna, nadal bez internetu)',
    '  Potrzebny jest Node.js w wersji 18 lub nowszej (https://nodejs.org). W folderze archiwum:',
    '      node serve.mjs',
    '  i otwórz w przeglądarce wypisany adres (domyślnie http://127.0.0.1:8080/).',
    '  Inny port: node serve.mjs --port 9000; otwarcie przeglądarki: node serve.mjs --open.',
    '  Serwer słucha tylko na 127.0.0.1 (ten komputer) i niczego nie zapisuje. Ctrl+C kończy.',
    '',
    'Dane i licencje',
    '  Kod: licencja MIT. Dane: źródło i licencja każdego zbioru są w',
    `  data/${r.release}/datapackage.json i data/${r.release}/manifest.json (każdy plik z rozmiarem i SHA-256)`,
    '  oraz na stronie Metodologia. Dane demonstracyjne (oznaczone na stronach) nie są',
    '  statystyką publiczną; udostępniono je na licencji CC0. W plikach danych obok każdej',
    '  wartości jest jej status (kolumna <ID>_status: real, demo, estimate, provisional,',
    '  confidential, missing; w level/*.json bit 1 znaczników), a w plikach XLSX wartości',
    '  demonstracyjne mają jasnożółte tło.',
    `  Plików w archiwum: ${r.files}.`,
    '',
    '=== IN ENGLISH ===',
    '',
    `Release: ${r.release}, published ${r.published}. Online site: ${r.online}`,
    older ? 'This is an older release; newer ones are on the online site.' : '',
    '',
    'How to open',
    `  Unpack the archive and double-click ${dir}/index.html.`,
    '  No internet connection and no installation are needed.',
    '',
    'What works offline',
    '  Every page (country, voivodeships, powiats, gminas, indicators, programmes, methodology),',
    '  the links between them, the tables and charts stored in the pages, the data files in data/.',
    '  Maps, directory filters, search and the table builder need a browser talking to a',
    '  server: use the online site or the included launcher.',
    '',
    'The launcher (full interactive version, still offline)',
    '  Needs Node.js 18 or later (https://nodejs.org). In the archive folder run',
    '      node serve.mjs',
    '  and open the address it prints (by default http://127.0.0.1:8080/).',
    '  Another port: node serve.mjs --port 9000; open a browser too: node serve.mjs --open.',
    '  It listens on 127.0.0.1 only (this computer) and writes nothing. Ctrl+C stops it.',
    '',
    'Data and licences',
    '  Code: MIT licence. Data: the source and licence of each data set are in',
    `  data/${r.release}/datapackage.json and data/${r.release}/manifest.json (every file with size and SHA-256)`,
    '  and on the Methodology page. Demonstration data (labelled on the pages) are not',
    '  official statistics; they are released under CC0. In the data files every value has',
    '  its status beside it (column <ID>_status: real, demo, estimate, provisional,',
    '  confidential, missing; in level/*.json flag bit 1), and in the XLSX files demo values',
    '  have a light yellow fill.',
    `  Files in the archive: ${r.files}.`,
    '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\r\n');
}

const SPAN =
  /(<span\b(?:[^>"']|"[^"]*"|'[^']*')*?\sdata-archive-(size|sha256)\s*=\s*"([^"]+)"(?:[^>"']|"[^"]*"|'[^']*')*>)([^<]*)(<\/span>)/g;

/** Always in MB (an archive is hundreds of them), in the same decimal units as formatBytes on the rest of the page. */
export function archiveSizeText(bytes: number, lang: Lang): string {
  return `${formatNumber(bytes / 1e6, lang, 1)}\u00a0MB`;
}

/**
 * Puts each archive's size and SHA-256 into the releases page's placeholders
 * (<span data-archive-size="2024">…</span>, <span data-archive-sha256="2024">…</span>),
 * replacing only their text; placeholders of releases without an archive stay as they are.
 */
export function fillArchivePlaceholders(
  html: string,
  records: Record<string, Pick<ArchiveRecord, 'bytes' | 'sha256'>>,
  lang: Lang,
): string {
  return html.replace(SPAN, (m, open: string, kind: string, release: string, _text: string, close: string) => {
    const rec = records[release];
    if (!rec) return m;
    return open + (kind === 'size' ? archiveSizeText(rec.bytes, lang) : rec.sha256) + close;
  });
}

/**
 * An archive cannot hold its own checksum, and filling the placeholders of the pages it
 * holds from an earlier run would make two runs differ: inside archives they read "—".
 */
export function blankArchivePlaceholders(html: string): string {
  return html.replace(SPAN, (m, open: string, _kind: string, _release: string, _text: string, close: string) => `${open}—${close}`);
}
