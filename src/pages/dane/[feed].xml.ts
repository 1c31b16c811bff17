// /dane/atom.xml — the site's Atom feed of releases and revisions (Polish). A parameter
// route only so that an older release's copy can list no path: feeds live at the root.
import { siteFeedEndpoint } from '#build/feed-data.ts';
const feed = siteFeedEndpoint('pl');
export const getStaticPaths = feed.getStaticPaths;
export const GET = feed.GET;
