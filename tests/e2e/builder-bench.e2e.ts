// Prints the builder's performance figures (tests/e2e/helpers/builder-bench.ts). Timings are
// printed, not asserted: this machine is shared and a timing is not a test.
import { expect, test } from '@playwright/test';
import { builderLoadBench, builderPivotBench, LOAD_BUDGET_MS, PIVOT_BUDGET_MS } from './helpers/builder-bench.ts';

test('builder performance: pivot of all gminas × 10 indicators × 10 years; whole gmina level loaded', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const pivot = await builderPivotBench(page, baseURL!);
  const load = await builderLoadBench(browser, baseURL!);
  console.table([
    {
      figure: `pivot median (budget < ${PIVOT_BUDGET_MS} ms)`,
      ms: pivot.medianMs.toFixed(1),
      detail: `min ${pivot.minMs.toFixed(1)}, max ${pivot.maxMs.toFixed(1)}, first ${pivot.firstMs.toFixed(1)}; ${pivot.territories} gminas, ${pivot.rows} rows × ${pivot.cols} cols`,
    },
    {
      figure: `gmina level loaded (budget < ${LOAD_BUDGET_MS} ms to ready)`,
      ms: load.loadMs.toFixed(0),
      detail: `${load.files} files, ${(load.bytes / 1e6).toFixed(1)} MB`,
    },
    {
      figure: 'gmina level ready (load + first pivot)',
      ms: load.readyMs.toFixed(0),
      detail: `${load.pageToReadyMs.toFixed(0)} ms from navigation start`,
    },
  ]);
  expect(pivot.territories).toBe(2479);
  expect(pivot.rows).toBe(16 * 10 + 10); // 16 voivodeships × 10 years + 10 total rows
  expect(pivot.cols).toBe(10);
  expect(load.files).toBe(load.indicators);
});
