// What the Atom feeds say: one feed for the whole site and one per voivodeship, in Polish
// and English, built from the release list (each release's manifest) and each release's
// change list against the previous one (changes.json). Entries, newest release first:
//   - the release itself (its notes and publication day);
//   - the values of earlier years the release changed (real and demonstration data
//     counted apart, so a demo change is never passed off as a statistical revision),
//     with the territorial changes (codes, names) it brought. A voivodeship's feed
//     counts only the values of that voivodeship, its powiats and its gminas.
// Feeds exist only at the site root (the latest release): an older release's copy is a
// frozen archive, and a feed there would announce nothing new.
import type { CodeChange } from '#core/geo-register.ts';
import type { Revision } from '#core/data-types.ts';
import { formatDate, formatNumber, type Lang } from '#core/format.ts';
import { downloadsPath, langPrefix, siteFeedPath, territoryPath, voivodeshipFeedPath } from '#core/urls.ts';
import { OTHER_LANG, translator } from '#i18n/index.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';

export interface FeedRelease {
  id: string;
  /** Publication day, YYYY-MM-DD (release.yaml `published`). */
  published: string;
  notes: { pl: string; en: string };
  /** Absent for the oldest release, which has nothing to compare with. */
  changes?: {
    previous: string;
    revisions: readonly Pick<Revision, 'code' | 'level' | 'demo'>[];
    territorialChanges: readonly Pick<CodeChange, 'oldCode' | 'newCode'>[];
  };
}

export interface FeedVoivodeship {
  code: string;
  slug: string;
  /** The name as shown in this language ("Małopolskie", "Lesser Poland"…). */
  name: string;
}

export interface FeedContext {
  lang: Lang;
  /** The site's public origin (src/core/site-url.ts), without a trailing slash. */
  siteUrl: string;
  /** The newest release: built at the root; every other one under /<id>/. */
  latest: string;
}

/** The base of a release's copy: "" for the latest, "/2023" for an older one. */
const releaseBase = (id: string, latest: string) => (id === latest ? '' : `/${id}`);

/** Real and demonstration counts of a list of revisions. */
export function countByStatus(list: readonly Pick<Revision, 'demo'>[]): { real: number; demo: number } {
  let demo = 0;
  for (const r of list) if (r.demo) demo++;
  return { real: list.length - demo, demo };
}

/** Whether a TERYT code lies in the voivodeship (its first two digits); the country's "PL" never does. */
export const inVoivodeship = (code: string, voivodeship: string): boolean => /^\d{2}/.test(code) && code.slice(0, 2) === voivodeship;

/** Releases newest first (ids are years, so they sort as text). */
const newestFirst = (releases: readonly FeedRelease[]) => [...releases].sort((a, b) => b.id.localeCompare(a.id));

function releaseSummary(r: FeedRelease, lang: Lang): string {
  const t = translator(lang);
  return t('feeds.releaseSummary', {
    notes: r.notes[lang],
    date: formatDate(r.published, lang),
  });
}

function changesSummary(
  r: FeedRelease & { changes: NonNullable<FeedRelease['changes']> },
  revisions: readonly Pick<Revision, 'demo'>[],
  territorial: number,
  lang: Lang,
): string {
  const t = translator(lang);
  const { real, demo } = countByStatus(revisions);
  const n = (x: number) => formatNumber(x, lang);
  const parts = [
    t('feeds.changesSummary', { release: r.id, previous: r.changes.previous, n: n(real + demo), real: n(real), demo: n(demo) }),
  ];
  if (territorial > 0) parts.push(t('feeds.territorialChanges', { n: n(territorial) }));
  return parts.join(' ');
}

