// Embeds, the pure parts: embed paths from page paths, the snippet, the height
// message (and public/embed.js, run as a host page would, on the same cases), the map's
// URL state, and the scripts that update an embed's frame.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT,
  HEIGHT_MESSAGE,
  MAX_HEIGHT,
  MIN_HEIGHT,
  embedSnippet,
  heightMessage,
  isHeightMessage,
  withParams,
} from '#features/embed/embed.ts';
import { chartBlockHtml, indicatorIdFromQuery, packOptions, unpackOptions, type EmbedChartOption } from '#features/embed/embed-chart.ts';
import { chartTableRows } from '#features/territory/chart-data.ts';
import type { LineChartInput } from '#features/territory/chart-specs.ts';
import { mapStateSearch, parseMapState } from '#features/embed/embed-map-state.ts';
import {
  backHref,
  builderPath,
  fromEmbedPath,
  indicatorMapEmbedPath,
  indicatorPath,
  isEmbedPath,
  programmeEmbedPath,
  programmePath,
  tabulationEmbedPath,
  tabulationEmbedPath as builderEmbedPath,
  territoryEmbedPath,
  territoryPath,
  toEmbedPath,
  withQuery,
} from '#core/urls.ts';
import { chooseItem } from '#features/embed/choose-item.ts';
import { setFrameText } from '#features/embed/frame-text.ts';

const gmina = { level: 'gmina' as const, code: '1211092', slug: 'nowy-targ' };
const poland = { level: 'country' as const, code: 'PL', slug: 'polska' };

describe('embed paths', () => {
  it('puts /embed after the release and language prefixes, keeping query and hash', () => {
    expect(toEmbedPath('/gmina/1211092-nowy-targ/')).toBe('/embed/gmina/1211092-nowy-targ/');
    expect(toEmbedPath('/en/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS')).toBe('/en/embed/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS');
    expect(toEmbedPath('/2023/polska/#temat')).toBe('/2023/embed/polska/#temat');
    expect(toEmbedPath('/2023/en/programy/kpres/')).toBe('/2023/en/embed/programy/kpres/');
    // "/energia/" is no language prefix, "/1211092/" no release.
    expect(toEmbedPath('/energia/')).toBe('/embed/energia/');
    expect(toEmbedPath('/1211092/')).toBe('/embed/1211092/');
    expect(() => toEmbedPath('gmina/1/')).toThrow(/absolute/);
  });

  it('is idempotent and inverted by fromEmbedPath', () => {
    for (const p of ['/polska/', '/en/wskaznik/sps-krs/?poziom=powiat&rok=2023', '/2023/en/zestawienia/?v=1&r=2023', '/', '/en/']) {
      const e = toEmbedPath(p);
      expect(isEmbedPath(e), e).toBe(true);
      expect(isEmbedPath(p), p).toBe(false);
      expect(toEmbedPath(e)).toBe(e);
      expect(fromEmbedPath(e)).toBe(p);
    }
    expect(fromEmbedPath('/gmina/1/')).toBe('/gmina/1/');
    expect(isEmbedPath('/embedded/')).toBe(false);
    expect(isEmbedPath('/en/embed/polska/')).toBe(true);
    expect(isEmbedPath('/gmina/embed/')).toBe(false);
  });

  it('builds each kind from the page paths of urls.ts', () => {
    expect(territoryEmbedPath(gmina, 'pl', 'SPS_KRS')).toBe(`/embed${territoryPath(gmina, 'pl')}?wskaznik=SPS_KRS`);
    expect(territoryEmbedPath(gmina, 'en')).toBe('/en/embed/gmina/1211092-nowy-targ/');
    expect(territoryEmbedPath(poland, 'pl', 'POP')).toBe('/embed/polska/?wskaznik=POP');
    expect(indicatorMapEmbedPath('SPS_KRS', 'en', { poziom: 'powiat', rok: 2023 })).toBe(
      `/en/embed${indicatorPath('SPS_KRS', 'pl')}?poziom=powiat&rok=2023`,
    );
    expect(programmeEmbedPath('kpres', 'pl', 'ps-act')).toBe(`/embed${programmePath('kpres', 'pl')}?wskaznik=ps-act`);
    // The builder already announced its embed route: the two must agree.
    expect(tabulationEmbedPath('pl')).toBe(builderEmbedPath('pl'));
    expect(tabulationEmbedPath('en')).toBe(builderEmbedPath('en'));
    expect(fromEmbedPath(tabulationEmbedPath('en'))).toBe(builderPath('en'));
  });

  it('adds query parameters, leaving out empty ones', () => {
    expect(withQuery('/a/', { x: '1', y: undefined, z: '' })).toBe('/a/?x=1');
    expect(withQuery('/a/?x=1', { y: 2 })).toBe('/a/?x=1&y=2');
    expect(withQuery('/a/', {})).toBe('/a/');
  });

  it('links back to the full page with the view state, not the host id', () => {
    expect(backHref('/gmina/1211092-nowy-targ/', '?wskaznik=POP&id=w1')).toBe('/gmina/1211092-nowy-targ/?wskaznik=POP');
    expect(backHref('/gmina/1211092-nowy-targ/', '?id=w1')).toBe('/gmina/1211092-nowy-targ/');
    expect(backHref('/zestawienia/', '?v=1&l=gmina&i=POP,SPS_KRS')).toBe('/zestawienia/?v=1&l=gmina&i=POP%2CSPS_KRS');
  });

  it('reads the indicator of the query in any spelling, and refuses junk', () => {
    expect(indicatorIdFromQuery('sps-krs')).toBe('SPS_KRS');
    expect(indicatorIdFromQuery(' SPS_10K ')).toBe('SPS_10K');
    expect(indicatorIdFromQuery('')).toBeUndefined();
    expect(indicatorIdFromQuery(null)).toBeUndefined();
    expect(indicatorIdFromQuery('<script>')).toBeUndefined();
    expect(indicatorIdFromQuery('a'.repeat(41))).toBeUndefined();
  });
});

