// Older releases are restored from the frozen-release store when their inputs are unchanged,
// byte for byte, and rebuilt when their data (or, under the strict policy, their code) changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freeze,
  parsePolicy,
  parseRebuild,
  readFrozen,
  releaseFingerprint,
  restore,
  staleReason,
  treeSize,
  filesUnder,
} from '#scripts/site/frozen-releases.ts';
import { releasesUpTo } from '#build/site-data.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-frozen-'));
  temp.push(d);
  return d;
};
const write = (root: string, rel: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};

/** A project with two releases' data, shared geometry, templates and a static file. */
function project(): string {
  const root = tempDir();
  write(root, 'public/data/2023/territory/PL.json', '{"v":1}');
  write(root, 'public/data/2024/territory/PL.json', '{"v":2}');
  write(root, 'public/data/releases.json', '{"latest":"2024","releases":["2024","2023"]}');
  write(root, 'public/data/geo/gmina.json', '{}');
  write(root, 'public/favicon.svg', '<svg/>');
  write(root, 'src/pages/index.astro', '<h1>hi</h1>');
  write(root, 'indicators/catalogue.yaml', 'x: 1');
  write(root, 'astro.config.mjs', 'export default {}');
  write(root, 'tsconfig.json', '{}');
  write(root, 'package-lock.json', '{}');
  return root;
}

describe('the fingerprint of an older release', () => {
  it('changes with its own data, the shared geometry or the code, and not with another release', () => {
    const root = project();
    const before = releaseFingerprint(root, '2023');
    expect(releaseFingerprint(root, '2023')).toEqual(before);

    // A later release, its data or the release list: the copy of 2023 is unaffected.
    write(root, 'public/data/2025/territory/PL.json', '{"v":3}');
    write(root, 'public/data/2024/territory/PL.json', '{"v":22}');
    write(root, 'public/data/releases.json', '{"latest":"2025","releases":["2025","2024","2023"]}');
    expect(releaseFingerprint(root, '2023')).toEqual(before);

    write(root, 'public/data/2023/territory/PL.json', '{"v":9}');
    const data = releaseFingerprint(root, '2023');
    expect(data.data).not.toBe(before.data);
    expect(data.code).toBe(before.code);

    write(root, 'public/data/geo/gmina.json', '{"type":"Topology"}');
    expect(releaseFingerprint(root, '2023').data).not.toBe(data.data);

    for (const [file, text] of [
      ['src/pages/index.astro', '<h1>hello</h1>'],
      ['public/favicon.svg', '<svg></svg>'],
      ['package-lock.json', '{"v":2}'],
      ['indicators/catalogue.yaml', 'x: 2'],
    ]) {
      const was = releaseFingerprint(root, '2023');
      write(root, file, text);
      const now = releaseFingerprint(root, '2023');
      expect(now.code, file).not.toBe(was.code);
      expect(now.data, file).toBe(was.data);
    }
  });

  it('tells a moved byte or a renamed file from the original', () => {
    const a = project();
    const b = project();
    write(a, 'public/data/2023/x.json', 'ab');
    write(a, 'public/data/2023/y.json', 'c');
    write(b, 'public/data/2023/x.json', 'a');
    write(b, 'public/data/2023/y.json', 'bc');
    expect(releaseFingerprint(a, '2023').data).not.toBe(releaseFingerprint(b, '2023').data);
    const c = project();
    write(c, 'public/data/2023/z.json', 'ab');
    write(c, 'public/data/2023/y.json', 'c');
    expect(releaseFingerprint(a, '2023').data).not.toBe(releaseFingerprint(c, '2023').data);
  });
});

describe('the policy', () => {
  const fp = { data: 'd', code: 'c' };
  const frozen = { release: '2023', data: 'd', code: 'c', files: 1, bytes: 1 };
  it('restores when the inputs match; rebuilds on new data always, on new code only when strict', () => {
    expect(staleReason(undefined, fp, 'strict')).toBe('not frozen yet');
    expect(staleReason(frozen, fp, 'strict')).toBeUndefined();
    expect(staleReason(frozen, { ...fp, data: 'd2' }, 'data')).toBe('its data changed');
    expect(staleReason(frozen, { ...fp, code: 'c2' }, 'strict')).toBe('the code changed');
    expect(staleReason(frozen, { ...fp, code: 'c2' }, 'data')).toBeUndefined();
  });
  it('reads --rebuild and FROZEN_RELEASES, refusing what it does not know', () => {
    expect([...parseRebuild(['--rebuild=2023'], ['2023', '2022'])]).toEqual(['2023']);
    expect([...parseRebuild(['--rebuild=all'], ['2023', '2022'])]).toEqual(['2023', '2022']);
    expect(parseRebuild([], ['2023']).size).toBe(0);
    expect(() => parseRebuild(['--rebuild=2024'], ['2023'])).toThrow(/2024 is not an older release/);
    expect(parsePolicy(undefined)).toBe('strict');
    expect(parsePolicy('data')).toBe('data');
    expect(() => parsePolicy('loose')).toThrow(/FROZEN_RELEASES=loose/);
  });
});

describe('the store', () => {
  it('gives back the built folder byte for byte, and a write into dist/ does not reach it', () => {
    const root = tempDir();
    const built = path.join(root, 'dist', '2023');
    write(built, 'index.html', '<p>2023</p>');
    write(built, 'gmina/1-a/index.html', '<p>a</p>');
    write(built, '_astro/x.js', Buffer.from([0, 1, 2, 255]));
    const store = path.join(root, 'store');
    const record = freeze(store, '2023', built, { data: 'd', code: 'c' });
    expect(record).toEqual({ release: '2023', data: 'd', code: 'c', files: 3, bytes: 11 + 8 + 4 });
    expect(readFrozen(store, '2023')).toEqual(record);

    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    write(path.join(root, 'dist'), '2023/stale.html', 'left from another build');
    restore(store, '2023', built);
    expect(filesUnder(built)).toEqual(['_astro/x.js', 'gmina/1-a/index.html', 'index.html']);
    expect([...fs.readFileSync(path.join(built, '_astro/x.js'))]).toEqual([0, 1, 2, 255]);

    fs.writeFileSync(path.join(built, 'index.html'), '<p>filled in later</p>');
    expect(fs.readFileSync(path.join(store, '2023', 'site', 'index.html'), 'utf8')).toBe('<p>2023</p>');
    expect(treeSize(path.join(store, '2023', 'site'))).toEqual({ files: 3, bytes: 23 });
  });

  it('replaces a frozen copy whole and leaves no temporary folder', () => {
    const root = tempDir();
    const store = path.join(root, 'store');
    write(root, 'a/old.html', 'old');
    freeze(store, '2023', path.join(root, 'a'), { data: 'd1', code: 'c' });
    write(root, 'b/new.html', 'new');
    freeze(store, '2023', path.join(root, 'b'), { data: 'd2', code: 'c' });
    expect(fs.readdirSync(store)).toEqual(['2023']);
    expect(filesUnder(path.join(store, '2023', 'site'))).toEqual(['new.html']);
    expect(readFrozen(store, '2023')?.data).toBe('d2');
    expect(readFrozen(store, '2022')).toBeUndefined();
  });
});

describe('what a copy may name', () => {
  it('lists its own release and the older ones, never a later one', () => {
    const all = { latest: '2025', releases: ['2025', '2024', '2023'] };
    expect(releasesUpTo(all, '2024')).toEqual({ latest: '2025', releases: ['2024', '2023'] });
    expect(releasesUpTo(all, '2025')).toEqual(all);
  });
});
