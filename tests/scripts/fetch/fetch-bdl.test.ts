import { describe, expect, it } from 'vitest';
import type { BdlSource } from '#core/catalogue.ts';
import { BdlFetchError, createBdlClient, createRateLimiter } from '#scripts/fetch/bdl-client.ts';
import { fetchSnapshot, formatSnapshot, snapshotRequests, type SnapshotRequest } from '#scripts/fetch/fetch-bdl.ts';
import { readSnapshot } from '#scripts/import/bdl-snapshot.ts';
import { fixture, fixtureFetch, recordingSleep } from './bdl-fixture-fetch.ts';

const block: BdlSource = { variables: [{ id: 1000001, dimensions: ['ogółem'] }], unit: 'osoba', levels: ['gmina'] };
const request: SnapshotRequest = {
  file: 'indicators/POP.yaml',
  variable: { id: 1000001, dimensions: ['ogółem'] },
  block,
  years: [2023, 2024],
  pageSize: 2,
};
const retrieved = new Date('2026-12-04T02:00:00Z');

function client(fetch: ReturnType<typeof fixtureFetch>['fetch'], extra: { clientId?: string; retries?: number } = {}) {
  const { sleep, waits } = recordingSleep();
  let t = 0;
  // Each wait moves the fake clock, so the rate limiter sees time pass.
  const c = createBdlClient({ fetch, sleep: async (ms) => void ((t += ms), sleep(ms)), now: () => t, backoffMs: 100, ...extra });
  return { c, waits };
}

