// /podmioty/dane/obszary.json — every voivodeship, powiat and gmina with its name, for the
// directory island's selects and result rows (src/features/directory/directory-places.ts).
import type { APIRoute } from 'astro';
import { buildPlaces } from '#features/directory/directory-places.ts';
import { register } from '#build/site-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(buildPlaces(register())), { headers: { 'Content-Type': 'application/json' } });
