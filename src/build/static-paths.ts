// getStaticPaths of the pages generated from the data: territory pages (one per
// voivodeship, powiat and gmina: /gmina/1211092-nowy-targ/), indicator pages
// (/wskaznik/<id>/) and bare or former TERYT codes (/<code>/, from the code history).
import { codeTargets, type CodeTarget } from '#core/redirects.ts';
import type { Lang } from '#core/format.ts';
import { indicatorSlug, LEVEL_SEGMENT, territorySlugParam } from '#core/urls.ts';
import { catalogue, formerCodes, isArchiveBuild, register } from './site-data.ts';

/**
 * Pages that only the latest release has: the copy of an older release leaves them out
 * (scripts/site/frozen-releases.ts, README "Releases"). Embeds belong to the current data
 * (a host site embeds the latest release); bare-code redirects (/<code>/) are a convenience
 * of the current address space, which Netlify's _redirects serve at the root.
 */
export function latestOnly<T>(paths: () => T[]): () => T[] {
  return () => (isArchiveBuild() ? [] : paths());
}

export function territoryStaticPaths() {
  return register()
    .filter((e) => e.level !== 'country')
    .map((e) => ({
      params: { level: LEVEL_SEGMENT[e.level as keyof typeof LEVEL_SEGMENT], slug: territorySlugParam(e) },
      props: { code: e.code },
    }));
}

export function indicatorStaticPaths() {
  return catalogue().map((indicator) => ({ params: { id: indicatorSlug(indicator.id) }, props: { indicator } }));
}

let codes: CodeTarget[] | undefined;

export function codeStaticPaths(lang: Lang) {
  if (isArchiveBuild()) return [];
  codes ??= codeTargets(register(), formerCodes());
  return codes.filter((t) => t.lang === lang).map((target) => ({ params: { code: target.code }, props: { target } }));
}
