// /en/wojewodztwo/<code>-<slug>/atom.xml — a voivodeship's Atom feed (English); root build only.
import { voivodeshipFeedEndpoint } from '#build/feed-data.ts';
const feed = voivodeshipFeedEndpoint('en');
export const getStaticPaths = feed.getStaticPaths;
export const GET = feed.GET;
