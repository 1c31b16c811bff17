// A fake `fetch` that serves the recorded-shape BDL pages of tests/fixtures/bdl/ and
// records every request, so tests page, fail and retry without network or waiting.
import fs from 'node:fs';
import path from 'node:path';
import type { FetchLike } from '#scripts/fetch/bdl-client.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/bdl');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

export interface Served {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * Answers GET /variables/{id} and /data/by-variable/{id}?page=N from the fixtures; `override`
 * may answer a request first (an error page, a timeout) by returning a response or throwing.
 */
export function fixtureFetch(override?: (url: URL, call: number) => Served | undefined) {
  const calls: { url: URL; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = async (raw, init) => {
    const url = new URL(raw);
    calls.push({ url, headers: init.headers });
    const served = override?.(url, calls.length) ?? serve(url);
    return { status: served.status, headers: { get: (n: string) => served.headers?.[n] ?? null }, text: async () => served.body };
  };
  return { fetch, calls };
}

function serve(url: URL): Served {
  const variable = /\/variables\/(\d+)$/.exec(url.pathname);
  if (variable) return { status: 200, body: fixture(`variable-${variable[1]}.json`) };
  const data = /\/data\/by-variable\/(\d+)$/.exec(url.pathname);
  if (data) return { status: 200, body: fixture(`data-${data[1]}-page-${url.searchParams.get('page')}.json`) };
  return { status: 404, body: '{}' };
}

/** A sleep that only records how long it was asked to wait. */
export function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
