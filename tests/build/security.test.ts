// Data shown as text, never as markup: a malicious name (HTML, script, attribute breakout)
// goes through the same escaping the pages use and comes out inert. The pages put data into
// HTML in four ways, each tested here:
//   1. Astro expressions {name} and attributes href={…}: Astro's renderTemplate/addAttribute
//      (what the compiled .astro components call);
//   2. build-time SVG (locator maps, voivodeship map, chart titles): escapeXml;
//   3. inline JSON for islands (<script type="application/json">): jsonForScript;
//   4. table cells via set:html: valueHtml/changeHtml/rankHtml, built from numbers only.
// The browser side (Svelte islands rendering fetched data) is tested in
// tests/e2e/security.e2e.ts; inline event handlers in the built HTML by check:links.
import { addAttribute, renderTemplate } from 'astro/runtime/server/index.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { changeHtml, rankHtml, valueHtml } from '#core/cell-html.ts';
import { translator } from '#i18n/index.ts';
import { jsonForScript } from '#features/territory/chart-data.ts';
import { chartSvg } from '#build/chart-render.ts';
import { escapeXml, LocatorMaps } from '#features/territory/locator-map.ts';
import { topologies } from '#build/site-data.ts';

/** Names an attacker could put into a data file (entity name, description, programme title). */
export const MALICIOUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)",
  '</script><script>alert(5)</script><!--',
  'Spółdzielnia „Ząbki” & Co. <b>bold</b>',
  '&lt;already escaped&gt; &amp;',
  'javascript:alert(6)',
];

async function astroRender(template: ReturnType<typeof renderTemplate>): Promise<string> {
  let out = '';
  await template.render({ write: (chunk: unknown) => void (out += String(chunk)) } as never);
  return out;
}

/** Parses HTML with linkedom and returns what a browser would make of it. */
function dom(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const all = [...document.querySelectorAll('*')];
  return {
    document,
    elements: all.map((e) => e.tagName.toLowerCase()),
    handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
  };
}

describe('Astro expressions and attributes escape data', () => {
  for (const name of MALICIOUS) {
    it(`shows ${JSON.stringify(name)} as text`, async () => {
      // As compiled from: <li><a href={href} title={name}>{name}</a></li>
      const html = await astroRender(
        renderTemplate`<li><a${addAttribute(`/podmiot/${name}/`, 'href')}${addAttribute(name, 'title')}>${name}</a></li>`,
      );
      const d = dom(html);
      expect(d.elements.filter((e) => !['html', 'head', 'body'].includes(e))).toEqual(['li', 'a']);
      expect(d.handlers).toEqual([]);
      const a = d.document.querySelector('a')!;
      expect(a.textContent).toBe(name);
      expect(a.getAttribute('title')).toBe(name);
      expect(a.getAttribute('href')).toBe(`/podmiot/${name}/`);
    });
  }
});

describe('build-time SVG escapes names', () => {
  it('escapeXml leaves no markup', () => {
    for (const name of MALICIOUS) {
      const svg = `<svg><title>${escapeXml(name)}</title><a href="${escapeXml(name)}" aria-label="${escapeXml(name)}"></a></svg>`;
      const d = dom(svg);
      expect(d.handlers).toEqual([]);
      expect(d.elements.filter((e) => !['html', 'head', 'body'].includes(e))).toEqual(['svg', 'title', 'a']);
      expect(d.document.querySelector('title')!.textContent).toBe(name);
      expect(d.document.querySelector('a')!.getAttribute('aria-label')).toBe(name);
    }
  });

  it('the voivodeship map shows malicious labels as text', () => {
    const maps = new LocatorMaps(topologies());
    const links = MALICIOUS.slice(0, 2).map((label, i) => ({ code: ['02', '04'][i], href: `/wojewodztwo/${i}/`, label }));
    const svg = maps.voivodeshipLinks(links, MALICIOUS[2], 'mapa-test');
    const d = dom(svg);
    expect(d.handlers).toEqual([]);
    expect(d.elements).not.toContain('script');
    expect(d.elements).not.toContain('img');
    expect([...d.document.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'))).toEqual(MALICIOUS.slice(0, 2));
    expect(d.document.querySelector('title')!.textContent).toBe(MALICIOUS[2]);
  });

  it('a chart titled with a malicious name keeps it in the accessible name only', () => {
    const svg = chartSvg({
      years: [2020, 2021],
      lines: [{ key: 'X', label: MALICIOUS[1], role: 'self', values: [1, 2], flags: [0, 0] }],
      decimals: 0,
      lang: 'pl',
      title: MALICIOUS[2],
    });
    const d = dom(svg);
    expect(d.handlers).toEqual([]);
    expect(d.document.querySelector('svg')!.getAttribute('aria-label')).toBe(MALICIOUS[2]);
  });
});

describe('inline JSON for islands cannot end its script element', () => {
  it('round-trips and contains no "<"', () => {
    const value = { names: MALICIOUS, nested: { s: '\u2028\u2029</SCRIPT >' } };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual(value);
    // In a page: one script element whose text parses back to the value.
    const d = dom(`<script type="application/json" id="c">${json}</script><p>after</p>`);
    expect(d.elements.filter((e) => e === 'script')).toHaveLength(1);
    expect(JSON.parse(d.document.getElementById('c')!.textContent!)).toEqual(value);
  });
});

describe('table cells written with set:html carry numbers and fixed words only', () => {
  it('valueHtml, changeHtml and rankHtml', () => {
    const cells = [
      valueHtml({ value: 1234.5, flags: 1 | 4 | 8 }, 'pl', translator('pl'), 1),
      valueHtml({ value: null, flags: 2 }, 'en', translator('en'), 0),
      valueHtml(undefined, 'pl', translator('pl'), 0),
      changeHtml(-3, 2022, 'pl', translator('pl'), 0),
      rankHtml(
        { year: 2024, level: { rank: 3, of: 2477, percentile: 99.9 }, parent: { rank: 1, of: 14 } },
        'gmina',
        'en',
        translator('en'),
      ),
    ];
    for (const c of cells) {
      const d = dom(c);
      expect(d.elements.filter((e) => !['html', 'head', 'body'].includes(e)).every((e) => e === 'span')).toBe(true);
      expect(d.handlers).toEqual([]);
    }
    expect(cells[1]).toContain('confidential');
  });
});
