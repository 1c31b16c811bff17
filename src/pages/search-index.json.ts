// /search-index.json — the territory search index (src/features/search/search-index.ts), one file
// for both languages, fetched by the search island on first use.
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '#features/search/search-index.ts';
import { register } from '#build/site-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(register())), { headers: { 'Content-Type': 'application/json' } });
