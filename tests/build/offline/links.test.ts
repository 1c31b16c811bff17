// Offline rewriting of built pages (src/build/offline/links.ts) and the file:// note
// (src/build/offline/notice.ts): every root-absolute URL becomes relative with index.html,
// URLs leaving the archive go to the online site, script bodies stay as they are.
import { describe, expect, it } from 'vitest';
import { offlineUrl, relativeUrl, resolveTarget, rewriteCss, rewriteHtml, type OfflineContext } from '#build/offline/links.ts';
import { guardModuleScripts, injectOfflineNotice, pageLang } from '#build/offline/notice.ts';

const SITE = 'https://example.org/';
const files = new Set([
  'index.html',
  'gmina/1211092-nowy-targ/index.html',
  'powiat/1211-nowotarski/index.html',
  'wskaznik/pop/index.html',
  'szukaj/index.html',
  'en/gmina/1211092-nowy-targ/index.html',
  '_astro/ChartIsland.abc.js',
  '_astro/client.svelte.def.js',
  '_astro/BaseLayout.css',
  'favicon.svg',
  'data/2024/manifest.json',
  'data/geo/gmina.topo.json',
  'gmina/zażółć/index.html',
  'README.txt',
  '1211092/index.html',
]);
const latest: OfflineContext = { base: '', site: SITE, has: (p) => files.has(p) };
const olderFiles = new Set([...files].map((f) => f.replace('data/2024/', 'data/2023/')));
const older: OfflineContext = { base: '/2023', site: SITE, has: (p) => olderFiles.has(p) };
const PAGE = 'gmina/1211092-nowy-targ/index.html';

describe('relativeUrl', () => {
  it('climbs out of the page folder and down to the target', () => {
    expect(relativeUrl(PAGE, 'powiat/1211-nowotarski/index.html')).toBe('../../powiat/1211-nowotarski/index.html');
    expect(relativeUrl(PAGE, 'gmina/0223052-kobierzyce/index.html')).toBe('../0223052-kobierzyce/index.html');
    expect(relativeUrl(PAGE, PAGE)).toBe('index.html');
    expect(relativeUrl('index.html', '_astro/x.js')).toBe('_astro/x.js');
    expect(relativeUrl('_astro/a.css', 'favicon.svg')).toBe('../favicon.svg');
  });
});

describe('resolveTarget / offlineUrl', () => {
  it('turns directory URLs into relative index.html links, keeping query and hash', () => {
    expect(offlineUrl('/powiat/1211-nowotarski/', PAGE, latest)).toBe('../../powiat/1211-nowotarski/index.html');
    expect(offlineUrl('/', PAGE, latest)).toBe('../../index.html');
    expect(offlineUrl('/szukaj/?q=lodz#wyniki', PAGE, latest)).toBe('../../szukaj/index.html?q=lodz#wyniki');
    expect(offlineUrl('/wskaznik/pop/#mapa', PAGE, latest)).toBe('../../wskaznik/pop/index.html#mapa');
    // A folder URL written without its slash still finds the index.
    expect(offlineUrl('/wskaznik/pop', PAGE, latest)).toBe('../../wskaznik/pop/index.html');
  });

  it('rewrites files (assets, data) without adding index.html', () => {
    expect(offlineUrl('/_astro/ChartIsland.abc.js', PAGE, latest)).toBe('../../_astro/ChartIsland.abc.js');
    expect(offlineUrl('/data/2024/manifest.json', 'index.html', latest)).toBe('data/2024/manifest.json');
  });

  it('keeps percent-encoded paths encoded while checking the decoded file', () => {
    expect(offlineUrl('/gmina/za%C5%BC%C3%B3%C5%82%C4%87/', PAGE, latest)).toBe('../za%C5%BC%C3%B3%C5%82%C4%87/index.html');
  });

  it('sends URLs that leave the archive to the online site, without a doubled slash', () => {
    expect(offlineUrl('/2023/gmina/1211092-nowy-targ/', PAGE, latest)).toBe('https://example.org/2023/gmina/1211092-nowy-targ/');
    expect(offlineUrl('/data/2023/manifest.json', PAGE, latest)).toBe('https://example.org/data/2023/manifest.json');
    expect(offlineUrl('/archiwum/monitor-es-2024.zip', PAGE, latest)).toBe('https://example.org/archiwum/monitor-es-2024.zip');
    expect(offlineUrl('/data/latest/x.csv', PAGE, latest)).toBe('https://example.org/data/latest/x.csv');
  });

  it('leaves relative, protocol-relative, absolute, mailto, data and hash URLs alone', () => {
    for (const u of [
      '#tresc',
      'x/index.html',
      '../a/',
      '//cdn.example/x.js',
      'https://bdl.stat.gov.pl/',
      'mailto:a@b.pl',
      'data:text/csv,a',
    ])
      expect(resolveTarget(u, latest)).toEqual({ kind: 'keep' });
  });

  it('strips the release base of an older release and keeps the shared data local', () => {
    expect(offlineUrl('/2023/powiat/1211-nowotarski/', PAGE, older)).toBe('../../powiat/1211-nowotarski/index.html');
    expect(offlineUrl('/2023/', PAGE, older)).toBe('../../index.html');
    expect(offlineUrl('/2023', PAGE, older)).toBe('../../index.html');
    expect(offlineUrl('/2023/_astro/ChartIsland.abc.js', PAGE, older)).toBe('../../_astro/ChartIsland.abc.js');
    expect(offlineUrl('/data/2023/manifest.json', PAGE, older)).toBe('../../data/2023/manifest.json');
    expect(offlineUrl('/data/geo/gmina.topo.json', PAGE, older)).toBe('../../data/geo/gmina.topo.json');
  });

  it('sends an older release’s unprefixed links (the latest release’s pages) online', () => {
    expect(offlineUrl('/gmina/1211092-nowy-targ/', PAGE, older)).toBe('https://example.org/gmina/1211092-nowy-targ/');
    expect(offlineUrl('/', PAGE, older)).toBe('https://example.org/');
    // `/20230/` is not the base `/2023`.
    expect(offlineUrl('/20230/', PAGE, older)).toBe('https://example.org/20230/');
  });

  it('refuses to resolve .. segments into the archive', () => {
    expect(offlineUrl('/gmina/../../etc/passwd', PAGE, latest)).toBe('https://example.org/gmina/../../etc/passwd');
  });
});

