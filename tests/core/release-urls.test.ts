// Every page-URL builder at the site root and in a release copy under /2023/ (src/core/base.ts):
// page paths get the base, the shared /data/ files never do, and switching language keeps
// the page inside its copy.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normaliseBase, releaseOfBase, siteBase, stripBase, withBase } from '#core/base.ts';
import { defaultState, permalink } from '#features/builder/builder-state.ts';
import {
  builderPath,
  codePath,
  dataPath,
  directoryDataUrls,
  directoryPath,
  downloadsPath,
  entityBase,
  entityPath,
  homePath,
  indicatorPath,
  indicatorsPath,
  langOfPath,
  langPrefix,
  methodologyPath,
  programmePath,
  programmesPath,
  DATA_FILE,
  searchPath,
  statementPath,
  switchLanguage,
  tabulationEmbedPath as embedPath,
  territoryPath,
  topologyPath,
} from '#core/urls.ts';

const gmina = { level: 'gmina' as const, code: '1211092', slug: 'nowy-targ' };

/** Every page path builder, in both languages, as [name, path]. */
function allPaths(): [string, string][] {
  const out: [string, string][] = [];
  for (const lang of ['pl', 'en'] as const) {
    const l = (name: string, p: string) => out.push([`${name} ${lang}`, p]);
    l('home', homePath(lang));
    l('country', territoryPath({ level: 'country', code: 'PL', slug: 'polska' }, lang));
    l('voivodeship', territoryPath({ level: 'voivodeship', code: '12', slug: 'malopolskie' }, lang));
    l('gmina', territoryPath(gmina, lang));
    l('code', codePath('1211092', lang));
    l('indicator', indicatorPath('SPS_KRS', lang));
    l('indicators', indicatorsPath(lang));
    l('search', searchPath(lang));
    l('downloads', downloadsPath(lang));
    l('directory', directoryPath(lang, '?w=12'));
    l('entity base', entityBase(lang));
    l('entity', entityPath('demo-1', lang));
    l('programmes', programmesPath(lang));
    l('programme', programmePath('kpres', lang));
    l('builder', builderPath(lang));
    l('embed', embedPath(lang));
    l('statement', statementPath(lang));
    l('methodology', methodologyPath(lang));
  }
  const d = directoryDataUrls('2023');
  out.push(['directory neighbours', d.neighbours], ['directory map', d.mapBase]);
  return out;
}

const ROOT_PATHS: Record<string, string> = {
  'home pl': '/',
  'country pl': '/polska/',
  'voivodeship pl': '/wojewodztwo/12-malopolskie/',
  'gmina pl': '/gmina/1211092-nowy-targ/',
  'code pl': '/1211092/',
  'indicator pl': '/wskaznik/sps-krs/',
  'indicators pl': '/wskazniki/',
  'search pl': '/szukaj/',
  'downloads pl': '/dane/',
  'directory pl': '/podmioty/?w=12',
  'entity base pl': '/podmiot/',
  'entity pl': '/podmiot/demo-1/',
  'programmes pl': '/programy/',
  'programme pl': '/programy/kpres/',
  'builder pl': '/zestawienia/',
  'embed pl': '/embed/zestawienia/',
  'statement pl': '/deklaracja-dostepnosci/',
  'methodology pl': '/metodologia/',
  'directory neighbours': '/podmioty/dane/sasiedzi.json',
  'directory map': '/podmioty/dane/mapa/',
};

afterEach(() => vi.unstubAllEnvs());

