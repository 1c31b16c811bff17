// The site base: '' for the latest release at the site root, '/2023' for the copy of an
// older release built under /2023/ (scripts/site/build-site.ts). Every page URL the portal
// writes goes through withBase(), so one set of pages serves both; the shared data under
// /data/<release>/ is the same for every copy and is never prefixed.
//
// The base comes from Astro's `base` (SITE_BASE in astro.config.mjs) as Vite's
// import.meta.env.BASE_URL, which Vite writes into the server build and the island bundles
// alike. Plain Node (scripts, the _redirects writer in astro.config.mjs) has no
// import.meta.env: there the base is '' (those only ever run for the root build).

/** '' or '/2023' from any spelling Astro may give: '/', '', '/2023', '/2023/'. */
export function normaliseBase(raw: string | undefined | null): string {
  const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * The base of this build. Read on every call, not once at import, so tests can switch it
 * (vi.stubEnv('BASE_URL', '/2023/')); in a build Vite has replaced the expression with a
 * string constant anyway.
 */
export function siteBase(): string {
  // Literally `import.meta.env` (not a cast of import.meta): the form Vite replaces.
  return normaliseBase(import.meta.env?.BASE_URL);
}

/** A site path ("/gmina/…/", always starting with "/") under the base: "/2023/gmina/…/". */
export function withBase(path: string, base = siteBase()): string {
  if (!path.startsWith('/')) throw new Error(`withBase: not a site path: ${path}`);
  return base === '' ? path : `${base}${path}`;
}

/** The site path without the base ("/2023/gmina/…/" → "/gmina/…/"); other paths unchanged. */
export function stripBase(path: string, base = siteBase()): string {
  if (base === '') return path;
  if (path === base) return '/';
  return path.startsWith(`${base}/`) ? path.slice(base.length) : path;
}

/** The release id of a copy's base ("/2023" → "2023"); undefined at the root. */
export function releaseOfBase(base = siteBase()): string | undefined {
  const m = /^\/(\d{4})$/.exec(base);
  return m ? m[1] : undefined;
}
