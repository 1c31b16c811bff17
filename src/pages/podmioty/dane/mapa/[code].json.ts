// /podmioty/dane/mapa/PL.json (voivodeship outlines) and /podmioty/dane/mapa/<WW>.json (the
// gminas of one voivodeship): simplified TopoJSON for the directory map.
import type { APIRoute, GetStaticPaths } from 'astro';
import { countryMap, voivodeshipMap } from '#features/directory/directory-geo.ts';
import { register, topologies } from '#build/site-data.ts';

export const getStaticPaths = (() => [
  { params: { code: 'PL' } },
  ...register()
    .filter((e) => e.level === 'voivodeship')
    .map((e) => ({ params: { code: e.code } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const topo = topologies();
  const code = String(params.code);
  const body = code === 'PL' ? countryMap(topo.voivodeship) : voivodeshipMap(topo.gmina, code);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
