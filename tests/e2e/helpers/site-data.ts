// Test helpers that read the pipeline's JSON directly, so the browser tests compare the
// page with the data rather than with the page's own code.
import fs from 'node:fs';
import path from 'node:path';
import type { TerritoryFile } from '#core/data-types.ts';

const DATA = path.join(process.cwd(), 'public', 'data');

export function latestRelease(): string {
  return JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')).latest;
}

export function territory(code: string): TerritoryFile {
  return JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), 'territory', `${code}.json`), 'utf8'));
}

/** The latest non-null value of a series, with its year. */
export function latestValue(file: TerritoryFile, id: string): { year: number; value: number } {
  const s = file.series[id];
  for (let i = s.v.length - 1; i >= 0; i--) if (s.v[i] !== null) return { year: file.years[i], value: s.v[i]! };
  throw new Error(`${file.territory.code} has no ${id}`);
}

/** A territory whose latest cell of some indicator is confidential (suppressed), if the data has one. */
export function findSuppressed(level: string): { code: string; slug: string; indicator: string } | undefined {
  const dir = path.join(DATA, latestRelease(), 'territory');
  for (const name of fs.readdirSync(dir)) {
    const file: TerritoryFile = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (file.territory.level !== level) continue;
    for (const [id, s] of Object.entries(file.series)) {
      const last = s.v.length - 1;
      const latestShown = [...s.v.keys()].reverse().find((i) => s.v[i] !== null || (s.f?.[i] ?? 0) & 2);
      if (latestShown !== undefined && s.v[latestShown] === null && id !== 'GMINA_COUNT' && last >= 0)
        return { code: file.territory.code, slug: file.territory.slug, indicator: id };
    }
  }
  return undefined;
}
