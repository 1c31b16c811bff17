// The links to the feeds that pages carry: a visible link in the page and the
// <link rel="alternate" type="application/atom+xml"> in its head (BaseLayout's `feed`).
import type { Lang } from '#core/format.ts';
import { siteFeedPath, voivodeshipFeedPath } from '#core/urls.ts';
import { translator } from '#i18n/index.ts';

export interface FeedLinkData {
  href: string;
  title: string;
}

/** The site's feed, linked from /dane/. */
export function siteFeedLink(lang: Lang): FeedLinkData {
  return { href: siteFeedPath(lang), title: translator(lang)('feeds.linkSite') };
}

/** A voivodeship's feed, linked from its page; `name` as the page shows it. */
export function voivodeshipFeedLink(t: { code: string; slug: string }, lang: Lang, name: string): FeedLinkData {
  return {
    href: voivodeshipFeedPath({ level: 'voivodeship', code: t.code, slug: t.slug }, lang),
    title: translator(lang)('feeds.linkVoivodeship', { name }),
  };
}
