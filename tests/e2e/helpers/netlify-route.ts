// Serves the portal's responses in Chromium with the headers Netlify would send for their
// paths (netlify.toml plus the CSP rules the build wrote into dist/_headers), so that the
// browser enforces the real CSP and frame-ancestors. Used by security.e2e.ts and embed.e2e.ts.
import type { BrowserContext } from '@playwright/test';
import { headersFor, readSiteHeaders } from '#test-helpers/netlify-headers.ts';

const netlify = readSiteHeaders();

export async function withNetlifyHeaders(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.origin === origin,
    async (route) => {
      try {
        const response = await route.fetch();
        const { pathname } = new URL(route.request().url());
        await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(netlify, pathname) } });
      } catch {
        // The browser dropped the request (navigation, page closed): nothing to serve.
      }
    },
  );
}
