// Astro's client types (import.meta.env and friends) for `tsc`, also on a fresh clone,
// where the generated .astro/types.d.ts does not exist until the first build.
/// <reference types="astro/client" />
