// The map figures as a browser test (see map-bench.ts): prints the timings, asserts only the
// payload bytes (deterministic); timing budgets are checked by `npm run bench`.
import { expect, test } from '@playwright/test';
import { MAP_BUDGETS, mapFirstRender, mapGminaPayload, mapRedraw } from './helpers/map-bench.ts';

test('gmina map budgets: first render, redraw on a year change, payload', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const first = await mapFirstRender(page, baseURL!);
  const redraw = await mapRedraw(page, baseURL!);
  const payload = mapGminaPayload();
  console.log(
    `map bench: first render ${first.ms} ms (geometry ${first.geometryMs} ms, ${first.paths} paths); redraw median ${redraw.medianMs} ms, max ${redraw.maxMs} ms, fills ${redraw.fillMedianMs} ms, table+chart follow after ${redraw.panelMedianMs} ms (${redraw.samples} year changes); gzip topology ${payload.topology} B + data ${payload.data} B = ${payload.total} B (names ${payload.names} B)`,
  );
  // Timings are printed, not asserted: on a shared 2-core machine a timing fails at random.
  expect(first.paths).toBeGreaterThan(0);
  expect(redraw.samples).toBeGreaterThan(0);
  expect(payload.total).toBeLessThanOrEqual(MAP_BUDGETS.gminaPayloadGzipBytes);
});
