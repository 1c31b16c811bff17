// The offline archive of a release for the browser tests: where `npm run archive` wrote it,
// and unpacking it into a temporary folder (the zip's one top folder is returned).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { unzip } from '#core/zip.ts';

const DIST = path.resolve(process.env.DIST_DIR || 'dist');

/** MES_ARCHIVE_DIR: archives written elsewhere (npm run archive -- --out <dir>). */
export const archiveZip = (release: string): string =>
  path.join(process.env.MES_ARCHIVE_DIR || path.join(DIST, 'archiwum'), `monitor-es-${release}.zip`);

/** Unpacks the zip into a new temporary folder: that folder and the zip's top folders. */
export function unpackArchive(zip: string): { tmp: string; tops: string[] } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-e2e-'));
  for (const e of unzip(new Uint8Array(fs.readFileSync(zip)), (d) => zlib.inflateRawSync(d))) {
    const f = path.join(tmp, e.name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, e.data);
  }
  return { tmp, tops: fs.readdirSync(tmp) };
}

/**
 * For a test's beforeAll: unpacks a release's archive and returns the temporary folder and
 * the release's top folder in it. A missing archive fails the tests, or with
 * MES_ARCHIVE_OPTIONAL=1 skips them.
 */
export function openArchive(release: string): { tmp: string; root: string } {
  const zip = archiveZip(release);
  if (!fs.existsSync(zip)) {
    test.skip(process.env.MES_ARCHIVE_OPTIONAL === '1', `no ${zip}: run npm run archive after the build (skipped: MES_ARCHIVE_OPTIONAL=1)`);
    throw new Error(`no ${zip}: run \`npm run archive\` after the build (or set MES_ARCHIVE_OPTIONAL=1 to skip these tests)`);
  }
  const { tmp, tops } = unpackArchive(zip);
  expect(tops).toEqual([`monitor-es-${release}`]);
  return { tmp, root: path.join(tmp, tops[0]) };
}
