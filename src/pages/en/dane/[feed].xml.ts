// /en/dane/atom.xml — the site's Atom feed of releases and revisions (English).
import { siteFeedEndpoint } from '#build/feed-data.ts';
const feed = siteFeedEndpoint('en');
export const getStaticPaths = feed.getStaticPaths;
export const GET = feed.GET;