describe('the snippet', () => {
  const input = {
    src: 'https://example.org/embed/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS&id=a',
    title: 'Spółdzielnie "socjalne" & <gminy> — Monitor',
    height: EMBED_HEIGHT.chart,
    href: 'https://example.org/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS',
    script: 'https://example.org/embed.js',
  };

  it('is an iframe with an escaped title, fixed height, full width, lazy loading, and the resize script', () => {
    const html = embedSnippet(input);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(input.src);
    expect(iframe.getAttribute('title')).toBe(input.title);
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe(String(EMBED_HEIGHT.chart));
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('style')).toMatch(/border:0/);
    const script = document.querySelector('script')!;
    expect(script.getAttribute('src')).toBe(input.script);
    expect(html).not.toMatch(/<gminy>/);
    expect(html).toContain('&amp;id=a');
    expect(html.split('\n')).toHaveLength(2);
  });

  it('leaves the script out when not asked, and refuses a relative src', () => {
    expect(embedSnippet({ ...input, script: undefined })).not.toMatch(/<script/);
    expect(() => embedSnippet({ ...input, src: '/embed/polska/' })).toThrow(/absolute/);
  });

  it('rewrites query parameters of an absolute URL', () => {
    expect(withParams(input.src, { wskaznik: 'POP', id: undefined })).toBe(
      'https://example.org/embed/gmina/1211092-nowy-targ/?wskaznik=POP',
    );
    expect(withParams('https://example.org/embed/wskaznik/pop/', { poziom: 'powiat', rok: '2020' })).toBe(
      'https://example.org/embed/wskaznik/pop/?poziom=powiat&rok=2020',
    );
  });
});

// ---------------------------------------------------------------- the height message

/** Message data and whether the portal accepts it. */
const MESSAGES: [unknown, boolean][] = [
  [{ type: HEIGHT_MESSAGE, height: 640 }, true],
  [{ type: HEIGHT_MESSAGE, height: 640.4, id: 'w1' }, true],
  [{ type: HEIGHT_MESSAGE, height: MIN_HEIGHT }, true],
  [{ type: HEIGHT_MESSAGE, height: MAX_HEIGHT }, true],
  [{ type: HEIGHT_MESSAGE, height: MIN_HEIGHT - 1 }, false],
  [{ type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 }, false],
  [{ type: HEIGHT_MESSAGE, height: Number.NaN }, false],
  [{ type: HEIGHT_MESSAGE, height: Number.POSITIVE_INFINITY }, false],
  [{ type: HEIGHT_MESSAGE, height: '640' }, false],
  [{ type: HEIGHT_MESSAGE }, false],
  [{ type: 'other-height', height: 640 }, false],
  [{ type: HEIGHT_MESSAGE, height: 640, id: 7 }, false],
  [{ type: HEIGHT_MESSAGE, height: 640, id: 'x'.repeat(101) }, false],
  ['mes-embed-height', false],
  [null, false],
  [undefined, false],
  [[HEIGHT_MESSAGE, 640], false],
];

