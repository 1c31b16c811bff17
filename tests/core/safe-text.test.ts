// Hostile text in the data files: `javascript:` links, e-mail addresses that smuggle extra
// recipients into a mailto: link, and invisible control or bidirectional characters. Each
// schema that reads an address refuses anything but http(s) with the file named, and every
// page that turns such a field into an href checks it again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addAttribute, renderTemplate } from 'astro/runtime/server/index.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  describeCharacter,
  findUnsafeStrings,
  isHttpUrl,
  isPlainEmail,
  safeHttpHref,
  safeMailtoHref,
  showUnsafe,
  unsafeCharacter,
} from '#core/safe-text.ts';
import { httpUrl, multilineText, plainEmail, singleLineText } from '#core/safe-text-schema.ts';
import { parseCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import { InputError, formatProblem } from '#scripts/pipeline/source-row.ts';
import { parseProgrammeFiles } from '#scripts/pipeline/programmes/validate.ts';
import { entitySchema } from '#features/directory/entity-schema.ts';
import type { Entity } from '#features/directory/entity-record.ts';
import { programmeView } from '#features/programme/programme-page-view.ts';
import { kpres, register, catalogue } from '../features/programme/programme-fixture.ts';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'mailto:a@b.pl',
  '//evil.example/x',
  '/relative/path',
  'https://',
  'https:///path',
  'https://example.org/\u202Egpj.exe',
  'https://exa mple.org/',
  'https://example.org/\nSet-Cookie:x',
  'https://bank.pl@evil.example/',
  '',
];
const GOOD_URLS = [
  'https://bdl.stat.gov.pl',
  'http://example.org/a?b=1&c=2#d',
  'HTTPS://EXAMPLE.ORG/',
  'https://dane.ekonomiaspoleczna.gov.pl/x/',
];

describe('web addresses', () => {
  it('accepts absolute http(s) addresses only', () => {
    for (const u of GOOD_URLS) expect(isHttpUrl(u), u).toBe(true);
    for (const u of HOSTILE_URLS) expect(isHttpUrl(u), JSON.stringify(u)).toBe(false);
  });

  it('gives an href only for a safe address', () => {
    expect(safeHttpHref('https://example.org/')).toBe('https://example.org/');
    for (const u of HOSTILE_URLS) expect(safeHttpHref(u)).toBeUndefined();
    expect(safeHttpHref(undefined)).toBeUndefined();
  });

  it('the schema names the refused value', () => {
    const r = httpUrl.safeParse('javascript:alert(1)');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/http:\/\/ or https:\/\/.*"javascript:alert\(1\)"/);
    expect(httpUrl.safeParse('https://example.org/').success).toBe(true);
  });
});

describe('e-mail addresses', () => {
  const good = ['biuro@example.org', 'jan.kowalski+pes@spoldzielnia-a.com.pl', 'a_b@sub.domena.pl', 'kontakt@żłobek.pl'];
  const bad = [
    'biuro@example.org?cc=all@example.org',
    'biuro@example.org?body=Hi',
    'biuro@example.org&cc=x@y.pl',
    'a@b.pl,c@d.pl',
    'a@b.pl c@d.pl',
    'a b@c.pl',
    'biuro@example.org\n',
    'biuro%40x@example.org',
    'mailto:biuro@example.org',
    '"quoted"@example.org',
    'biuro@localhost',
    'biuro@-example.org',
    '.biuro@example.org',
    'bi..uro@example.org',
    '@example.org',
    'biuro@',
  ];

  it('accepts one plain local@domain address and nothing that adds recipients, headers or text', () => {
    for (const e of good) expect(isPlainEmail(e), e).toBe(true);
    for (const e of bad) expect(isPlainEmail(e), JSON.stringify(e)).toBe(false);
  });

  it('gives a mailto: href only for a plain address', () => {
    expect(safeMailtoHref('biuro@example.org')).toBe('mailto:biuro@example.org');
    for (const e of bad) expect(safeMailtoHref(e), e).toBeUndefined();
    expect(plainEmail.safeParse('biuro@example.org?cc=x@y.pl').success).toBe(false);
  });
});

