// The site's public origin, in one place: astro.config.mjs `site` (canonical links and
// citations on pages), the citations inside downloaded files, and the offline archives'
// links back to the online site. Override with SITE_URL.
export const SITE_URL = (
  (typeof process !== 'undefined' && process.env.SITE_URL) ||
  'https://monitor-ekonomii-spolecznej.netlify.app'
).replace(/\/$/, '');
