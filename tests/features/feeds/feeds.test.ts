// The Atom feeds (src/features/feeds/): built from the real pipeline output in public/data/,
// validated with Jing against RFC 4287's RELAX NG schema (tests/fixtures/atom/atom.rnc),
// the schema's two Schematron rules checked here (Jing ignores them), a broken feed shown
// to fail, XML escaping, and the voivodeships' revision counts recomputed from changes.json.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { atomDate, atomXml, escapeXml, type AtomFeed } from '#features/feeds/atom.ts';
import { countByStatus, inVoivodeship, siteFeed, voivodeshipFeed, type FeedRelease } from '#features/feeds/feeds.ts';
import type { Manifest, RegisterEntry, ReleaseChanges } from '#core/data-types.ts';
import { SITE_URL } from '#core/site-url.ts';
import { siteFeedPath, voivodeshipFeedPath } from '#core/urls.ts';

const SCHEMA = path.resolve('tests/fixtures/atom/atom.rnc');
const DATA = path.resolve('public/data');
const readJson = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as T;

// The release list read straight from the pipeline's files, not through the build's reader.
const index = readJson<{ latest: string; releases: string[] }>('releases.json');
const releases: FeedRelease[] = index.releases.map((id) => {
  const m = readJson<Manifest>(`${id}/manifest.json`);
  const file = path.join(DATA, id, 'changes.json');
  const c = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ReleaseChanges) : undefined;
  return { id, published: m.published, notes: m.notes, changes: c };
});
const voivodeships = readJson<RegisterEntry[]>(`${index.latest}/territories.json`).filter((e) => e.level === 'voivodeship');
const ctx = (lang: 'pl' | 'en') => ({ lang, siteUrl: SITE_URL, latest: index.latest });

/** Jing's verdict on some files: exit code and messages (warnings about optional jars dropped). */
function jing(files: string[]): { ok: boolean; out: string } {
  const r = spawnSync('jing', ['-c', SCHEMA, ...files], { encoding: 'utf8' });
  if (r.error) throw new Error(`Jing is needed to validate the feeds (Debian: apt-get install jing): ${r.error.message}`);
  const out = `${r.stdout}${r.stderr}`
    .split('\n')
    .filter((l) => l && !l.includes('[warning]'))
    .join('\n');
  return { ok: r.status === 0, out };
}

// linkedom's own types are narrower than the DOM's; its XML documents behave as DOM Documents here.
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);

