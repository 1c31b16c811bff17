// The phone profile of `npm run bench`: the figures of the "fast on a mid-range phone"
// goals, measured in Chromium on a served build, once as a desktop (1280 × 800, no
// throttling) and once as a phone (390 × 844, network 1.6 Mbps down / 750 kbps up with
// 150 ms round trip, CPU slowed 4×, both through the DevTools protocol). Every figure is
// measured in a fresh browser context (empty cache), as a first visit.
//
//   import { phoneProfile } from '../tests/e2e/helpers/phone-bench.ts';
//   const figures = await phoneProfile(browser, 'http://127.0.0.1:4321');
//
// What each figure measures (times in the page's clock, so the test runner's own speed
// does not count):
//   - map: the indicator page loaded (load event), the map section scrolled into view at
//     once, until the gmina map shows its year with every area drawn, and a frame later;
//   - builder first table: /zestawienia/ as it opens, navigation start to the first paint of
//     a result table (its caption's Element Timing: the page's HTML carries this table,
//     computed at build time, BuilderPreview.astro); and, printed beside it without a goal,
//     the first paint of the island's own table, which takes the preview's place;
//   - builder gmina × 3 indicators × all years (2,480 rows): the same for a link to it;
//   - gmina page first contentful paint (the browser's own paint timing);
//   - bytes: everything the indicator page transferred (compressed, headers included)
//     until its gmina map was drawn, scrolled to as above.
// Figures only; goals are compared by the caller (PHONE_GOALS).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { SAMPLE_PAGES } from '../../../src/build/page-weight.ts';

export type Profile = 'desktop' | 'phone';

export const PHONE_NETWORK = { latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 };
export const PHONE_CPU_SLOWDOWN = 4;
export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

/** The indicator of the map figures (the issue's /wskaznik/sps-krs/). */
export const MAP_INDICATOR_SLUG = 'sps-krs';
/** Three indicators of the big builder table: a count, a rate (ratio of sums) and a context figure. */
export const BUILDER_BIG_INDICATORS = ['SPS_KRS', 'SPS_10K', 'POP'];

export interface Figures {
  mapMs: number;
  builderFirstMs: number;
  /** Until the island's own first table replaced the page's preview. */
  builderFirstLiveMs: number;
  builderBigMs: number;
  /** Rows of the big table, so a wrong link cannot pass for a fast table. */
  builderBigRows: number;
  gminaFcpMs: number;
  mapPageBytes: number;
}

/** Goals per figure and profile (ms or bytes); absent = no goal. */
export const PHONE_GOALS: Record<keyof Omit<Figures, 'builderBigRows'>, Partial<Record<Profile, number>>> = {
  mapMs: { desktop: 400, phone: 1500 },
  builderFirstMs: { desktop: 500, phone: 1500 },
  builderFirstLiveMs: {},
  builderBigMs: { desktop: 600, phone: 2000 },
  gminaFcpMs: { phone: 1000 },
  mapPageBytes: { desktop: 250 * 1024 },
};

export const FIGURE_LABELS: Record<keyof typeof PHONE_GOALS, string> = {
  mapMs: 'gmina map drawn, from scrolling into view (/wskaznik/sps-krs/)',
  builderFirstMs: 'builder: first table (/zestawienia/)',
  builderFirstLiveMs: 'builder: first table computed in the browser',
  builderBigMs: 'builder: gmina × 3 indicators × all years (2,480 rows)',
  gminaFcpMs: 'gmina page first contentful paint',
  mapPageBytes: 'bytes transferred, indicator map page',
};

function latestRelease(): string {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'releases.json'), 'utf8')).latest;
}

/** A fresh context (empty cache) with the profile's viewport, and its page with the profile's throttling. */
async function open(browser: Browser, profile: Profile): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const phone = profile === 'phone';
  const context = await browser.newContext({
    viewport: phone ? PHONE_VIEWPORT : DESKTOP_VIEWPORT,
    deviceScaleFactor: phone ? 3 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'pl-PL',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (phone) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE_NETWORK.latencyMs,
      downloadThroughput: PHONE_NETWORK.downloadBitsPerSecond / 8,
      uploadThroughput: PHONE_NETWORK.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
  }
  return { context, page, cdp };
}