describe('base', () => {
  it('normalises every spelling of the base', () => {
    expect(normaliseBase('/')).toBe('');
    expect(normaliseBase('')).toBe('');
    expect(normaliseBase(undefined)).toBe('');
    expect(normaliseBase('/2023/')).toBe('/2023');
    expect(normaliseBase('/2023')).toBe('/2023');
    expect(normaliseBase('2023')).toBe('/2023');
  });
  it('reads Vite’s BASE_URL at call time', () => {
    expect(siteBase()).toBe('');
    vi.stubEnv('BASE_URL', '/2023/');
    expect(siteBase()).toBe('/2023');
    expect(releaseOfBase()).toBe('2023');
  });
  it('adds and strips the base', () => {
    expect(withBase('/gmina/x/', '/2023')).toBe('/2023/gmina/x/');
    expect(withBase('/gmina/x/', '')).toBe('/gmina/x/');
    expect(() => withBase('gmina/x/', '/2023')).toThrow(/not a site path/);
    expect(stripBase('/2023/gmina/x/', '/2023')).toBe('/gmina/x/');
    expect(stripBase('/2023', '/2023')).toBe('/');
    expect(stripBase('/20234/x/', '/2023')).toBe('/20234/x/');
    expect(stripBase('/gmina/x/', '/2023')).toBe('/gmina/x/');
    expect(releaseOfBase('')).toBeUndefined();
  });
});

describe('URL builders at the root', () => {
  it('write root paths', () => {
    const got = Object.fromEntries(allPaths());
    for (const [name, p] of Object.entries(ROOT_PATHS)) expect(got[name], name).toBe(p);
    // English: the Polish path under /en.
    for (const [name, p] of allPaths()) if (name.endsWith(' en')) expect(p, name).toBe(`/en${ROOT_PATHS[name.replace(/ en$/, ' pl')]}`);
  });
  it('switch language by adding or removing /en', () => {
    expect(switchLanguage('/gmina/1211092-nowy-targ/', 'en')).toBe('/en/gmina/1211092-nowy-targ/');
    expect(switchLanguage('/en/', 'pl')).toBe('/');
    expect(langOfPath('/en/polska/')).toBe('en');
  });
});

describe('URL builders in the 2023 copy', () => {
  it('put every page path under /2023/', () => {
    vi.stubEnv('BASE_URL', '/2023/');
    const got = Object.fromEntries(allPaths());
    for (const [name, p] of Object.entries(ROOT_PATHS)) expect(got[name], name).toBe(`/2023${p}`);
    for (const [name, p] of allPaths())
      if (name.endsWith(' en')) expect(p, name).toBe(`/2023/en${ROOT_PATHS[name.replace(/ en$/, ' pl')]}`);
    expect(langPrefix('en')).toBe('/2023/en');
    expect(permalink(defaultState('2023'), 'pl', 'https://example.test')).toMatch(/^https:\/\/example\.test\/2023\/zestawienia\/\?/);
  });
  it('leave the shared data at the root', () => {
    vi.stubEnv('BASE_URL', '/2023/');
    expect(dataPath('2023', 'territory/1211092.json')).toBe('/data/2023/territory/1211092.json');
    expect(topologyPath('gmina')).toBe('/data/geo/gmina.topo.json');
    expect(directoryDataUrls('2023').index).toBe('/data/2023/entities/index.json');
    expect(directoryDataUrls('2023').places).toBe('/data/2023/names/places.json');
    expect(dataPath('2023', DATA_FILE.searchIndex)).toBe('/data/2023/names/search.json');
    expect(dataPath('2023', DATA_FILE.names('gmina'))).toBe('/data/2023/names/gmina.json');
  });
  it('switch language inside the copy', () => {
    vi.stubEnv('BASE_URL', '/2023/');
    expect(switchLanguage('/2023/gmina/1211092-nowy-targ/', 'en')).toBe('/2023/en/gmina/1211092-nowy-targ/');
    expect(switchLanguage('/2023/en/gmina/1211092-nowy-targ/', 'pl')).toBe('/2023/gmina/1211092-nowy-targ/');
    expect(switchLanguage('/2023/', 'en')).toBe('/2023/en/');
    expect(switchLanguage('/2023/en/', 'pl')).toBe('/2023/');
    expect(switchLanguage('/2023/en', 'pl')).toBe('/2023/');
    expect(langOfPath('/2023/en/polska/')).toBe('en');
    expect(langOfPath('/2023/polska/')).toBe('pl');
    expect(langOfPath('/2023/energia/')).toBe('pl');
    // A root path given to a copy (e.g. the 404 page's) stays a root path.
    expect(switchLanguage('/gmina/x/', 'en')).toBe('/en/gmina/x/');
  });
});
