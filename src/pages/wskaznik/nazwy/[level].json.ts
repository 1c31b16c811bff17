// /wskaznik/nazwy/<level>.json — names and slugs of one level's territories for the map
// island's tooltips, ranking table and links: [code, Polish name, English name or 0 when
// the same, slug]. One small file per level, fetched once per level and cached.
import type { APIRoute } from 'astro';
import { MAP_LEVELS, type MapLevel, type NamesFile } from '#features/indicator/map/map-data.ts';
import { displayName } from '#core/names.ts';
import { register } from '#build/site-data.ts';

export function getStaticPaths() {
  return MAP_LEVELS.map((level) => ({ params: { level } }));
}

export const GET: APIRoute = ({ params }) => {
  const level = params.level as MapLevel;
  const file: NamesFile = {
    level,
    items: register()
      .filter((e) => e.level === level)
      .map((e) => {
        const en = displayName(e, 'en');
        return [e.code, e.displayName, en === e.displayName ? 0 : en, e.slug];
      }),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