let dir: string;
const feeds = new Map<string, string>();
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feeds-'));
  for (const lang of ['pl', 'en'] as const) {
    feeds.set(siteFeedPath(lang), atomXml(siteFeed(releases, ctx(lang))));
    for (const v of voivodeships)
      feeds.set(
        voivodeshipFeedPath({ level: 'voivodeship', code: v.code, slug: v.slug }, lang),
        atomXml(voivodeshipFeed({ code: v.code, slug: v.slug, name: v.name }, releases, ctx(lang))),
      );
  }
  for (const [p, xml] of feeds) {
    const file = path.join(dir, p);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, xml);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the feeds against the Atom schema', () => {
  it('writes 2 site feeds and 2 × 16 voivodeship feeds', () => {
    expect(voivodeships).toHaveLength(16);
    expect(feeds.size).toBe(34);
  });

  it('every feed is valid against RFC 4287 Appendix B (Jing)', () => {
    const r = jing([...feeds.keys()].map((p) => path.join(dir, p)));
    expect(r.out).toBe('');
    expect(r.ok).toBe(true);
  }, 60_000);

  it('a broken feed fails the same validation', () => {
    const good = feeds.get(siteFeedPath('pl'))!;
    const broken = {
      'no-id.xml': good.replace(/\n {2}<id>[^<]*<\/id>/, ''),
      'bad-date.xml': good.replace(/<updated>(\d{4}-\d{2}-\d{2})T00:00:00Z<\/updated>/, '<updated>$1</updated>'),
      'unknown-element.xml': good.replace('<entry>', '<entry><colour>red</colour>'),
      'no-title.xml': good.replace(/\n {2}<title>[^<]*<\/title>/, ''),
    };
    const files = Object.entries(broken).map(([name, xml]) => {
      expect(xml, name).not.toBe(good);
      const file = path.join(dir, name);
      fs.writeFileSync(file, xml);
      return file;
    });
    // One Jing run (a JVM start) for all: each file must have an error line of its own.
    const r = jing(files);
    expect(r.ok).toBe(false);
    for (const file of files) expect(r.out, file).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error`));
  }, 60_000);

  it('keeps the two Schematron rules Jing skips: an author on the feed, an alternate link on every entry', () => {
    for (const [p, xml] of feeds) {
      const feed = parse(xml).documentElement;
      expect(kids(feed, 'author'), p).toHaveLength(1);
      for (const e of kids(feed, 'entry'))
        expect(
          kids(e, 'link').some((l) => l.getAttribute('rel') === 'alternate'),
          p,
        ).toBe(true);
    }
  });
});

describe('what the feeds list', () => {
  const latest = releases.find((r) => r.id === index.latest)!;

  it('the site feed lists every release, the 2024 one first, dated by its publication day', () => {
    expect(index.latest).toBe('2024');
    for (const lang of ['pl', 'en'] as const) {
      const feed = parse(feeds.get(siteFeedPath(lang))!).documentElement;
      expect(feed.getAttribute('xml:lang')).toBe(lang);
      const entries = kids(feed, 'entry');
      const ids = entries.map((e) => kids(e, 'id')[0].textContent);
      expect(ids[0]).toBe(`${SITE_URL}${siteFeedPath(lang)}#wydanie-2024`);
      for (const r of releases) expect(ids).toContain(`${SITE_URL}${siteFeedPath(lang)}#wydanie-${r.id}`);
      expect(kids(entries[0], 'updated')[0].textContent).toBe(`${latest.published}T00:00:00Z`);
      expect(kids(feed, 'updated')[0].textContent).toBe(`${latest.published}T00:00:00Z`);
      expect(kids(entries[0], 'summary')[0].textContent).toContain(latest.notes[lang]);
      expect(kids(entries[0], 'link')[0].getAttribute('href')).toBe(`${SITE_URL}${lang === 'en' ? '/en' : ''}/dane/#r-2024`);
    }
  });

  it('each change list is one entry that counts real and demonstration changes apart', () => {
    const c = latest.changes!;
    const { real, demo } = countByStatus(c.revisions);
    const site = siteFeed(releases, ctx('en'));
    const entry = site.entries.find((e) => e.id.endsWith('#zmiany-2024'))!;
    // Plain digits in English only above 999 get commas: compare with Intl directly.
    const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);
    expect(entry.summary).toContain(`changed ${en(c.revisions.length)} values`);
    expect(entry.summary).toContain(`Revisions of real data: ${en(real)}.`);
    expect(entry.summary).toContain(`Changes of demonstration data (not statistical revisions): ${en(demo)}.`);
    // The oldest release has no change list and so no such entry.
    const oldest = releases.find((r) => !r.changes)!;
    expect(site.entries.some((e) => e.id.endsWith(`#zmiany-${oldest.id}`))).toBe(false);
  });

  it("a voivodeship's change counts add up, over the 16 voivodeships and the country, to the release's", () => {
    const c = latest.changes!;
    // The 16 voivodeships' counts plus the country's must give the release's total: no value lost or counted twice.
    const country = c.revisions.filter((r) => r.level === 'country').length;
    let sum = 0;
    for (const v of voivodeships) {
      const feed = voivodeshipFeed({ code: v.code, slug: v.slug, name: v.name }, releases, ctx('en'));
      const entry = feed.entries.find((e) => e.id.endsWith('#zmiany-2024'));
      const n = entry ? Number(/changed ([\d,]+) values/.exec(entry.summary)![1].replace(/,/g, '')) : 0;
      sum += n;
      expect(feed.entries[0].link).toBe(`${SITE_URL}/en/wojewodztwo/${v.code}-${v.slug}/`);
      const older = feed.entries.find((e) => e.id.endsWith('#wydanie-2023'))!;
      expect(older.link).toBe(`${SITE_URL}/2023/en/wojewodztwo/${v.code}-${v.slug}/`);
    }
    expect(sum + country).toBe(c.revisions.length);
  });

  it('a code belongs to a voivodeship by its first two digits; the country to none', () => {
    expect(inVoivodeship('1211092', '12')).toBe(true);
    expect(inVoivodeship('1211', '12')).toBe(true);
    expect(inVoivodeship('0201011', '12')).toBe(false);
    expect(inVoivodeship('PL', 'PL')).toBe(false);
  });

  it('the same input gives the same bytes (no build-time clock)', () => {
    expect(atomXml(siteFeed(releases, ctx('pl')))).toBe(feeds.get(siteFeedPath('pl')));
  });
});

