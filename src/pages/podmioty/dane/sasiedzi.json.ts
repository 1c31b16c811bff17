// /podmioty/dane/sasiedzi.json — for every gmina and powiat, those sharing a border with it
// (topojson-client neighbors over public/data/geo), for "what is offered in my area".
import type { APIRoute } from 'astro';
import { neighboursFile } from '#features/directory/directory-geo.ts';
import { topologies } from '#build/site-data.ts';

export const GET: APIRoute = () => {
  const topo = topologies();
  return new Response(JSON.stringify(neighboursFile(topo.gmina, topo.powiat)), { headers: { 'Content-Type': 'application/json' } });
};
