// Astro configuration: a fully static site (no adapter), Polish at / and English at /en/,
// Svelte islands, one custom hydration directive, and a Netlify _redirects file written
// after the build from the territory register (bare TERYT codes → territory pages).
//
// Releases (scripts/build-site.ts): the latest at the root; each older one as a copy with
// SITE_RELEASE=<year> (src/lib/site-data.ts), SITE_BASE=/<year> (Astro's base, read by
// src/lib/base.ts), DIST_DIR=<dist>/<year> and SITE_PUBLIC_DIR, a public folder without
// data/: the copies share the root's /data/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

/** Registers client:interaction (src/components/directives/on-interaction.ts). */
function interactionDirective() {
  return {
    name: 'mes:client-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: './src/components/directives/on-interaction.ts' });
      },
    },
  };
}

const BASE = (process.env.SITE_BASE || '').replace(/\/+$/, '');

/**
 * Writes dist/_redirects: real 301s on Netlify; other hosts use the static redirect pages.
 * Only the root build has one (Netlify reads only the root's), with /<latest>/* mapped onto
 * the root pages.
 */
function netlifyRedirects() {
  return {
    name: 'mes:netlify-redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { register, formerCodes, releases, isArchiveBuild } = await import('./src/lib/site-data.ts');
        if (BASE || isArchiveBuild()) return;
        const { codeTargets, netlifyRedirects: toText } = await import('./src/lib/redirects.ts');
        const out = path.join(fileURLToPath(dir), '_redirects');
        const targets = codeTargets(register(), formerCodes());
        fs.writeFileSync(out, toText(targets, releases().latest));
        logger.info(`_redirects: ${targets.filter((t) => t.to).length} rules and /${releases().latest}/* → /`);
        // Chart cache statistics (src/lib/chart-render.ts), for the build log and the bench.
        const stats = globalThis.__mesChartStats;
        if (stats) logger.info(`charts: ${stats.rendered} rendered (${(stats.ms / 1000).toFixed(1)} s), ${stats.cached} from cache`);
      },
    },
  };
}

export default defineConfig({
  // The public address, used in canonical links and the citation line. Override with SITE_URL.
  site: process.env.SITE_URL || 'https://monitor-ekonomii-spolecznej.netlify.app',
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
  integrations: [svelte(), interactionDirective(), netlifyRedirects()],
  devToolbar: { enabled: false },
});
