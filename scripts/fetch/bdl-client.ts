// A small client for GUS's BDL REST API (https://bdl.stat.gov.pl/api/v1): the rate limits,
// bounded retries with backoff, timeouts and errors that name what failed. `fetch` and the
// clock are injected, so tests serve recorded pages and never wait. The facts used here
// are collected with their sources in /work/shared/reference/BDL-API.md.
import { maxOf } from '#core/arrays.ts';

/** The part of the WHATWG fetch this client uses (Node's global fetch fits). */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

/** Base URL: R client R/get_request.R `build_url()`; pyLDB pyldb/config.py `LDB_API_BASE_URL`. */
export const BDL_API = 'https://bdl.stat.gov.pl/api/v1';

/**
 * The optional key raises the limits; it travels in the `X-ClientId` header (statisticspoland/
 * R_Package_to_API_BDL R/get_request.R; AN0DA/pyLDB pyldb/api/client.py) and is read from
 * this environment variable. Keys are issued at https://api.stat.gov.pl/Home/BdlApi.
 */
export const CLIENT_ID_ENV = 'BDL_CLIENT_ID';

/**
 * Requests allowed per window, anonymous and with a key, as in the API manual's "Limity"
 * (quoted in AN0DA/pyLDB docs/config.rst and hard-coded there as DEFAULT_QUOTAS in pyldb/config.py).
 */
export const RATE_LIMITS: readonly { ms: number; anonymous: number; registered: number }[] = [
  { ms: 1000, anonymous: 5, registered: 10 },
  { ms: 15 * 60 * 1000, anonymous: 100, registered: 500 },
  { ms: 12 * 3600 * 1000, anonymous: 1000, registered: 5000 },
  { ms: 7 * 24 * 3600 * 1000, anonymous: 10000, registered: 50000 },
];

export class BdlFetchError extends Error {
  readonly status: number | 'timeout' | 'network';
  constructor(what: string, status: number | 'timeout' | 'network', detail: string) {
    super(`BDL API: ${what}: ${typeof status === 'number' ? `HTTP ${status}` : status}${detail ? ` — ${detail}` : ''}`);
    this.status = status;
  }
}

export interface BdlClientOptions {
  fetch: FetchLike;
  clientId?: string;
  /** Waits; tests pass one that only records. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  timeoutMs?: number;
  /** Further attempts after the first, for 429, 5xx, timeouts and network errors. */
  retries?: number;
  /** First backoff; doubled on every further attempt, at most maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  baseUrl?: string;
}

/**
 * Waits before a request until every window has room again. Counts only this process's
 * requests: a second run within 15 minutes shares the API's budget without knowing it.
 */
export function createRateLimiter(
  windows: readonly { ms: number; max: number }[],
  now: () => number,
  sleep: (ms: number) => Promise<void>,
) {
  const sent: number[] = [];
  const longest = maxOf(windows.map((w) => w.ms));
  return async function acquire(): Promise<void> {
    for (;;) {
      const t = now();
      while (sent.length && sent[0] <= t - longest) sent.shift();
      let wait = 0;
      for (const w of windows) {
        const inWindow = sent.filter((s) => s > t - w.ms);
        if (inWindow.length >= w.max) wait = Math.max(wait, inWindow[inWindow.length - w.max] + w.ms - t);
      }
      if (wait <= 0) {
        sent.push(t);
        return;
      }
      await sleep(wait);
    }
  };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** 429 (rate limit) and 5xx are worth another try; other 4xx are the request's fault. */
const retryable = (status: number) => status === 429 || status >= 500;

/** The API's error text, if the body is its ErrorResponseMessage ({errors:[{errorReason,…}]}) or LimitResponseMessage. */
function errorDetail(body: string): string {
  try {
    const j = JSON.parse(body) as { errors?: { errorReason?: string; errorResult?: string }[]; errorReason?: string; errorResult?: string };
    const e = j.errors?.[0] ?? j;
    return [e.errorResult, e.errorReason].filter(Boolean).join(': ');
  } catch {
    return body.slice(0, 200);
  }
}

export function createBdlClient(options: BdlClientOptions) {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const retries = options.retries ?? 4;
  const backoffMs = options.backoffMs ?? 2000;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const base = options.baseUrl ?? BDL_API;
  const tier = options.clientId ? 'registered' : 'anonymous';
  const acquire = createRateLimiter(
    RATE_LIMITS.map((l) => ({ ms: l.ms, max: l[tier] })),
    now,
    sleep,
  );
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.clientId) headers['X-ClientId'] = options.clientId;

  /** GET `path` with `params` (arrays repeat the key: year=2020&year=2021) and parse the JSON; `what` names it in errors. */
  async function getJson<T>(path: string, params: Record<string, string | number | (string | number)[]>, what: string): Promise<T> {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) query.append(k, String(x));
    const url = `${base}${path}?${query}`;
    for (let attempt = 0; ; attempt++) {
      await acquire();
      let failure: BdlFetchError;
      let retryAfterMs: number | undefined;
      try {
        const res = await options.fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
        const body = await res.text();
        if (res.status === 200) return JSON.parse(body) as T;
        failure = new BdlFetchError(what, res.status, errorDetail(body));
        if (!retryable(res.status)) throw failure;
        const after = Number(res.headers.get('Retry-After'));
        if (after > 0) retryAfterMs = after * 1000;
      } catch (e) {
        if (e instanceof BdlFetchError && !retryable(e.status as number)) throw e;
        if (e instanceof BdlFetchError) failure = e;
        else if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'))
          failure = new BdlFetchError(what, 'timeout', `no answer within ${timeoutMs / 1000} s`);
        else if (e instanceof SyntaxError) throw new BdlFetchError(what, 200, `the answer is not JSON (${e.message})`);
        else failure = new BdlFetchError(what, 'network', (e as Error).message);
      }
      if (attempt >= retries) {
        failure.message += ` (gave up after ${attempt + 1} attempts)`;
        throw failure;
      }
      await sleep(retryAfterMs ?? Math.min(maxBackoffMs, backoffMs * 2 ** attempt));
    }
  }
  return { getJson, url: (path: string) => `${base}${path}` };
}
export type BdlClient = ReturnType<typeof createBdlClient>;
