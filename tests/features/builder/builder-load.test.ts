// The builder's loader fails with a message rather than leaving the table waiting: a
// fetch error names the status and file, and a chunk without the indicator it was
// fetched for is refused (merged, it would keep the table on "loading" with no message).
import { describe, expect, it } from 'vitest';
import type { LevelFile } from '#core/data-types.ts';
import { BuilderLoader } from '#features/builder/builder-load.ts';

const chunk = (id: string): LevelFile => ({
  release: 'T',
  level: 'gmina',
  years: [2024],
  codes: ['1201011'],
  values: { [id]: [[1]] },
  flags: { [id]: [[0]] },
});

function loaderServing(files: Record<string, { status: number; body: unknown }>) {
  return new BuilderLoader(async (url) => {
    const f = Object.entries(files).find(([suffix]) => url.endsWith(suffix))?.[1] ?? { status: 404, body: 'not found' };
    return new Response(typeof f.body === 'string' ? f.body : JSON.stringify(f.body), { status: f.status });
  });
}

describe('builder loader', () => {
  it('loads the chunks asked for and merges them', async () => {
    const loader = loaderServing({ '/level/gmina/A.json': { status: 200, body: chunk('A') } });
    const data = await loader.level('T', 'gmina', ['A']);
    expect(data.values.get('A')).toEqual([[1]]);
  });

  it('fails with the status and the file when a chunk cannot be fetched', async () => {
    const loader = loaderServing({ '/level/gmina/A.json': { status: 500, body: 'server error' } });
    await expect(loader.level('T', 'gmina', ['A'])).rejects.toThrow(/^500 .*\/level\/gmina\/A\.json$/);
  });

  it('refuses a chunk that does not hold the indicator it was fetched for', async () => {
    const loader = loaderServing({ '/level/gmina/A.json': { status: 200, body: chunk('B') } });
    await expect(loader.level('T', 'gmina', ['A'])).rejects.toThrow(/level\/gmina\/A\.json holds no values of A/);
  });
});