describe('control and bidirectional characters', () => {
  const refused = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2069'];

  it('are found in every text, with their position', () => {
    for (const c of refused) {
      expect(unsafeCharacter(`ab${c}cd`), describeCharacter(c)).toEqual({ index: 2, char: c });
      expect(unsafeCharacter(`ab${c}cd`, { multiline: true }), describeCharacter(c)).toEqual({ index: 2, char: c });
    }
    expect(unsafeCharacter('Spółdzielnia „Ząbki” — 100% ♥ 日本')).toBeNull();
  });

  it('line breaks and tabs only in multi-line texts', () => {
    for (const c of ['\n', '\r', '\t']) {
      expect(unsafeCharacter(`a${c}b`)).not.toBeNull();
      expect(unsafeCharacter(`a${c}b`, { multiline: true })).toBeNull();
    }
  });

  it('are named and shown escaped in messages, never printed', () => {
    expect(describeCharacter('\u202E')).toBe('U+202E (RIGHT-TO-LEFT OVERRIDE)');
    expect(describeCharacter('\u0000')).toBe('U+0000 (NUL)');
    expect(describeCharacter('\u0085')).toBe('U+0085 (control character)');
    expect(showUnsafe('ab\u202Ec\u0000')).toBe('ab\\u{202E}c\\u{0}');
    const r = singleLineText.safeParse('Fundacja\u202Eabc');
    expect(r.error!.issues[0].message).toMatch(/U\+202E \(RIGHT-TO-LEFT OVERRIDE\) at character 9: "Fundacja\\u\{202E\}abc"/);
    expect(r.error!.issues[0].message).not.toContain('\u202E');
    expect(multilineText.safeParse('line 1\nline 2\ttab').success).toBe(true);
  });

  it('are found anywhere in a parsed file, with the path', () => {
    expect(findUnsafeStrings({ a: 'ok', b: [{ c: 'x\u202Ey' }, 'fine\nlines'], d: 3, e: null })).toEqual([
      { path: ['b', 0, 'c'], reason: 'contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 2', text: 'x\\u{202E}y' },
    ]);
  });
});

// ---------------------------------------------------------------- each schema with an address

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mes-safe-text-'));

