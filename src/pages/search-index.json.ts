// /search-index.json — the territory search index (src/lib/search-index.ts), one file
// for both languages, fetched by the search island on first use.
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../lib/search-index.ts';
import { register } from '../lib/site-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(register())), { headers: { 'Content-Type': 'application/json' } });
