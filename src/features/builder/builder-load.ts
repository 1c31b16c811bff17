// Loading for the builder island: the release's catalogue and register once, then only
// the per-level, per-indicator chunks a table needs (public/data/<release>/level/
// <level>/<IND>.json), in parallel, with progress. Chunks stay cached for the visit, so
// adding an indicator loads one file and changing the layout loads nothing.
import type { Indicator } from '#core/catalogue.ts';
import type { LevelFile } from '#core/data-types.ts';
import { decodeBuilderRegister, type BuilderRegisterFile, type BuilderTerritory } from './builder-register.ts';
import { emptyLevelData, mergeChunks, type LevelData } from './builder-data.ts';
import type { Level } from '#core/territory.ts';
import { DATA_FILE, dataPath } from '#core/urls.ts';
import { takePrefetchedText } from './builder-prefetch.ts';

export interface ReleaseMeta {
  release: string;
  years: number[];
  catalogue: Map<string, Indicator>;
  indicators: Indicator[];
  register: Map<string, BuilderTerritory>;
  entries: BuilderTerritory[];
}

export interface Progress {
  done: number;
  total: number;
  bytes: number;
}

type Fetch = (url: string) => Promise<Response>;

async function getText(fetchFn: Fetch, url: string): Promise<string> {
  // Started by the page while it loaded (builder-prefetch.ts); a failed prefetch is fetched again.
  const prefetched = takePrefetchedText(url);
  if (prefetched) return prefetched.catch(() => getText(fetchFn, url));
  const r = await fetchFn(url);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  return r.text();
}

/**
 * A chunk must hold the indicator it was fetched for: merged without it, the table
 * would wait for that indicator for ever, with no message.
 */
export function checkedChunk(file: LevelFile, id: string, url: string): LevelFile {
  if (!file || typeof file !== 'object' || !Array.isArray(file.values?.[id])) throw new Error(`${url} holds no values of ${id}`);
  return file;
}

export class BuilderLoader {
  private meta = new Map<string, Promise<ReleaseMeta>>();
  private chunks = new Map<string, Promise<{ file: LevelFile; bytes: number }>>();
  private levels = new Map<string, LevelData>();

  private readonly fetchFn: Fetch;

  constructor(fetchFn: Fetch = (u) => fetch(u)) {
    this.fetchFn = fetchFn;
  }

  /** indicators.json and the builder's register (names/builder.json) of a release (years from the first level chunk's header are not needed: the catalogue of years is in the level data). */
  releaseMeta(release: string, years: number[]): Promise<ReleaseMeta> {
    let p = this.meta.get(release);
    if (!p) {
      p = Promise.all([
        getText(this.fetchFn, dataPath(release, DATA_FILE.indicators)),
        getText(this.fetchFn, dataPath(release, DATA_FILE.builderRegister)),
      ]).then(([ind, terr]) => {
        const indicators = JSON.parse(ind) as Indicator[];
        const entries = decodeBuilderRegister(JSON.parse(terr) as BuilderRegisterFile);
        return {
          release,
          years,
          indicators,
          catalogue: new Map(indicators.map((i) => [i.id, i])),
          entries,
          register: new Map(entries.map((e) => [e.code, e])),
        };
      });
      p.catch(() => this.meta.delete(release));
      this.meta.set(release, p);
    }
    return p;
  }

  /** Whether every chunk of these indicators is already merged into the level's data. */
  has(release: string, level: Level, ids: string[]): boolean {
    const d = this.levels.get(`${release}/${level}`);
    return !!d && ids.every((id) => d.values.has(id));
  }

  /**
   * Loads the chunks of `ids` not loaded yet and returns the level's data with them
   * merged. onProgress is called after each file (and once at the start).
   */
  async level(release: string, level: Level, ids: string[], onProgress?: (p: Progress) => void): Promise<LevelData> {
    const key = `${release}/${level}`;
    const have = this.levels.get(key);
    const missing = ids.filter((id) => !have?.values.has(id));
    const progress: Progress = { done: 0, total: missing.length, bytes: 0 };
    if (missing.length) onProgress?.({ ...progress });
    const files = await Promise.all(
      missing.map((id) => {
        const url = dataPath(release, DATA_FILE.levelIndicator(level, id));
        let p = this.chunks.get(url);
        if (!p) {
          p = getText(this.fetchFn, url).then((text) => ({
            file: checkedChunk(JSON.parse(text) as LevelFile, id, url),
            bytes: text.length,
          }));
          p.catch(() => this.chunks.delete(url));
          this.chunks.set(url, p);
        }
        return p.then((r) => {
          progress.done++;
          progress.bytes += r.bytes;
          onProgress?.({ ...progress });
          return r.file;
        });
      }),
    );
    let data = this.levels.get(key);
    if (!data && files.length) data = emptyLevelData(release, level, files[0].years, files[0].codes);
    if (!data) throw new Error(`no data for ${key}`);
    mergeChunks(data, files);
    this.levels.set(key, data);
    // A new object each time, so a reactive consumer sees the change.
    return { ...data };
  }
}