describe('data/sources.yaml', () => {
  const file = (url: string) => {
    const f = path.join(tmp(), 'sources.yaml');
    fs.writeFileSync(f, `a-source:\n  title: { pl: Źródło, en: Source }\n  url: ${JSON.stringify(url)}\n  licence: CC BY 4.0\n`);
    return f;
  };

  it('refuses a javascript: url, naming the file and the entry', () => {
    const f = file('javascript:alert(document.cookie)');
    let error: unknown;
    try {
      readYaml(f, sourcesSchema);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const [p] = (error as InputError).problems;
    expect(p.file).toBe(f);
    expect(p.message).toMatch(/^a-source\.url: must be a web address starting with http:\/\/ or https:\/\//);
  });

  it('accepts an https url, and the shipped file passes', () => {
    expect(readYaml(file('https://bdl.stat.gov.pl'), sourcesSchema)['a-source'].url).toBe('https://bdl.stat.gov.pl');
    expect(() => readYaml('data/sources.yaml', sourcesSchema)).not.toThrow();
  });
});

describe('indicators/*.yaml source.url', () => {
  const yaml = (url: string) => `id: A
name: { pl: Nazwa, en: Name }
description: { pl: Opis, en: Description }
unit: entities
decimals: 0
theme: entities
source: { name: { pl: GUS, en: GUS }, frequency: annual, url: ${JSON.stringify(url)} }
polarity: higher-is-better
levels: [country, gmina]
aggregation: { rule: sum }
`;

  it('refuses a javascript: url with the file named', () => {
    let error: unknown;
    try {
      parseCatalogue([{ file: 'indicators/A.yaml', text: yaml('javascript:alert(1)') }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map(formatProblem).join('\n')).toMatch(
      /^indicators\/A\.yaml: source\.url: must be a web address/,
    );
  });

  it('accepts an https url', () => {
    expect(parseCatalogue([{ file: 'indicators/A.yaml', text: yaml('https://bdl.stat.gov.pl/x') }])[0].source.url).toBe(
      'https://bdl.stat.gov.pl/x',
    );
  });
});

describe('data/programmes/*.yaml', () => {
  const text = fs.readFileSync('data/programmes/kpres.yaml', 'utf8');
  const ctx = { register, catalogue };
  const parse = (t: string) => parseProgrammeFiles([{ file: 'data/programmes/kpres.yaml', text: t }], ctx);
  const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('refuses a javascript: source url at its file and line', () => {
    const r = parse(text.replace('url: https://dane.ekonomiaspoleczna.gov.pl', 'url: "javascript:alert(1)"'));
    expect(r.programmes).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'data/programmes/kpres.yaml', line: line('url: https://dane.ekonomiaspoleczna.gov.pl') });
    expect(r.problems[0].message).toMatch(/^sources\[\d\]\.url: must be a web address starting with http:\/\/ or https:\/\//);
  });

  it('refuses a control or bidirectional character in any text, at its line, shown escaped', () => {
    const r = parse(
      text.replace('url: https://dane.ekonomiaspoleczna.gov.pl', 'url: https://dane.ekonomiaspoleczna.gov.pl\n    x-bad: "a\\u202Eb"'),
    );
    // An unknown key would be a schema problem; the character is reported first, by path and line.
    expect(r.problems[0]).toMatchObject({
      file: 'data/programmes/kpres.yaml',
      line: line('url: https://dane.ekonomiaspoleczna.gov.pl') + 1,
    });
    expect(r.problems[0].message).toMatch(/x-bad: contains U\+202E/);
    expect(r.problems[0].value).toBe('a\\u{202E}b');
    const nul = parse(
      text.replace(/title:\n(\s+)pl: ([^\n]+)/, (_m, sp: string, pl: string) => `title:\n${sp}pl: "${pl.replaceAll('"', '')}\\0"`),
    );
    expect(nul.problems.map((p) => p.message).join('\n')).toMatch(/title\.pl: contains U\+0000 \(NUL\)/);
  });

  it('the shipped files still pass', () => {
    expect(parse(text).problems).toEqual([]);
  });
});

describe('entity records', () => {
  const base: Entity = {
    id: 'przyklad-1',
    name: 'Spółdzielnia Socjalna «Przykład»',
    category: 'social-cooperative',
    gmina: '1261011',
    location: { lat: 50.06, lon: 19.94, approximate: false },
    offer: { categories: ['catering'], description: 'Catering.\nTwo lines.' },
    certificates: [],
    contact: { website: 'https://przyklad.pl', email: 'biuro@przyklad.pl' },
    demo: false,
  };
  const issues = (e: unknown) => {
    const r = entitySchema().safeParse(e);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a plain record', () => {
    expect(issues(base)).toEqual([]);
  });

  it('refuses a javascript: website and an e-mail address with parameters', () => {
    expect(issues({ ...base, contact: { website: 'javascript:alert(1)' } })).toEqual([
      expect.stringMatching(/^contact\.website: must be a web address/),
    ]);
    expect(issues({ ...base, contact: { email: 'biuro@przyklad.pl?cc=all@x.pl&body=Hi' } })).toEqual([
      expect.stringMatching(/^contact\.email: must be one plain e-mail address/),
    ]);
  });

  it('refuses NUL, U+202E and line breaks in names and other one-line texts', () => {
    expect(issues({ ...base, name: 'Spółdzielnia\u0000' })).toEqual([expect.stringMatching(/^name: contains U\+0000/)]);
    expect(issues({ ...base, name: 'Fundacja \u202Eabc' })).toEqual([expect.stringMatching(/^name: contains U\+202E/)]);
    expect(issues({ ...base, name: 'Line\nbreak' })).toEqual([expect.stringMatching(/^name: contains U\+000A \(LINE FEED\)/)]);
    expect(issues({ ...base, operator: 'A\u2066B' })).toEqual([expect.stringMatching(/^operator: contains U\+2066/)]);
    expect(issues({ ...base, address: { street: 'ul. A\u007F' } })).toEqual([expect.stringMatching(/^address\.street: contains U\+007F/)]);
    expect(issues({ ...base, offer: { categories: [], description: 'a\u202Db' } })).toEqual([
      expect.stringMatching(/^offer\.description: contains U\+202D/),
    ]);
  });
});

// ---------------------------------------------------------------- the pages

async function render(template: ReturnType<typeof renderTemplate>): Promise<string> {
  let out = '';
  await template.render({ write: (chunk: unknown) => void (out += String(chunk)) } as never);
  return out;
}
/** As the pages compile `{href ? <a href={href}>{text}</a> : text}`: the link, or the text alone. */
const link = (href: string | undefined, text: string) =>
  render(href ? renderTemplate`<a${addAttribute(href, 'href')}>${text}</a>` : renderTemplate`${text}`);

describe('links on the pages', () => {
  /** Each page that turns a validated field into an href, and the check it must call. */
  const RENDERERS: [string, RegExp][] = [
    ['src/features/indicator/IndicatorPage.astro', /href=\{safeHttpHref\(ind\.source\.url\)\}/],
    ['src/features/about/MethodologyPage.astro', /href=\{safeHttpHref\(s\.url\)\}/],
    ['src/features/directory/EntityPage.astro', /href=\{safeHttpHref\(e\.contact\.website\)\}/],
    ['src/features/directory/EntityPage.astro', /href=\{safeMailtoHref\(e\.contact\.email\)\}/],
  ];

  it('every page checks the address before it writes an href', () => {
    for (const [file, uses] of RENDERERS) {
      const source = fs.readFileSync(file, 'utf8');
      expect(source, file).toMatch(uses);
      // No other href takes a data field directly.
      expect(source, file).not.toMatch(/href=\{(ind\.source\.url|s\.url|e\.contact\.website|`mailto:\$\{e\.contact\.email\}`)\}/);
    }
  });

  it('a safe address becomes a link; a hostile one stays text', async () => {
    const good = parseHTML(`<p>${await link(safeHttpHref('https://bdl.stat.gov.pl/?a=1&b=2'), 'GUS')}</p>`).document;
    expect(good.querySelector('a')!.getAttribute('href')).toBe('https://bdl.stat.gov.pl/?a=1&b=2');
    for (const u of HOSTILE_URLS) {
      const html = await link(safeHttpHref(u), 'GUS');
      expect(parseHTML(`<p>${html}</p>`).document.querySelector('a'), u).toBeNull();
    }
    const mail = parseHTML(`<p>${await link(safeMailtoHref('biuro@przyklad.pl'), 'e-mail')}</p>`).document;
    expect(mail.querySelector('a')!.getAttribute('href')).toBe('mailto:biuro@przyklad.pl');
    expect(await link(safeMailtoHref('biuro@przyklad.pl?cc=x@y.pl'), 'e-mail')).not.toMatch(/<a/);
  });

  it('the programme page keeps a source link only when it is http(s)', () => {
    const withUrl = (url: string) => ({ ...kpres, sources: kpres.sources.map((s) => ({ ...s, url })) });
    expect(programmeView(withUrl('https://dane.ekonomiaspoleczna.gov.pl'), 'pl').sources.every((s) => s.url)).toBe(true);
    expect(programmeView(withUrl('javascript:alert(1)'), 'pl').sources.some((s) => 'url' in s)).toBe(false);
  });
});
