// The site steps that write in place leave nothing half-written behind for the next one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleParts } from '#scripts/site/archive.ts';
import { preparePublicCopy } from '#scripts/site/build-site.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-site-atomic-'));
  temp.push(d);
  return d;
};

describe('the public folder of the older releases', () => {
  it('leaves out a temporary data folder a killed pipeline left beside public/data', () => {
    const root = tempDir();
    const pub = path.join(root, 'public');
    for (const d of ['data/2024', '.data.partial-4242-0/2024', '.data.old-4242-1']) fs.mkdirSync(path.join(pub, d), { recursive: true });
    fs.writeFileSync(path.join(pub, 'embed.js'), '//');
    const copy = path.join(root, 'copy');
    preparePublicCopy(pub, copy);
    expect(fs.readdirSync(copy)).toEqual(['embed.js']);
  });
});

describe('the offline archives', () => {
  it('remove zips a killed run left unfinished (.zip.part) and keep finished ones', () => {
    const out = tempDir();
    for (const f of ['monitor-es-2024.zip', 'monitor-es-2023.zip.part', 'archives.json']) fs.writeFileSync(path.join(out, f), 'x');
    expect(removeStaleParts(out)).toEqual(['monitor-es-2023.zip.part']);
    expect(fs.readdirSync(out).sort()).toEqual(['archives.json', 'monitor-es-2024.zip']);
    expect(removeStaleParts(path.join(out, 'none'))).toEqual([]);
  });
});
