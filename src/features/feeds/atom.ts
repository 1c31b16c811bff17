// Atom 1.0 (RFC 4287) as text: a feed model in, a document out. Pure and deterministic:
// every date comes from the data (a release's publication day), never from a clock, so
// two builds write the same bytes. Checked against the RFC's RELAX NG schema in
// tests/features/feeds/feeds.test.ts.

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
  hreflang?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent, universally unique IRI: it must never change once published. */
  id: string;
  title: string;
  /** A calendar day, YYYY-MM-DD (written as midnight UTC). */
  updated: string;
  /** The page the entry is about (rel="alternate"). */
  link: string;
  summary: string;
  /** Terms from the feed's own vocabulary, e.g. "release", "revisions". */
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  /** BCP 47 tag of the text ("pl", "en"), written as xml:lang. */
  lang: string;
  title: string;
  subtitle?: string;
  author: { name: string; uri?: string };
  /** The feed's own absolute URL (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate", text/html). */
  alternate: string;
  /** The same feed in other languages (rel="alternate" with hreflang). */
  translations?: { href: string; hreflang: string; title: string }[];
  entries: AtomEntry[];
}

export const ATOM_MEDIA_TYPE = 'application/atom+xml';

/** Text made safe as XML character data and attribute values (double-quoted). */
export function escapeXml(s: string): string {
  // Characters XML 1.0 forbids outright (C0 controls except tab, LF, CR) are dropped:
  // escaping cannot make them legal.
  // eslint-disable-next-line no-control-regex
  const legal = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return legal.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "2025-11-30" → "2025-11-30T00:00:00Z" (an RFC 3339 date-time, as Atom requires). */
export function atomDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    throw new Error(`not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return `${day}T00:00:00Z`;
}

/** The newest of the entries' days: the feed changes exactly when an entry does. */
export function feedUpdated(entries: readonly AtomEntry[], fallback: string): string {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), fallback);
}

const attrs = (a: Record<string, string | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
    .join('');

const link = (l: AtomLink) => `<link${attrs({ rel: l.rel, type: l.type, hreflang: l.hreflang, title: l.title, href: l.href })}/>`;

/** The feed as an XML document (UTF-8, one element per line, entries in the given order). */
export function atomXml(feed: AtomFeed): string {
  const updated = feedUpdated(feed.entries, '1970-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name>${feed.author.uri ? `<uri>${escapeXml(feed.author.uri)}</uri>` : ''}</author>`,
    `  ${link({ rel: 'self', type: ATOM_MEDIA_TYPE, href: feed.self })}`,
    `  ${link({ rel: 'alternate', type: 'text/html', hreflang: feed.lang, href: feed.alternate })}`,
    ...(feed.translations ?? []).map(
      (tr) => `  ${link({ rel: 'alternate', type: ATOM_MEDIA_TYPE, hreflang: tr.hreflang, title: tr.title, href: tr.href })}`,
    ),
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    ${link({ rel: 'alternate', type: 'text/html', href: e.link })}`,
    );
    for (const c of e.categories ?? []) lines.push(`    <category term="${escapeXml(c)}"/>`);
    lines.push(`    <summary>${escapeXml(e.summary)}</summary>`, '  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