describe('the height message', () => {
  it("accepts only the portal's own, well-formed messages", () => {
    for (const [data, ok] of MESSAGES) expect(isHeightMessage(data), JSON.stringify(data)).toBe(ok);
  });

  it('is built in whole pixels, within the accepted range', () => {
    expect(heightMessage(640.2)).toEqual({ type: HEIGHT_MESSAGE, height: 641 });
    expect(heightMessage(640, 'w1')).toEqual({ type: HEIGHT_MESSAGE, height: 640, id: 'w1' });
    expect(heightMessage(3)).toEqual({ type: HEIGHT_MESSAGE, height: MIN_HEIGHT });
    expect(heightMessage(1e9).height).toBe(MAX_HEIGHT);
    for (const h of [0, 1, 333.3, 5000, 1e7]) expect(isHeightMessage(heightMessage(h))).toBe(true);
  });
});

describe('public/embed.js on a host page', () => {
  const file = path.join(process.cwd(), 'public', 'embed.js');
  const code = fs.readFileSync(file, 'utf8');

  /** A host page with two portal iframes and a foreign one; returns what the script set. */
  function host() {
    const listeners: ((e: unknown) => void)[] = [];
    const frame = (src: string) => ({ src, contentWindow: {}, style: { height: '' } });
    const frames = [
      frame('https://mes.example/embed/polska/'),
      frame('https://mes.example/embed/wskaznik/pop/'),
      frame('https://other.example/x'),
    ];
    const anchor = {
      set href(url: string) {
        const u = new URL(url);
        this.protocol = u.protocol;
        this.host = u.host;
      },
      protocol: '',
      host: '',
    };
    const window: Record<string, unknown> = {
      addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn),
    };
    const document = {
      currentScript: { src: 'https://mes.example/embed.js' },
      createElement: () => anchor,
      getElementsByTagName: (t: string) => (t === 'iframe' ? frames : []),
    };
    const context = vm.createContext({ window, document, isFinite, Math });
    const run = () => vm.runInContext(code, context);
    const post = (data: unknown, i: number, origin = 'https://mes.example', source?: unknown) =>
      listeners.forEach((fn) => fn({ data, source: source ?? frames[i].contentWindow, origin }));
    return { frames, listeners, run, post };
  }

  it('is a small classic script with no module syntax or dependencies', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(2048);
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`/);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('sets the height of the iframe the message came from, and of no other', () => {
    const h = host();
    h.run();
    h.post({ type: HEIGHT_MESSAGE, height: 733.2 }, 1);
    expect(h.frames.map((f) => f.style.height)).toEqual(['', '734px', '']);
    h.post({ type: HEIGHT_MESSAGE, height: 420 }, 0);
    expect(h.frames.map((f) => f.style.height)).toEqual(['420px', '734px', '']);
  });

  it('checks the message the same way as the portal (the same cases as isHeightMessage)', () => {
    for (const [data, ok] of MESSAGES) {
      const h = host();
      h.run();
      h.post(data, 0);
      expect(h.frames[0].style.height !== '', JSON.stringify(data)).toBe(ok);
    }
  });

  it("ignores messages from windows that are none of its iframes, or from another origin than the iframe's", () => {
    const h = host();
    h.run();
    h.post({ type: HEIGHT_MESSAGE, height: 500 }, 0, 'https://mes.example', {});
    h.post({ type: HEIGHT_MESSAGE, height: 500 }, 0, 'https://evil.example');
    // The foreign iframe may send our message shape: its src's origin is its own, and it matches.
    h.post({ type: HEIGHT_MESSAGE, height: 500 }, 2, 'https://mes.example');
    expect(h.frames.map((f) => f.style.height)).toEqual(['', '', '']);
  });

  it('listens once however many times the host includes it', () => {
    const h = host();
    h.run();
    h.run();
    expect(h.listeners).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- the map's URL state

describe('map URL state', () => {
  const levels = ['voivodeship', 'powiat', 'gmina'] as const;
  const years = [2019, 2020, 2021, 2022, 2023, 2024];

  it('reads level (Polish segment or level id) and year, keeping only what the map offers', () => {
    expect(parseMapState('?poziom=powiat&rok=2021', levels, years)).toEqual({ level: 'powiat', year: 2021 });
    expect(parseMapState('?poziom=wojewodztwo', levels, years)).toEqual({ level: 'voivodeship' });
    expect(parseMapState('?poziom=gmina&rok=1990', levels, years)).toEqual({ level: 'gmina' });
    expect(parseMapState('?poziom=gmina', ['voivodeship', 'powiat'], years)).toEqual({});
    expect(parseMapState('?rok=2020.5', levels, years)).toEqual({});
    expect(parseMapState('', levels, years)).toEqual({});
  });

  it('writes the state, leaving defaults and other parameters alone', () => {
    const defaults = { level: 'gmina' as const, year: 2024 };
    expect(mapStateSearch('', { level: 'gmina', year: 2024 }, defaults)).toBe('');
    expect(mapStateSearch('', { level: 'powiat', year: 2024 }, defaults)).toBe('?poziom=powiat');
    expect(mapStateSearch('?id=w1', { level: 'voivodeship', year: 2020 }, defaults)).toBe('?id=w1&poziom=wojewodztwo&rok=2020');
    expect(mapStateSearch('?poziom=powiat&rok=2020', { level: 'gmina', year: 2024 }, defaults)).toBe('');
    // What is written is read back.
    const s = mapStateSearch('', { level: 'voivodeship', year: 2021 }, defaults);
    expect(parseMapState(s, levels, years)).toEqual({ level: 'voivodeship', year: 2021 });
  });

  it('a planning-area level is written by its type and read back, without a zoomed area', () => {
    const withAreas = [...levels, 'nuts2', 'owes'] as const;
    const defaults = { level: 'gmina' as const, year: 2024 };
    const s = mapStateSearch('', { level: 'nuts2', year: 2024 }, defaults);
    expect(s).toBe('?poziom=nuts2');
    expect(parseMapState(s, withAreas, years)).toEqual({ level: 'nuts2' });
    // Areas may cross voivodeship borders: a voivodeship in the address is ignored at an area level.
    expect(parseMapState('?poziom=owes&obszar=12', withAreas, years, ['12'])).toEqual({ level: 'owes' });
    expect(parseMapState('?poziom=nuts2', levels, years)).toEqual({});
  });

  it('keeps the zoomed area and the class method, so "powiats of Małopolska" survives a reload and an embed', () => {
    const voivodeships = ['02', '12', '14'];
    const defaults = { level: 'gmina' as const, year: 2024 };
    const s = mapStateSearch('', { level: 'powiat', year: 2024, area: '12', method: 'natural' }, defaults);
    expect(s).toBe('?poziom=powiat&obszar=12&klasy=naturalne');
    expect(parseMapState(s, levels, years, voivodeships)).toEqual({ level: 'powiat', area: '12', method: 'natural' });
    // A powiat narrows only the gmina map; elsewhere it means its voivodeship.
    expect(parseMapState('?obszar=1211', levels, years, voivodeships)).toEqual({ area: '1211' });
    expect(parseMapState('?poziom=powiat&obszar=1211', levels, years, voivodeships)).toEqual({ level: 'powiat', area: '12' });
    // Unknown voivodeships, malformed codes and methods are dropped.
    expect(parseMapState('?obszar=99&klasy=x', levels, years, voivodeships)).toEqual({});
    expect(parseMapState('?obszar=12a', levels, years, voivodeships)).toEqual({});
    // Quantiles and all of Poland are the defaults and stay out of the address.
    expect(mapStateSearch('?obszar=12&klasy=naturalne', { level: 'gmina', year: 2024, area: '', method: 'quantile' }, defaults)).toBe('');
  });
});

// ---------------------------------------------------------------- the frame, updated

function frameDoc(items = '') {
  return parseHTML(`<!doctype html><html><head><title>Wykres A — Monitor</title></head><body>
    <h1 data-embed-title>Wykres A</h1><p data-embed-demo hidden>demo</p>${items}
    <p data-embed-source>Źródło: A.</p><a data-embed-back href="/programy/kpres/">back</a></body></html>`).document as unknown as Document;
}

describe('the frame of an embed page', () => {
  it('takes a new title (keeping the site name), source line and demo label', () => {
    const doc = frameDoc();
    setFrameText({ title: 'Wykres B', source: 'Źródło: B.', demo: true }, doc);
    expect(doc.querySelector('h1')!.textContent).toBe('Wykres B');
    expect(doc.title).toBe('Wykres B — Monitor');
    expect(doc.querySelector('[data-embed-source]')!.textContent).toBe('Źródło: B.');
    expect((doc.querySelector('[data-embed-demo]') as HTMLElement).hidden).toBe(false);
  });

  it('shows the programme chart the query names, and only that one', () => {
    const items = ['ps-act', 'sps-krs', 'cis']
      .map(
        (id, i) =>
          `<div data-embed-item="${id}" data-title="KPRES: ${id}" data-source="Źródło: ${id}." data-demo="${i === 1 ? 1 : 0}" data-anchor="wskaznik-${id}"${i ? ' hidden' : ''}></div>`,
      )
      .join('');
    const doc = frameDoc(items);
    expect(chooseItem(doc, '?wskaznik=SPS-KRS&id=w')).toBe('sps-krs');
    const shown = [...doc.querySelectorAll<HTMLElement>('[data-embed-item]')].map((el) => !el.hidden);
    expect(shown).toEqual([false, true, false]);
    expect(doc.querySelector('h1')!.textContent).toBe('KPRES: sps-krs');
    expect((doc.querySelector('[data-embed-demo]') as HTMLElement).hidden).toBe(false);
    expect(doc.querySelector('[data-embed-back]')!.getAttribute('href')).toBe('/programy/kpres/?wskaznik=SPS-KRS#wskaznik-sps-krs');

    const other = frameDoc(items);
    expect(chooseItem(other, '?wskaznik=nope')).toBeUndefined();
    expect([...other.querySelectorAll<HTMLElement>('[data-embed-item]')].map((el) => !el.hidden)).toEqual([true, false, false]);
  });
});

// ---------------------------------------------------------------- the chart embed's script

describe('the territory chart embed', () => {
  const options: EmbedChartOption[] = [
    {
      id: 'SPS_KRS',
      name: 'Spółdzielnie socjalne',
      unit: 'podmioty',
      decimals: 0,
      intensive: false,
      href: '/wskaznik/sps-krs/',
      source: 'KRS',
    },
    {
      id: 'SPS_10K',
      name: 'Spółdzielnie na 10 tys.',
      unit: 'na 10 tys.',
      decimals: 2,
      intensive: true,
      href: '/wskaznik/sps-10k/',
      source: 'KRS',
    },
    { id: 'POP', name: 'Ludność', unit: 'osoby', decimals: 0, intensive: false, href: '/wskaznik/pop/', source: 'GUS <BDL>' },
  ];

  it('packs the options with units and sources listed once, and unpacks them whole', () => {
    const packed = packOptions(options);
    expect(packed.s).toEqual(['KRS', 'GUS <BDL>']);
    expect(packed.u).toHaveLength(3);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(options).length);
    expect(unpackOptions(packed, (id) => `/wskaznik/${id.toLowerCase().replace(/_/g, '-')}/`)).toEqual(options);
  });

  it('writes the chart block with escaped labels, the legend and the data table', () => {
    const input: LineChartInput = {
      years: [2022, 2023, 2024],
      decimals: 2,
      lang: 'pl',
      title: 't',
      lines: [
        { key: '1211092', label: 'Nowy <Targ>', role: 'self', values: [1.5, null, 2.25], flags: [0, 0, 1] },
        { key: '12', label: 'małopolskie', role: 'parent', values: [1, 1.25, 1.5], flags: [0, 0, 0] },
      ],
    };
    const strings = { table: 'Tabela', csv: 'CSV', about: 'O wskaźniku', gaps: 'Luki', year: 'Rok', demoNote: 'dane demonstracyjne' };
    const html = chartBlockHtml(input, options[1], strings, { uid: 'wykres', csvHref: 'data:text/csv,a', csvName: 'x.csv' });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelector('#wykres-title')!.textContent).toBe('Spółdzielnie na 10 tys. (na 10 tys.)');
    expect(document.querySelector('[data-canvas]')).toBeTruthy();
    expect([...document.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual([
      'Nowy <Targ>',
      'małopolskie',
      '○ dane demonstracyjne',
    ]);
    const cells = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual(chartTableRows(input).map((r) => r.cells));
    expect(html).toContain('<p class="note">Luki</p>');
    expect(html).not.toContain('<Targ>');
    expect(document.querySelector('.chart-links a[download]')!.getAttribute('download')).toBe('x.csv');
  });
});

describe('the demo notice inside an embed frame', () => {
  it('names the markers the frame uses (the demo tag, the asterisk, hollow dots), in both languages', async () => {
    const { translator } = await import('#i18n/index.ts');
    for (const lang of ['pl', 'en'] as const) {
      const text = translator(lang)('embed.demo');
      expect(text).toContain('demo');
      expect(text).toContain('*');
    }
    expect(translator('pl')('embed.demo')).toContain('pustymi kółkami');
    expect(translator('en')('embed.demo')).toContain('hollow dots');
  });
});