/** Sums the bytes on the wire (compressed body + headers) of every response the page gets. */
function countBytes(cdp: CDPSession): () => number {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  return () => bytes;
}

const nextFrame = `new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`;

/** Map drawn after scrolling it into view; and the page's bytes until then. */
export async function mapFigure(browser: Browser, baseURL: string, profile: Profile): Promise<{ ms: number; bytes: number }> {
  const { context, page, cdp } = await open(browser, profile);
  try {
    const bytes = countBytes(cdp);
    await page.goto(`${baseURL}/wskaznik/${MAP_INDICATOR_SLUG}/`, { waitUntil: 'load', timeout: 60_000 });
    const ms = await page.evaluate(async (frame) => {
      const t0 = performance.now();
      document.querySelector('section.map-section')!.scrollIntoView({ block: 'start' });
      const drawn = () => {
        const svg = document.querySelector('[data-testid="map-svg"][data-level="gmina"][data-year]');
        return !!svg && svg.querySelectorAll('g.areas path').length > 2000;
      };
      await new Promise<void>((resolve) => {
        const check = () => (drawn() ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Function(`return ${frame}`)();
      return performance.now() - t0;
    }, nextFrame);
    // Anything still arriving for the drawn map (e.g. the last bytes of a response).
    await page.waitForTimeout(200);
    return { ms, bytes: bytes() };
  } finally {
    await context.close();
  }
}

/**
 * Navigation start to the first paint of a result table (the page's preview or the island's),
 * and to the island's own; both from the tables' captions' Element Timing (`elementtiming`
 * in ResultTable.svelte), the paint itself, so work the page does after it does not count.
 * A table hidden by its page (the preview under an address with a query) is never painted.
 */
export async function builderFigure(
  browser: Browser,
  url: string,
  profile: Profile,
): Promise<{ ms: number; liveMs: number; rows: number }> {
  const { context, page } = await open(browser, profile);
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __mesTablePaints: Record<string, number> };
      w.__mesTablePaints = {};
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
          w.__mesTablePaints[e.identifier] ??= e.renderTime;
      }).observe({ type: 'element', buffered: true });
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const painted = async (names: string[]) => {
      const handle = await page.waitForFunction(
        (names) => {
          const paints = (window as unknown as { __mesTablePaints?: Record<string, number> }).__mesTablePaints ?? {};
          const times = names.map((n) => paints[n]).filter((t) => t !== undefined);
          if (times.length) return Math.min(...times);
          // A build whose tables carry no Element Timing name (an older one, measured as "before"):
          // its table in the document instead, timed a frame later below.
          const unnamed = [...document.querySelectorAll('[data-testid="result-table"]')].some(
            (t) => t.checkVisibility() && !!t.querySelector('tbody tr') && !t.querySelector('caption[elementtiming]'),
          );
          return unnamed ? -1 : false;
        },
        names,
        { polling: 'raf', timeout: 90_000 },
      );
      const ms = (await handle.jsonValue()) as number;
      if (ms >= 0) return ms;
      return page.evaluate(async (frame) => {
        await new Function(`return ${frame}`)();
        return performance.now();
      }, nextFrame);
    };
    const ms = await painted(['builder-preview', 'builder-table']);
    const liveMs = await painted(['builder-table']);
    // The island's table has its rows (a caption alone would be painted before them only if the body were empty).
    await page.waitForFunction(() => !!document.querySelector('[data-testid="builder"] [data-testid="result-table"] tbody tr'), null, {
      timeout: 90_000,
    });
    const rows = await page.evaluate(
      () => (window as unknown as { __mesBuilder?: { size: () => { rows: number } | null } }).__mesBuilder?.size()?.rows ?? 0,
    );
    return { ms, liveMs, rows };
  } finally {
    await context.close();
  }
}

