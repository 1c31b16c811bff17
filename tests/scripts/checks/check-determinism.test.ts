// The determinism check's comparison rules (scripts/checks/check-determinism.ts): what the quick
// mode leaves out and blanks must be exactly the archive step's output, nothing more.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankArchiveFigures, compareTrees, notFromRootBuild } from '#scripts/checks/check-determinism.ts';

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'det-test-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('determinism comparison', () => {
  const page = (size: string, sha: string, extra = '') =>
    `<p>Archiwum: <span data-archive-size="2024" data-astro-cid-tq6gow46>${size}</span>, SHA-256 <span data-archive-sha256="2024">${sha}</span>${extra}</p>`;

  it('blanks only the archive figures on the releases page', () => {
    const filled = Buffer.from(page('186,7 MB', 'ab12'));
    const fresh = Buffer.from(page('—', '—'));
    expect(blankArchiveFigures('dane/index.html', filled).equals(blankArchiveFigures('dane/index.html', fresh))).toBe(true);
    const otherChange = Buffer.from(page('—', '—', ' zmiana'));
    expect(blankArchiveFigures('dane/index.html', otherChange).equals(blankArchiveFigures('dane/index.html', fresh))).toBe(false);
    expect(blankArchiveFigures('x.json', filled)).toBe(filled);
  });

  it('skips older releases and the archives, and still reports every other difference', () => {
    const a = tree({
      'index.html': 'a',
      '2023/index.html': 'old',
      'archiwum/x.zip': 'z',
      'dane/index.html': page('1 MB', 'ff'),
      'powiat/2023/index.html': 'p',
    });
    const b = tree({ 'index.html': 'a', 'dane/index.html': page('—', '—'), 'powiat/2023/index.html': 'q' });
    const r = compareTrees(a, b, {
      skip: notFromRootBuild({ latest: '2024', releases: ['2023', '2024'] }),
      normalise: blankArchiveFigures,
    });
    expect(r.differences.map((d) => [d.file, d.kind])).toEqual([['powiat/2023/index.html', 'content']]);
    const strict = compareTrees(a, b);
    expect(strict.differences.map((d) => d.file).sort()).toEqual([
      '2023/index.html',
      'archiwum/x.zip',
      'dane/index.html',
      'powiat/2023/index.html',
    ]);
    for (const d of [a, b]) fs.rmSync(d, { recursive: true, force: true });
  });
});