describe('XML writing', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(escapeXml('x\u0001y\u000bz\tq')).toBe('xyz\tq');
  });

  it('a title, note and link full of markup survive as text and stay valid', () => {
    const nasty = 'R&D <b>"bold"</b> ]]> \u0007';
    const feed: AtomFeed = {
      id: 'https://example.org/a?x=1&y=2',
      lang: 'pl',
      title: nasty,
      author: { name: nasty },
      self: 'https://example.org/atom.xml?x=1&y="2"',
      alternate: 'https://example.org/',
      entries: [
        { id: 'https://example.org/#1', title: nasty, updated: '2025-11-30', link: 'https://example.org/?a=1&b=2', summary: nasty },
      ],
    };
    const xml = atomXml(feed);
    const doc = parse(xml).documentElement;
    expect(kids(doc, 'title')[0].textContent).toBe('R&D <b>"bold"</b> ]]> ');
    // linkedom leaves entities in attribute values undecoded, so the written form is checked.
    expect(xml).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(xml).toContain('href="https://example.org/atom.xml?x=1&amp;y=&quot;2&quot;"');
    const file = path.join(dir, 'nasty.xml');
    fs.writeFileSync(file, xml);
    expect(jing([file])).toEqual({ ok: true, out: '' });
  }, 60_000);

  it('dates are calendar days written as midnight UTC; anything else is refused', () => {
    expect(atomDate('2025-11-30')).toBe('2025-11-30T00:00:00Z');
    expect(() => atomDate('2025-13-01')).toThrow();
    expect(() => atomDate('30.11.2025')).toThrow();
  });

  it('Jing is installed (the validation above would otherwise not run)', () => {
    expect(execFileSync('which', ['jing'], { encoding: 'utf8' }).trim()).not.toBe('');
  });
});

describe('the endpoints (src/build/feed-data.ts)', () => {
  it('an older release copy lists no feed; the root build lists the site feed and 16 voivodeship feeds', async () => {
    vi.resetModules();
    vi.stubEnv('SITE_RELEASE', '2023');
    const copy = await import('#build/feed-data.ts');
    expect(copy.siteFeedEndpoint('pl').getStaticPaths()).toEqual([]);
    expect(copy.voivodeshipFeedEndpoint('en').getStaticPaths()).toEqual([]);

    vi.resetModules();
    vi.stubEnv('SITE_RELEASE', '');
    const root = await import('#build/feed-data.ts');
    const site = root.siteFeedEndpoint('pl').getStaticPaths();
    expect(site.map((p) => p.params)).toEqual([{ feed: 'atom' }]);
    const voiv = root.voivodeshipFeedEndpoint('pl').getStaticPaths();
    expect(voiv.map((p) => `/${p.params.level}/${p.params.slug}/atom.xml`).sort()).toEqual(
      voivodeships.map((v) => voivodeshipFeedPath({ level: 'voivodeship', code: v.code, slug: v.slug }, 'pl')).sort(),
    );
    // What the endpoint serves is the feed built above from the files read independently.
    const res = root.siteFeedEndpoint('pl').GET({ props: site[0].props });
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect(await res.text()).toBe(feeds.get(siteFeedPath('pl')));
    vi.unstubAllEnvs();
  }, 60_000);
});
