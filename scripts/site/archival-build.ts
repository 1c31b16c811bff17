// The latest release in its archival form, for its offline archive: one more Astro build of
// the latest release with SITE_FORM=archival (src/build/site-data.ts, isArchivalForm) into
// node_modules/.cache/mes/archival-latest/ — never into dist/, the live site is not this
// build. Its powiat, gmina and planning-area pages carry tables without charts and it
// leaves out the pages only the live site has, as an older release's copy does, which
// keeps the archive within its size budget (README "Offline archive"). The data are not
// part of it: the archive takes them from dist/data/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COPY_PUBLIC, preparePublicCopy, runAstroBuild } from './build-site.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARCHIVAL_LATEST_DIR = path.join(ROOT, 'node_modules', '.cache', 'mes', 'archival-latest');

/** Builds the latest release's archival form; returns the folder of its pages. */
export async function buildArchivalLatest(out = ARCHIVAL_LATEST_DIR): Promise<string> {
  fs.rmSync(out, { recursive: true, force: true });
  preparePublicCopy(path.join(ROOT, 'public'), COPY_PUBLIC);
  await runAstroBuild({
    DIST_DIR: out,
    SITE_RELEASE: '',
    SITE_BASE: '',
    SITE_FORM: 'archival',
    SITE_PUBLIC_DIR: COPY_PUBLIC,
    SITE_LATEST_DIST: '',
  });
  return out;
}
