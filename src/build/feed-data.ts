// Build-time input of the Atom feeds (src/features/feeds/): every release's manifest and
// change list, read once per build from public/data/. Only the root build (the latest
// release) writes feeds, so the endpoints ask feedsBuilt() before listing any path.
import path from 'node:path';
import type { Manifest, ReleaseChanges } from '#core/data-types.ts';
import type { Lang } from '#core/format.ts';
import { displayName } from '#core/names.ts';
import { SITE_URL } from '#core/site-url.ts';
import { DATA_FILE, FEED_FILE, LEVEL_SEGMENT, territorySlugParam } from '#core/urls.ts';
import { ATOM_MEDIA_TYPE, atomXml } from '#features/feeds/atom.ts';
import { siteFeed, voivodeshipFeed, type FeedRelease } from '#features/feeds/feeds.ts';
import { isArchiveBuild, latestRelease, once, readJson, readJsonIfExists, register, releases } from './site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');

export const feedReleases = (): FeedRelease[] =>
  once('feedReleases', () =>
    releases().releases.map((id) => {
      const m = readJson<Manifest>(path.join(DATA, id, DATA_FILE.manifest));
      const c = readJsonIfExists<ReleaseChanges>(path.join(DATA, id, DATA_FILE.changesJson));
      return {
        id,
        published: m.published,
        notes: m.notes,
        changes: c && { previous: c.previous, revisions: c.revisions, territorialChanges: c.territorialChanges },
      };
    }),
  );

/** Feeds are written by the root build only: an older release's copy is frozen. */
export const feedsBuilt = (): boolean => !isArchiveBuild();

export const feedLatest = latestRelease;

/** getStaticPaths and GET of a feed endpoint: one XML file per path, none in an older release's copy. */
function endpoint<P extends Record<string, string>>(paths: () => { params: P; xml: () => string }[]) {
  const getStaticPaths = () => (feedsBuilt() ? paths().map((p) => ({ params: p.params, props: { xml: p.xml } })) : []);
  const GET = ({ props }: { props: Record<string, unknown> }) =>
    new Response((props.xml as () => string)(), { headers: { 'Content-Type': `${ATOM_MEDIA_TYPE}; charset=utf-8` } });
  return { getStaticPaths, GET };
}

/** /dane/atom.xml (the route's [feed] parameter is always "atom"). */
export const siteFeedEndpoint = (lang: Lang) =>
  endpoint(() => [
    {
      params: { feed: FEED_FILE.replace(/\.xml$/, '') },
      xml: () => atomXml(siteFeed(feedReleases(), { lang, siteUrl: SITE_URL, latest: feedLatest() })),
    },
  ]);

/** /wojewodztwo/<code>-<slug>/atom.xml for each of the 16 voivodeships. */
export const voivodeshipFeedEndpoint = (lang: Lang) =>
  endpoint(() =>
    register()
      .filter((e) => e.level === 'voivodeship')
      .map((e) => ({
        params: { level: LEVEL_SEGMENT.voivodeship, slug: territorySlugParam(e) },
        xml: () =>
          atomXml(
            voivodeshipFeed({ code: e.code, slug: e.slug, name: displayName(e, lang) }, feedReleases(), {
              lang,
              siteUrl: SITE_URL,
              latest: feedLatest(),
            }),
          ),
      })),
  );