describe('rewriteCss', () => {
  it('rewrites url() and @import relative to the stylesheet', () => {
    const css = `@import "/_astro/BaseLayout.css";a{background:url(/favicon.svg)}b{background:url('/favicon.svg')}c{background:url(data:image/png;base64,AA)}`;
    expect(rewriteCss(css, '_astro/x.css', latest)).toBe(
      `@import "BaseLayout.css";a{background:url(../favicon.svg)}b{background:url('../favicon.svg')}c{background:url(data:image/png;base64,AA)}`,
    );
  });
});

describe('rewriteHtml', () => {
  const html = [
    '<!DOCTYPE html><html lang="pl"><head><link rel="stylesheet" href="/_astro/BaseLayout.css">',
    '<link rel="canonical" href="https://example.org/gmina/1211092-nowy-targ/">',
    '<meta name="description" content="/not-a-url/">',
    '<style>x{background:url(/favicon.svg)}</style></head><body>',
    '<a class="brand" href="/">Monitor</a><a href=/wskaznik/pop/>POP</a>',
    '<a title="a > b" href=\'/powiat/1211-nowotarski/\'>powiat</a>',
    '<img src="/favicon.svg" srcset="/favicon.svg 1x, /favicon.svg 2x" alt="">',
    '<form action="/szukaj/"><input name="q"></form>',
    '<div style="background:url(/favicon.svg)"></div>',
    '<astro-island uid="a" component-url="/_astro/ChartIsland.abc.js" renderer-url="/_astro/client.svelte.def.js" props="{&quot;indexUrl&quot;:[0,&quot;/search-index.json&quot;]}"></astro-island>',
    '<script type="application/json" id="chart-config">{"href":"/wskaznik/pop/"}</script>',
    '<script>const u = "/data/2024/manifest.json";</script>',
    '<!-- <a href="/commented/"> -->',
    '<svg><a href="/gmina/1211092-nowy-targ/"><path d="M0 0"/></a></svg>',
    '</body></html>',
  ].join('');
  const out = rewriteHtml(html, PAGE, latest);

  it('rewrites links, assets, forms, srcset, islands and CSS', () => {
    expect(out).toContain('<link rel="stylesheet" href="../../_astro/BaseLayout.css">');
    expect(out).toContain('<a class="brand" href="../../index.html">');
    expect(out).toContain('<a href=../../wskaznik/pop/index.html>POP</a>');
    expect(out).toContain(`<a title="a > b" href='../../powiat/1211-nowotarski/index.html'>`);
    expect(out).toContain('src="../../favicon.svg" srcset="../../favicon.svg 1x, ../../favicon.svg 2x"');
    expect(out).toContain('<form action="../../szukaj/index.html">');
    expect(out).toContain('<div style="background:url(../../favicon.svg)">');
    expect(out).toContain('<style>x{background:url(../../favicon.svg)}</style>');
    expect(out).toContain('component-url="../../_astro/ChartIsland.abc.js" renderer-url="../../_astro/client.svelte.def.js"');
    expect(out).toContain('<svg><a href="index.html">');
  });

  it('leaves script bodies, island props, comments, absolute URLs and other meta content alone', () => {
    expect(out).toContain('{"href":"/wskaznik/pop/"}');
    expect(out).toContain('const u = "/data/2024/manifest.json";');
    expect(out).toContain('&quot;/search-index.json&quot;');
    expect(out).toContain('<!-- <a href="/commented/"> -->');
    expect(out).toContain('<link rel="canonical" href="https://example.org/gmina/1211092-nowy-targ/">');
    expect(out).toContain('<meta name="description" content="/not-a-url/">');
  });

  it('makes a bare-code redirect page (meta refresh) work relatively', () => {
    const redirect =
      '<head><meta http-equiv="refresh" content="0; url=/gmina/1211092-nowy-targ/"></head><body><a href="/gmina/1211092-nowy-targ/">Nowy Targ</a></body>';
    expect(rewriteHtml(redirect, '1211092/index.html', latest)).toBe(
      '<head><meta http-equiv="refresh" content="0; url=../gmina/1211092-nowy-targ/index.html"></head><body><a href="../gmina/1211092-nowy-targ/index.html">Nowy Targ</a></body>',
    );
  });

  it('is unchanged when there is nothing to rewrite', () => {
    const plain = '<p><a href="#x">x</a><a href="https://example.org/">y</a></p><script>if(a<b)x()</script>';
    expect(rewriteHtml(plain, PAGE, latest)).toBe(plain);
  });
});

