// Browser tests against the built site (dist/), served by `astro preview` on 127.0.0.1,
// in Debian's Chromium (no browser download works here). Run after a build:
//   npm run test:e2e   (builds first)   or   npx playwright test -c tests/playwright.config.ts
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4399);
// E2E_BASE_URL: run the specs against a server already running (e.g. `astro dev` while
// working on one page); no preview server is started then.
const EXTERNAL = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: './e2e',
  // *.e2e.ts, so vitest (which runs *.test.ts) never picks these up.
  testMatch: /.*\.e2e\.ts$/,
  outputDir: '../test-results',
  // Ceilings, not budgets: a busy 2-core machine running two workers beside the preview
  // server can take several times longer than an idle one, and a test must not fail for that.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: EXTERNAL ?? `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'pl-PL',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: EXTERNAL
    ? undefined
    : {
        // --ignore-lock: a developer's own preview server may already be running.
        command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
        cwd: '..',
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: { ASTRO_TELEMETRY_DISABLED: '1' },
      },
});
