// The release-growth bench's fixture: the oldest release's tables under the year before it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureId, fixtureReleaseYaml } from '#scripts/checks/bench-releases.ts';

describe('the fixture release', () => {
  it('takes the year before the oldest release', () => {
    expect(fixtureId(['2024', '2023'])).toBe('2022');
  });
  it('is the source release.yaml with its id, publication date and notes replaced', () => {
    const source = fs.readFileSync('data/releases/2023/release.yaml', 'utf8');
    const before = parse(source) as Record<string, unknown>;
    const after = parse(fixtureReleaseYaml(source, '2022')) as Record<string, unknown> & { notes: { pl: string; en: string } };
    expect(after.id).toBe('2022');
    expect(after.published).toBe(`${Number(String(before.published).slice(0, 4)) - 1}${String(before.published).slice(4)}`);
    expect(after.years).toEqual(before.years);
    expect(after.demoSeed).toEqual(before.demoSeed);
    expect(after.notes.pl).toMatch(/Wydanie testowe 2022/);
    expect(after.notes.en).toMatch(/Test release 2022/);
  });
});
