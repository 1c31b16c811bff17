// The phone profile of `npm run bench` (tests/e2e/helpers/phone-bench.ts): prints the
// issue's table of map, builder and paint figures on a desktop and a throttled phone,
// the median of PHONE_BENCH_RUNS runs (`npm run bench` sets 3; one run in `npm test`, where
// only its counts are checked). With PHONE_BENCH_BEFORE_URL (a server
// of the build to compare with) the same figures of that build are printed beside them.
// The figures go to PHONE_BENCH_OUT as JSON, where `npm run bench` checks the goals.
// Timings are printed, never asserted here; only the size of the big table is.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkGoals, formatTable, medianFigures, profileFigures, type Figures, type Profile } from './helpers/phone-bench.ts';

const RUNS = Number(process.env.PHONE_BENCH_RUNS ?? 1);
const BEFORE = process.env.PHONE_BENCH_BEFORE_URL;
const OUT = process.env.PHONE_BENCH_OUT ?? path.join('test-results', 'phone-bench.json');

async function measure(
  browser: import('@playwright/test').Browser,
  baseURL: string,
): Promise<{ median: Record<Profile, Figures>; runs: Record<Profile, Figures[]> }> {
  const runs: Record<Profile, Figures[]> = { desktop: [], phone: [] };
  for (let i = 0; i < RUNS; i++)
    for (const profile of ['desktop', 'phone'] as Profile[]) runs[profile].push(await profileFigures(browser, baseURL, profile));
  return { median: { desktop: medianFigures(runs.desktop), phone: medianFigures(runs.phone) }, runs };
}

test('phone profile: map, builder and gmina page on a desktop and a throttled phone', async ({ browser, baseURL }) => {
  test.setTimeout(RUNS * (BEFORE ? 2 : 1) * 240_000);
  const before = BEFORE ? await measure(browser, BEFORE) : undefined;
  const after = await measure(browser, baseURL!);
  const goals = checkGoals(after.median);
  console.log(
    `\nphone profile (median of ${RUNS} runs${BEFORE ? `; before = ${BEFORE}` : ''})\n${formatTable(after.median, before?.median)}`,
  );
  for (const profile of ['desktop', 'phone'] as Profile[])
    console.log(`${profile} runs: ${JSON.stringify(after.runs[profile].map((r) => Object.values(r).map((v) => Math.round(v))))}`);
  const missed = goals.filter((g) => !g.met);
  console.log(
    missed.length
      ? `goals missed: ${missed.map((g) => `${g.figure} (${g.profile}) ${Math.round(g.value)} > ${g.goal}`).join('; ')}`
      : 'every goal met',
  );
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify({ runs: RUNS, after, before, goals }, null, 1));
  for (const profile of ['desktop', 'phone'] as Profile[]) expect(after.median[profile].builderBigRows).toBeGreaterThan(2400);
});
