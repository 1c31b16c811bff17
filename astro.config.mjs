// Astro configuration: a fully static site (no adapter), Polish at / and English at /en/,
// Svelte islands, and the site's own integrations (src/build/integrations.ts): one custom
// hydration directive, Netlify's _redirects and _headers written after the build.
//
// Releases (scripts/site/build-site.ts): the latest at the root; each older one as a copy with
// SITE_RELEASE=<year> (src/build/site-data.ts), SITE_BASE=/<year> (Astro's base, read by
// src/core/base.ts), DIST_DIR=<dist>/<year> and SITE_PUBLIC_DIR, a public folder without
// data/: the copies share the root's /data/.
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { normaliseBase } from './src/core/base.ts';
import { SITE_URL } from './src/core/site-url.ts';
import { chartCacheReport, clientInteraction, modulePreload, netlifyRedirects, securityHeaders } from './src/build/integrations.ts';

const BASE = normaliseBase(process.env.SITE_BASE);

export default defineConfig({
  // The public address, used in canonical links and the citation line (src/core/site-url.ts; override with SITE_URL).
  site: SITE_URL,
  // DIST_DIR lets several builds (e.g. parallel test runs) use separate output folders.
  outDir: process.env.DIST_DIR || './dist',
  // '' at the root; '/2023' for the copy of an older release.
  ...(BASE ? { base: BASE } : {}),
  ...(process.env.SITE_PUBLIC_DIR ? { publicDir: process.env.SITE_PUBLIC_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One shared stylesheet, cached across pages, rather than CSS repeated in every page.
    inlineStylesheets: 'never',
  },
  integrations: [svelte(), clientInteraction(), netlifyRedirects(), securityHeaders(), chartCacheReport(), modulePreload()],
  devToolbar: { enabled: false },
});