describe('fetching a BDL variable', () => {
  it('reads every page until totalRecords, at the catalogue level, with the years and page size asked', async () => {
    const { fetch, calls } = fixtureFetch();
    const snap = await fetchSnapshot(client(fetch).c, request, retrieved);
    const pages = calls.filter((c) => c.url.pathname.includes('/data/by-variable/'));
    expect(pages.map((c) => c.url.searchParams.get('page'))).toEqual(['0', '1', '2']);
    expect(pages[0].url.searchParams.get('unit-level')).toBe('6');
    expect(pages[0].url.searchParams.getAll('year')).toEqual(['2023', '2024']);
    expect(pages[0].url.searchParams.get('page-size')).toBe('2');
    expect(snap.units.map((u) => u.id)).toEqual([
      '011212411092',
      '011212411011',
      '011212001022',
      '011212001011',
      '023210003042',
      '030210101044',
    ]);
    expect(snap.units[0]).toMatchObject({
      teryt: '1211092',
      values: [
        { year: 2023, val: 24300, attrId: 1 },
        { year: 2024, val: 24301, attrId: 1 },
      ],
    });
    expect(snap).toMatchObject({ lastUpdate: '2025-05-14T15:05:15.743', retrieved: '2026-12-04T02:00:00.000Z' });
    expect(snap.variable).toEqual({ id: 1000001, subjectId: 'P9999', dimensions: ['ogółem'], measureUnitName: 'osoba', level: 6 });
  });

  it('writes a snapshot the import reads back unchanged', async () => {
    const snap = await fetchSnapshot(client(fixtureFetch().fetch).c, request, retrieved);
    const read = readSnapshot(formatSnapshot(snap), 'x.json');
    expect(read.problems).toEqual([]);
    expect(read.snapshot).toEqual(snap);
  });

  it('sends the client id header only when a key is set', async () => {
    const anonymous = fixtureFetch();
    await fetchSnapshot(client(anonymous.fetch).c, request, retrieved);
    expect(anonymous.calls.every((c) => !('X-ClientId' in c.headers))).toBe(true);
    const keyed = fixtureFetch();
    await fetchSnapshot(client(keyed.fetch, { clientId: 'k-123' }).c, request, retrieved);
    expect(keyed.calls.every((c) => c.headers['X-ClientId'] === 'k-123')).toBe(true);
  });

  it('stops on a metadata mismatch, naming the file, the variable and what differs', async () => {
    const { fetch, calls } = fixtureFetch();
    const wrong = { ...request, variable: { id: 1000001, dimensions: ['mężczyźni'] } };
    await expect(fetchSnapshot(client(fetch).c, wrong, retrieved)).rejects.toThrow(
      /indicators\/POP\.yaml: BDL variable 1000001 is not the one the catalogue means: BDL names it "ogółem", the catalogue expects "mężczyźni"/,
    );
    await expect(fetchSnapshot(client(fetch).c, { ...request, block: { ...block, unit: 'tys. osób' } }, retrieved)).rejects.toThrow(
      /unit is "osoba", the catalogue expects "tys. osób"/,
    );
    await expect(fetchSnapshot(client(fetch).c, { ...request, block: { ...block, subject: 'P1342' } }, retrieved)).rejects.toThrow(
      /subject P9999, the catalogue expects P1342/,
    );
    expect(calls.some((c) => c.url.pathname.includes('/data/'))).toBe(false);
  });

  it('fails at once on a 4xx error page, naming variable, level, page and status', async () => {
    const { fetch, calls } = fixtureFetch((url) =>
      url.searchParams.get('page') === '1' ? { status: 400, body: fixture('error-400.json') } : undefined,
    );
    const { c, waits } = client(fetch);
    const error = await fetchSnapshot(c, request, retrieved).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BdlFetchError);
    expect((error as Error).message).toBe(
      'BDL API: variable 1000001, level gmina, page 1: HTTP 400 — Bad Request: Niepoprawna wartość parametru unit-level',
    );
    expect(calls.filter((x) => x.url.searchParams.get('page') === '1')).toHaveLength(1);
    expect(waits.filter((w) => w === 100)).toEqual([]);
  });

  it('retries a 5xx with growing backoff and gives up after the bounded retries', async () => {
    const { fetch, calls } = fixtureFetch((url) =>
      url.searchParams.get('page') === '2' ? { status: 503, body: 'Service Unavailable' } : undefined,
    );
    const { c, waits } = client(fetch, { retries: 2 });
    await expect(fetchSnapshot(c, request, retrieved)).rejects.toThrow(
      'BDL API: variable 1000001, level gmina, page 2: HTTP 503 — Service Unavailable (gave up after 3 attempts)',
    );
    expect(calls.filter((x) => x.url.searchParams.get('page') === '2')).toHaveLength(3);
    expect(waits.filter((w) => w === 100 || w === 200)).toEqual([100, 200]);
  });

  it('waits as long as a 429 says in Retry-After, then goes on', async () => {
    const { fetch } = fixtureFetch((url, call) => (call === 2 ? { status: 429, body: '{}', headers: { 'Retry-After': '7' } } : undefined));
    const { c, waits } = client(fetch);
    const snap = await fetchSnapshot(c, request, retrieved);
    expect(snap.units).toHaveLength(6);
    expect(waits).toContain(7000);
  });

  it('retries after a timeout and names it when the retries run out', async () => {
    const timeout = () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    };
    const once = fixtureFetch((url, call) => (call === 3 ? timeout() : undefined));
    expect((await fetchSnapshot(client(once.fetch).c, request, retrieved)).units).toHaveLength(6);
    const always = fixtureFetch((url) => (url.searchParams.get('page') === '0' ? timeout() : undefined));
    await expect(fetchSnapshot(client(always.fetch, { retries: 1 }).c, request, retrieved)).rejects.toThrow(
      'BDL API: variable 1000001, level gmina, page 0: timeout — no answer within 30 s (gave up after 2 attempts)',
    );
  });

  it('names a network failure once the retries run out', async () => {
    const down = fixtureFetch(() => {
      throw new TypeError('fetch failed');
    });
    await expect(fetchSnapshot(client(down.fetch, { retries: 1 }).c, request, retrieved)).rejects.toThrow(
      'BDL API: variable 1000001 metadata: network — fetch failed (gave up after 2 attempts)',
    );
    expect(down.calls).toHaveLength(2);
  });

  it('lists catalogue variables without an id instead of guessing one', () => {
    const { requests, withoutId } = snapshotRequests(
      [
        {
          id: 'POP',
          bdl: {
            variables: [{ dimensions: ['w wieku produkcyjnym', 'ogółem'] }, { id: 5, dimensions: ['x'] }],
            unit: 'osoba',
            levels: ['gmina'],
            combine: 'sum',
          },
        },
      ],
      [2024],
    );
    expect(withoutId).toEqual(['indicators/POP.yaml: "w wieku produkcyjnym;ogółem"']);
    expect(requests.map((r) => r.variable.id)).toEqual([5]);
  });
});

describe('the rate limiter', () => {
  it('lets the anonymous 5 requests a second through and holds the sixth until the second is over', async () => {
    const { sleep, waits } = recordingSleep();
    let t = 0;
    const acquire = createRateLimiter(
      [{ ms: 1000, max: 5 }],
      () => t,
      async (ms) => {
        t += ms;
        await sleep(ms);
      },
    );
    for (let i = 0; i < 6; i++) await acquire();
    expect(waits).toEqual([1000]);
  });

  it('keeps to the longest window too', async () => {
    const { sleep, waits } = recordingSleep();
    let t = 0;
    const acquire = createRateLimiter(
      [
        { ms: 10, max: 100 },
        { ms: 1000, max: 3 },
      ],
      () => t,
      async (ms) => {
        t += ms;
        await sleep(ms);
      },
    );
    for (let i = 0; i < 4; i++) await acquire();
    expect(waits).toEqual([1000]);
  });
});
