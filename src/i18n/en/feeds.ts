// English strings: the Atom feeds of releases and revisions (src/features/feeds/) and the links to them.
import type { Strings } from '../translate.ts';
import type { feeds as pl } from '../pl/feeds.ts';

export const feeds: Strings<typeof pl> = {
  languageName: 'Feed in English',
  siteTitle: 'Social Economy Monitor: new data',
  siteSubtitle: 'New data releases and changed values of years published in earlier releases.',
  voivodeshipTitle: 'New data — {name} (Social Economy Monitor)',
  voivodeshipSubtitle: 'New data releases and changed values — {name}, its powiats and its gminas.',
  releaseTitle: 'Release {release}',
  voivodeshipReleaseTitle: 'Release {release}: {name}',
  releaseSummary:
    '{notes} Published {date}. Where no real figures exist, the portal shows demonstration data (illustrative, not official statistics), marked at every value.',
  changesTitle: 'Release {release}: changes since release {previous}',
  voivodeshipChangesTitle: 'Release {release}: changes since release {previous} — {name}',
  changesSummary:
    'Release {release} changed {n} values of years already published in release {previous}. Revisions of real data: {real}. Changes of demonstration data (not statistical revisions): {demo}.',
  territorialChanges: 'Changes of the territorial division (codes, names, new gminas): {n}.',
  linkSite: 'Atom feed: new releases and data changes',
  linkVoivodeship: 'Atom feed: new data — {name}',
  help: 'Add the Atom feed to a feed reader to hear of new releases and data changes. The reader fetches it from the portal online.',
};
