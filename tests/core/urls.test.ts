import { describe, expect, it } from 'vitest';
import { codesInNote, describeChange } from '#features/territory/code-changes.ts';
import { changeAnchor } from '#core/urls.ts';
import type { CodeChange } from '#core/geo-register.ts';
import { displayName, inTerritory, kindLabel } from '#core/names.ts';
import { codeTargets, netlifyRedirects } from '#core/redirects.ts';
import { codePath, indicatorPath, langOfPath, switchLanguage, territoryPath } from '#core/urls.ts';

const gmina = {
  code: '1211092',
  level: 'gmina' as const,
  slug: 'nowy-targ',
  name: 'Nowy Targ',
  displayName: 'Nowy Targ (gmina wiejska, powiat nowotarski)',
  kind: 'rural' as const,
};

describe('URL grammar', () => {
  it('builds territory paths in both languages', () => {
    expect(territoryPath(gmina, 'pl')).toBe('/gmina/1211092-nowy-targ/');
    expect(territoryPath(gmina, 'en')).toBe('/en/gmina/1211092-nowy-targ/');
    expect(territoryPath({ level: 'powiat', code: '1211', slug: 'nowotarski' }, 'pl')).toBe('/powiat/1211-nowotarski/');
    expect(territoryPath({ level: 'voivodeship', code: '12', slug: 'malopolskie' }, 'pl')).toBe('/wojewodztwo/12-malopolskie/');
    expect(territoryPath({ level: 'country', code: 'PL', slug: 'polska' }, 'en')).toBe('/en/polska/');
    expect(codePath('1211092')).toBe('/1211092/');
    expect(indicatorPath('SPS_KRS', 'en')).toBe('/en/wskaznik/sps-krs/');
  });
  it('switches language by adding or removing /en', () => {
    expect(switchLanguage('/gmina/1211092-nowy-targ/', 'en')).toBe('/en/gmina/1211092-nowy-targ/');
    expect(switchLanguage('/en/gmina/1211092-nowy-targ/', 'pl')).toBe('/gmina/1211092-nowy-targ/');
    expect(switchLanguage('/', 'en')).toBe('/en/');
    expect(switchLanguage('/en/', 'pl')).toBe('/');
    expect(langOfPath('/en/polska/')).toBe('en');
    expect(langOfPath('/energia/')).toBe('pl');
  });
});

describe('names', () => {
  it('translates qualifiers, not proper names', () => {
    expect(displayName(gmina, 'en')).toBe('Nowy Targ (rural gmina, powiat nowotarski)');
    expect(displayName({ code: '12', level: 'voivodeship', name: 'małopolskie', displayName: 'województwo małopolskie' }, 'en')).toBe(
      'Małopolskie Voivodeship',
    );
    expect(kindLabel(gmina, 'pl')).toBe('gmina wiejska');
    expect(
      inTerritory(
        { code: '1261', level: 'powiat', name: 'Kraków', displayName: 'Kraków (miasto na prawach powiatu)', cityWithPowiatRights: true },
        'pl',
      ),
    ).toBe('w mieście na prawach powiatu Kraków');
  });
});

const kindChange: CodeChange = {
  oldCode: '0408022',
  newCode: '0408023',
  oldName: 'Bobrowniki',
  newName: 'Bobrowniki',
  validUntil: '2023-01-01',
  change: 'kind-change',
  source: 'terc',
  note: 'RODZ 2 -> 3',
};

describe('code changes', () => {
  it('says what changed and when, in Polish and English', () => {
    expect(describeChange(kindChange, 'pl')).toBe(
      'Dawny kod 0408022 (ostatnio ważny 01.01.2023) → obecny kod 0408023: zmiana rodzaju gminy z wiejskiej na miejsko-wiejską.',
    );
    expect(describeChange(kindChange, 'en')).toBe(
      'Former code 0408022 (last valid 1 January 2023) → current code 0408023: the gmina’s kind changed from rural to urban-rural. Note: RODZ 2 -> 3.'.replace(
        '’',
        "'",
      ),
    );
    expect(changeAnchor(kindChange)).toBe('kod-0408022');
  });
  it('finds successor codes named in a note', () => {
    expect(codesInNote('to Drawsko Pomorskie 3203023 and 9 obręby (8500 ha) to Złocieniec 3203063; no single successor')).toEqual([
      '3203023',
      '3203063',
    ]);
  });
  it('redirects current and former codes, and leaves an abolished code without a rule', () => {
    const abolished: CodeChange = { ...kindChange, oldCode: '3203042', newCode: '', change: 'abolished' };
    const targets = codeTargets(
      [gmina],
      [{ change: kindChange, target: { ...gmina, code: '0408023', slug: 'bobrowniki' } }, { change: abolished }],
    );
    const text = netlifyRedirects(targets);
    expect(text).toContain('/1211092/ /gmina/1211092-nowy-targ/ 301!');
    expect(text).toContain('/en/1211092/ /en/gmina/1211092-nowy-targ/ 301!');
    expect(text).toContain('/0408022/ /gmina/0408023-bobrowniki/#kod-0408022 301!');
    expect(text).not.toContain('/3203042/');
    expect(targets.find((t) => t.code === '3203042' && t.lang === 'pl')?.to).toBeUndefined();
  });
});
