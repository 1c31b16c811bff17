// The notice on every page of an older release (a copy under /<year>/, src/core/base.ts)
// and the release label in the header. The notice links to the same page in the latest
// release, at the site root — when the latest build has that page; otherwise to the same
// territory under its current address (a renamed gmina has a new slug), or to the latest
// home page. Decided at build time: scripts/site/build-site.ts builds the root first, so the
// copy can look at the files the root build wrote.
import { stripBase } from '#core/base.ts';
import type { Lang } from '#core/format.ts';
import type { Level } from '#core/territory.ts';
import { LEVEL_SEGMENT, langPrefix, territoryPath } from '#core/urls.ts';
import { translator } from '#i18n/index.ts';

export interface LatestLink {
  /** Root path (no base) of the page in the latest release. */
  href: string;
  /** 'same': the same page; 'territory': the territory's current page; 'home': the home page. */
  kind: 'same' | 'territory' | 'home';
}

type Entry = { level: Level; code: string; slug: string };

const SEGMENT_LEVEL = new Map(Object.entries(LEVEL_SEGMENT).map(([level, seg]) => [seg, level as Level]));

/**
 * Where the notice on `path` (a page path of the copy, with its base) leads.
 * `exists(rootPath)`: whether the latest build has that page (undefined: unknown, e.g. a
 * copy built on its own); `latestEntry(code)`: the territory in the latest register.
 */
export function latestLink(
  path: string,
  base: string,
  lang: Lang,
  exists: ((rootPath: string) => boolean) | undefined,
  latestEntry: (code: string) => Entry | undefined,
): LatestLink {
  const root = stripBase(path.split(/[?#]/)[0], base);
  const home = `${langPrefix(lang, '')}/`;
  if (root === home) return { href: home, kind: 'same' };
  if (exists?.(root)) return { href: root, kind: 'same' };
  const m = /^(\/en)?\/([a-z]+)\/(\d{2,7})-[^/]+\/$/.exec(root);
  const level = m ? SEGMENT_LEVEL.get(m[2]) : undefined;
  if (m && level) {
    const e = latestEntry(m[3]);
    if (e && e.level === level) {
      // The latest release lives at the root: no base.
      const href = territoryPath(e, m[1] ? 'en' : 'pl', '');
      if (!exists || exists(href)) return { href, kind: href === root ? 'same' : 'territory' };
    }
  }
  // The country page and the fixed pages exist in every release: trust them when the
  // latest build cannot be looked at.
  if (
    !exists &&
    !m &&
    /^(\/en)?\/(polska|wskazniki|szukaj|dane|metodologia|zestawienia|programy|podmioty|deklaracja-dostepnosci)\/$/.test(root)
  )
    return { href: root, kind: 'same' };
  return { href: home, kind: 'home' };
}

const LINK_KEY = { same: 'common.releaseLinkSame', territory: 'common.releaseLinkTerritory', home: 'common.releaseLinkHome' } as const;

/**
 * The notice's lead text and link text. They do not name the latest release: a copy is
 * frozen once built and must read true after later releases too.
 */
export function bannerText(lang: Lang, release: string, kind: LatestLink['kind']): { lead: string; link: string } {
  const t = translator(lang);
  return { lead: t('common.releaseArchived', { release }), link: t(LINK_KEY[kind]) };
}

/** "Wydanie 2024" / "Wydanie 2023 (archiwalne)" for the header. */
export function releaseLabel(lang: Lang, release: string, archived: boolean): string {
  return translator(lang)(archived ? 'common.releaseNumberArchived' : 'common.releaseNumber', { release });
}
