// The builder's first table as the page's HTML carries it (builder-preview.ts), computed from
// the pipeline's output the way the island computes it: the bare address's state, every
// voivodeship with the level file's values, and a total row.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LevelFile } from '#core/data-types.ts';
import { fetchFromData, release, releaseSummaries } from '#build/site-data.ts';
import { BuilderLoader } from '#features/builder/builder-load.ts';
import { BUILDER_AREAS } from '#features/builder/builder-labels.ts';
import { previewTable } from '#features/builder/builder-preview.ts';
import { defaultState } from '#features/builder/builder-state.ts';
import { messages } from '#i18n/index.ts';
import { DATA_FILE } from '#core/urls.ts';

describe('builder preview', () => {
  it('is the default table over the release files, with the level file values and a total row', async () => {
    const rel = release();
    const years = releaseSummaries().find((r) => r.id === rel)!.years;
    const p = await previewTable({
      lang: 'pl',
      messages: messages('pl', ...BUILDER_AREAS),
      release: rel,
      years,
      loader: new BuilderLoader(fetchFromData),
    });
    const d = defaultState(rel);
    expect(p.state).toMatchObject({ level: d.level, indicators: d.indicators, rows: d.rows, totals: true });
    // Normalising places the indicator too (before the years).
    const yearAt = p.state.cols.indexOf('year');
    expect(yearAt).toBeGreaterThanOrEqual(0);

    const [id] = d.indicators;
    const file = JSON.parse(fs.readFileSync(path.join('public', 'data', rel, DATA_FILE.levelIndicator(d.level, id)), 'utf8')) as LevelFile;
    const data = p.rows.filter((r) => r.kind === 'data');
    expect(data).toHaveLength(file.codes.length);
    for (const row of data) {
      const ti = file.codes.indexOf(String(row.keys[0]));
      expect(ti).toBeGreaterThanOrEqual(0);
      expect(row.cells.map((c) => c.value)).toEqual(p.result.cols.map((k) => file.values[id][file.years.indexOf(Number(k[yearAt]))][ti]));
    }
    expect(p.rows.at(-1)!.kind).toBe('total');
    expect(p.caption).toContain(p.ctx.catalogue.get(id)!.name.pl);
  });

  it('reads only files under /data/', async () => {
    await expect(fetchFromData('/etc/passwd')).rejects.toThrow(/not under \/data\//);
    expect((await fetchFromData('/data/no-such-file.json')).status).toBe(404);
  });
});
