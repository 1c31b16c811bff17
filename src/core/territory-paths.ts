// getStaticPaths for territory pages: one path per voivodeship, powiat and gmina, the
// URL built from the level segment, code and slug (/gmina/1211092-nowy-targ/).
import { register } from '#build/site-data.ts';
import { LEVEL_SEGMENT, territorySlugParam } from './urls.ts';

export function territoryStaticPaths() {
  return register()
    .filter((e) => e.level !== 'country')
    .map((e) => ({
      params: { level: LEVEL_SEGMENT[e.level as keyof typeof LEVEL_SEGMENT], slug: territorySlugParam(e) },
      props: { code: e.code },
    }));
}