export async function fcpFigure(browser: Browser, baseURL: string, profile: Profile): Promise<number> {
  const { context, page } = await open(browser, profile);
  try {
    await page.goto(`${baseURL}${SAMPLE_PAGES.gmina}`, { waitUntil: 'load', timeout: 60_000 });
    return await page.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const e = performance.getEntriesByName('first-contentful-paint')[0];
        if (e) return e.startTime;
        await new Promise((r) => setTimeout(r, 50));
      }
      return NaN;
    });
  } finally {
    await context.close();
  }
}

export function builderUrls(baseURL: string): { first: string; big: string } {
  const rel = latestRelease();
  return {
    first: `${baseURL}/zestawienia/`,
    big: `${baseURL}/zestawienia/?v=1&r=${rel}&l=gmina&i=${BUILDER_BIG_INDICATORS.join(',')}&rows=territory&cols=indicator,year&tot=1&ch=none`,
  };
}

/** Every figure of one profile. */
export async function profileFigures(browser: Browser, baseURL: string, profile: Profile): Promise<Figures> {
  const map = await mapFigure(browser, baseURL, profile);
  const urls = builderUrls(baseURL);
  const first = await builderFigure(browser, urls.first, profile);
  const big = await builderFigure(browser, urls.big, profile);
  const fcp = await fcpFigure(browser, baseURL, profile);
  return {
    mapMs: map.ms,
    builderFirstMs: first.ms,
    builderFirstLiveMs: first.liveMs,
    builderBigMs: big.ms,
    builderBigRows: big.rows,
    gminaFcpMs: fcp,
    mapPageBytes: map.bytes,
  };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** The median of each figure over several runs (the machine is shared: one run says little). */
export function medianFigures(runs: Figures[]): Figures {
  const keys = Object.keys(runs[0]) as (keyof Figures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Figures;
}

export interface GoalCheck {
  figure: string;
  profile: Profile;
  value: number;
  goal: number;
  met: boolean;
}

export function checkGoals(figures: Record<Profile, Figures>): GoalCheck[] {
  const out: GoalCheck[] = [];
  for (const [key, goals] of Object.entries(PHONE_GOALS) as [keyof typeof PHONE_GOALS, Partial<Record<Profile, number>>][])
    for (const profile of ['desktop', 'phone'] as Profile[]) {
      const goal = goals[profile];
      if (goal === undefined) continue;
      const value = figures[profile][key];
      out.push({ figure: key, profile, value, goal, met: Number.isFinite(value) && value <= goal });
    }
  return out;
}

const fmt = (key: keyof typeof PHONE_GOALS, v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '—' : key === 'mapPageBytes' ? `${(v / 1024).toFixed(0)} KB` : `${(v / 1000).toFixed(2)} s`;

/** The table: figure × (before, after) × (desktop, phone), with the goals. */
export function formatTable(after: Record<Profile, Figures>, before?: Record<Profile, Figures>): string {
  const head = ['figure', ...(before ? ['desktop before', 'phone before'] : []), 'desktop', 'phone', 'goal desktop', 'goal phone'];
  const lines = [head];
  for (const key of Object.keys(PHONE_GOALS) as (keyof typeof PHONE_GOALS)[]) {
    const g = PHONE_GOALS[key];
    lines.push([
      FIGURE_LABELS[key],
      ...(before ? [fmt(key, before.desktop[key]), fmt(key, before.phone[key])] : []),
      fmt(key, after.desktop[key]),
      fmt(key, after.phone[key]),
      g.desktop === undefined ? '—' : `≤ ${fmt(key, g.desktop)}`,
      g.phone === undefined ? '—' : `≤ ${fmt(key, g.phone)}`,
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines.map((l) => l.map((c, i) => c.padEnd(widths[i])).join(' | ')).join('\n');
}