/** The whole site's feed: every release and every release's change list, linking to /dane/. */
export function siteFeed(releases: readonly FeedRelease[], ctx: FeedContext): AtomFeed {
  const { lang, siteUrl } = ctx;
  const t = translator(lang);
  const self = `${siteUrl}${siteFeedPath(lang)}`;
  const page = `${siteUrl}${downloadsPath(lang, '')}`;
  const entries: AtomEntry[] = [];
  for (const r of newestFirst(releases)) {
    entries.push({
      id: `${self}#wydanie-${r.id}`,
      title: t('feeds.releaseTitle', { release: r.id }),
      updated: r.published,
      link: `${page}#r-${r.id}`,
      summary: releaseSummary(r, lang),
      categories: ['release'],
    });
    if (r.changes)
      entries.push({
        id: `${self}#zmiany-${r.id}`,
        title: t('feeds.changesTitle', { release: r.id, previous: r.changes.previous }),
        updated: r.published,
        link: `${page}#r-${r.id}`,
        summary: changesSummary({ ...r, changes: r.changes }, r.changes.revisions, r.changes.territorialChanges.length, lang),
        categories: ['revisions'],
      });
  }
  return {
    id: self,
    lang,
    title: t('feeds.siteTitle'),
    subtitle: t('feeds.siteSubtitle'),
    author: { name: t('common.siteName'), uri: `${siteUrl}${langPrefix(lang, '')}/` },
    self,
    alternate: page,
    translations: [otherLanguage(lang, (l) => `${siteUrl}${siteFeedPath(l)}`)],
    entries,
  };
}

/**
 * One voivodeship's feed: every release (linking to the voivodeship's page in that
 * release's copy) and, per release, the values of the voivodeship, its powiats and gminas
 * that the release changed (only when it changed any).
 */
export function voivodeshipFeed(v: FeedVoivodeship, releases: readonly FeedRelease[], ctx: FeedContext): AtomFeed {
  const { lang, siteUrl, latest } = ctx;
  const t = translator(lang);
  const territory = { level: 'voivodeship' as const, code: v.code, slug: v.slug };
  const self = `${siteUrl}${voivodeshipFeedPath(territory, lang)}`;
  const pageIn = (id: string) => `${siteUrl}${territoryPath(territory, lang, releaseBase(id, latest))}`;
  const entries: AtomEntry[] = [];
  for (const r of newestFirst(releases)) {
    entries.push({
      id: `${self}#wydanie-${r.id}`,
      title: t('feeds.voivodeshipReleaseTitle', { release: r.id, name: v.name }),
      updated: r.published,
      link: pageIn(r.id),
      summary: releaseSummary(r, lang),
      categories: ['release'],
    });
    if (!r.changes) continue;
    const revisions = r.changes.revisions.filter((x) => inVoivodeship(x.code, v.code));
    const territorial = r.changes.territorialChanges.filter((c) => inVoivodeship(c.newCode || c.oldCode, v.code)).length;
    if (revisions.length === 0 && territorial === 0) continue;
    entries.push({
      id: `${self}#zmiany-${r.id}`,
      title: t('feeds.voivodeshipChangesTitle', { release: r.id, previous: r.changes.previous, name: v.name }),
      updated: r.published,
      // The voivodeship page's "changes since the previous release" section.
      link: `${pageIn(r.id)}#zmiany`,
      summary: changesSummary({ ...r, changes: r.changes }, revisions, territorial, lang),
      categories: ['revisions'],
    });
  }
  return {
    id: self,
    lang,
    title: t('feeds.voivodeshipTitle', { name: v.name }),
    subtitle: t('feeds.voivodeshipSubtitle', { name: v.name }),
    author: { name: t('common.siteName'), uri: `${siteUrl}${langPrefix(lang, '')}/` },
    self,
    alternate: pageIn(latest),
    translations: [otherLanguage(lang, (l) => `${siteUrl}${voivodeshipFeedPath(territory, l)}`)],
    entries,
  };
}

function otherLanguage(lang: Lang, href: (l: Lang) => string): { href: string; hreflang: string; title: string } {
  const other = OTHER_LANG[lang];
  return { href: href(other), hreflang: other, title: translator(other)('feeds.languageName') };
}
