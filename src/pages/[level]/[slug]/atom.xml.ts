// /wojewodztwo/<code>-<slug>/atom.xml — a voivodeship's Atom feed (Polish); root build only.
import { voivodeshipFeedEndpoint } from '#build/feed-data.ts';
const feed = voivodeshipFeedEndpoint('pl');
export const getStaticPaths = feed.getStaticPaths;
export const GET = feed.GET;
