// getStaticPaths of the pages generated from the data: territory pages (one per
// voivodeship, powiat and gmina: /gmina/1211092-nowy-targ/), indicator pages
// (/wskaznik/<id>/) and bare or former TERYT codes (/<code>/, from the code history).
import { codeTargets, type CodeTarget } from '#core/redirects.ts';
import type { Lang } from '#core/format.ts';
import { indicatorSlug, LEVEL_SEGMENT, territorySlugParam } from '#core/urls.ts';
import type { Level } from '#core/territory.ts';
import { catalogue, formerCodes, isArchivalForm, register } from './site-data.ts';

/**
 * Pages that only the live latest release has: the archival form of the site (an older
 * release's copy, the latest release's offline archive) leaves them out
 * (scripts/site/frozen-releases.ts, README "Releases"). Embeds belong to the current data
 * (a host site embeds the latest release); bare-code redirects (/<code>/) are a convenience
 * of the current address space, which Netlify's _redirects serve at the root.
 */
export function latestOnly<T>(paths: () => T[]): () => T[] {
  return () => (isArchivalForm() ? [] : paths());
}

/**
 * Whether a page of a powiat, a gmina or a planning area (`'area'`) takes its archival form:
 * in an older release's copy and in every offline archive these pages (about 3,300 a
 * language, four fifths of a copy's bytes when charted) show every indicator's figures as
 * tables, without theme charts, locator map or the table of similar territories; each
 * theme's time series opens in the release's builder and the page's data file is linked.
 * That keeps a release within its size budget (README "Frozen releases", the policy on
 * /dane/). Country and voivodeship pages keep their charts everywhere.
 */
export function archivalForm(kind: Level | 'area'): boolean {
  return isArchivalForm() && kind !== 'country' && kind !== 'voivodeship';
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
  if (isArchivalForm()) return [];
  codes ??= codeTargets(register(), formerCodes());
  return codes.filter((t) => t.lang === lang).map((target) => ({ params: { code: target.code }, props: { target } }));
}