describe('offline notice', () => {
  const page =
    '<html lang="pl"><head><title>t</title></head><body><a class="skip-link" href="#tresc">x</a><main id="tresc"><h1>Nowy Targ</h1></main></body></html>';
  const links = { online: 'https://example.org/gmina/1211092-nowy-targ/', readme: '../../README.txt', release: '2024' };

  it('adds the hidden-by-default note first in <main>, and the file:// switch in <head>', () => {
    const out = injectOfflineNotice(page, 'pl', links);
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('.mes-offline-note{display:none}');
    expect(head).toContain('location.protocol==="file:"');
    expect(head).toContain('customElements.define("astro-island"');
    expect(out).toMatch(/<main id="tresc"><div class="mes-offline-note" role="note"[^>]*><p>/);
    expect(out).toContain('<a href="https://example.org/gmina/1211092-nowy-targ/">serwisu online</a>');
    expect(out).toContain('<code>node serve.mjs</code>');
    expect(out).toContain('<a href="../../README.txt">README.txt</a>');
    // The skip link still comes first.
    expect(out.indexOf('skip-link')).toBeLessThan(out.indexOf('mes-offline-note"'));
  });

  it('speaks English on English pages', () => {
    const en = page.replace('lang="pl"', 'lang="en"');
    expect(pageLang(en, 'en/gmina/x/index.html')).toBe('en');
    expect(pageLang(page, 'gmina/x/index.html')).toBe('pl');
    expect(pageLang('<p>no html tag</p>', 'en/x/index.html')).toBe('en');
    const out = injectOfflineNotice(en, 'en', links);
    expect(out).toContain('online site</a>');
    expect(out).toContain('Maps, filters, search and the table builder');
  });

  it('goes inside the content column when <main> opens with one', () => {
    const wrapped = page
      .replace('<main id="tresc">', '<main id="tresc" tabindex="-1"><div class="wrap">')
      .replace('</main>', '</div></main>');
    expect(injectOfflineNotice(wrapped, 'pl', links)).toMatch(
      /<main id="tresc" tabindex="-1"><div class="wrap"><div class="mes-offline-note"/,
    );
  });

  it('falls back to <body> without <main> and leaves fragments alone', () => {
    const noMain = '<html><head></head><body class="x"><p>a</p></body></html>';
    expect(injectOfflineNotice(noMain, 'pl', links)).toMatch(/<body class="x"><div class="mes-offline-note"/);
    expect(injectOfflineNotice('<p>fragment</p>', 'pl', links)).toBe('<p>fragment</p>');
  });
});

describe('guardModuleScripts', () => {
  it('loads external module scripts only off disk, through a parser-inserted tag', () => {
    const html = '<p>x</p><script type="module" src="../../_astro/Embed.js"></script><p>y</p>';
    const out = guardModuleScripts(html);
    expect(out).toBe(
      '<p>x</p><script>if(location.protocol!=="file:")document.write("<script type=\\"module\\" src=\\"../../_astro/Embed.js\\"><\\/script>")</script><p>y</p>',
    );
    // What the inline script writes is the original tag.
    const written = JSON.parse(/document\.write\((".*")\)<\/script>/.exec(out)![1]);
    expect(written).toBe('<script type="module" src="../../_astro/Embed.js"></script>');
  });

  it('writes a run of preload hints only off disk, as one script', () => {
    const hints =
      '<link rel="modulepreload" href="../_astro/a.js"><link rel="modulepreload" href="../_astro/b.js"><link rel="preload" as="fetch" crossorigin="anonymous" href="../data/x.json">';
    const out = guardModuleScripts(`<p>x</p>${hints}<link rel="stylesheet" href="s.css">`);
    expect(out).toBe(
      `<p>x</p><script>if(location.protocol!=="file:")document.write(${JSON.stringify(hints)})</script><link rel="stylesheet" href="s.css">`,
    );
  });

  it('leaves classic, inline and JSON scripts alone', () => {
    const html =
      '<script src="a.js"></script><script type="module">import "./x.js"</script><script type="application/json" id="c">{}</script><script>1</script>';
    expect(guardModuleScripts(html)).toBe(html);
  });
});
