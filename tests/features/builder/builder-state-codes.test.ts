// Compact code lists in builder links: all 2,479 gminas pasted as a list once made a
// 19,959-character permalink that a reload answered with 431. With the release's
// register at hand the list is written as "*" (every territory of the level), "12*"
// (a whole voivodeship), "1201*" (a whole powiat's gminas) and single codes; old links
// with plain codes decode as before; a link still too long is flagged.
import { describe, expect, it } from 'vitest';
import {
  codeIndex,
  compactCodes,
  decodeState,
  defaultState,
  embedUrl,
  encodeState,
  expandCodes,
  linkTooLong,
  normaliseState,
  permalink,
  URL_SAFE_LENGTH,
  type BuilderState,
} from '#features/builder/builder-state.ts';
import { largeContext } from '#test-helpers/builder-large-fixture.ts';

const CTX = largeContext();
const ENTRIES = [...CTX.register.values()];
const INDEX = codeIndex(ENTRIES);
const GMINAS = INDEX.levelCodes('gmina');
const SITE = 'https://monitor.example.org';
const normalise = (s: BuilderState) =>
  normaliseState(s, { years: [2024], catalogue: CTX.catalogue, hasCode: (c) => CTX.register.has(c), index: INDEX });
const withCodes = (codes: string[]): BuilderState =>
  normalise({ ...defaultState('2024'), level: 'gmina', indicators: ['A1'], codes }).state;
/** The state a permalink restores: decoded from its query, then normalised against the release. */
const reload = (url: string) => normalise(decodeState(new URL(url).search, '2024').state);

describe('compact code lists', () => {
  it('writes every gmina of the level as "*" and keeps the permalink and embed URL under the safe length', () => {
    expect(GMINAS).toHaveLength(2479);
    const s = withCodes([...GMINAS]);
    const link = permalink(s, 'pl', SITE, INDEX);
    expect(new URL(link).searchParams.get('c')).toBe('*');
    expect(link.length).toBeLessThan(URL_SAFE_LENGTH);
    expect(linkTooLong(link)).toBe(false);
    expect(linkTooLong(embedUrl(s, 'en', SITE, INDEX))).toBe(false);
    // Without the register the same list is the 20,000-character link that was refused.
    expect(linkTooLong(permalink(s, 'pl', SITE))).toBe(true);
    const back = reload(link);
    expect(back.problems).toEqual([]);
    expect(new Set(back.state.codes)).toEqual(new Set(GMINAS));
  });

  it('writes a whole voivodeship as "12*" and a whole powiat as "1201*", and single codes as themselves', () => {
    const v12 = GMINAS.filter((c) => c.startsWith('12'));
    const p1401 = GMINAS.filter((c) => c.startsWith('1401'));
    const single = GMINAS.find((c) => c.startsWith('1602'))!;
    expect(p1401.length).toBeGreaterThan(1);
    const codes = [single, ...p1401, ...v12];
    const tokens = compactCodes(codes, GMINAS);
    expect(tokens.sort()).toEqual(['12*', '1401*', single].sort());
    expect(new Set(expandCodes(tokens, GMINAS))).toEqual(new Set(codes));
    const link = permalink(withCodes(codes), 'pl', SITE, INDEX);
    expect(new Set(reload(link).state.codes)).toEqual(new Set(codes));
  });

  it('keeps an incomplete group as single codes and passes codes from outside the level through', () => {
    const almost = GMINAS.filter((c) => c.startsWith('1401')).slice(1);
    expect(compactCodes(almost, GMINAS)).toEqual(almost);
    expect(compactCodes([...almost, '9999999'], GMINAS)).toEqual([...almost, '9999999']);
    expect(compactCodes([], GMINAS)).toEqual([]);
  });

  it('uses voivodeship tokens for powiats', () => {
    const powiats = INDEX.levelCodes('powiat');
    const in12 = powiats.filter((c) => c.startsWith('12'));
    expect(compactCodes(in12, powiats)).toEqual(['12*']);
    expect(compactCodes([...powiats], powiats)).toEqual(['*']);
  });

  it('decodes old links with plain code lists as before', () => {
    const codes = GMINAS.slice(0, 3);
    const old = `v=1&r=2024&l=gmina&i=A1&c=${codes.join(',')}&rows=territory&cols=year,indicator&tot=1&sub=0&ch=line`;
    expect(decodeState(old, '2024').state.codes).toEqual(codes);
    expect(normalise(decodeState(old, '2024').state).state.codes).toEqual(codes);
    // Without a register the codec writes the list as it is, as it always did.
    expect(encodeState(withCodes(codes))).toContain(`c=${codes.join(',')}&`);
  });

  it('flags a link longer than the safe length, and a token is reported when no register is at hand', () => {
    expect(linkTooLong('x'.repeat(URL_SAFE_LENGTH))).toBe(false);
    expect(linkTooLong('x'.repeat(URL_SAFE_LENGTH + 1))).toBe(true);
    // Every gmina but the first of each powiat: no group is complete, so the list stays long and the interface warns.
    const firsts = new Set(GMINAS.map((c) => GMINAS.find((g) => g.startsWith(c.slice(0, 4)))));
    const scattered = GMINAS.filter((c) => !firsts.has(c));
    expect(compactCodes(scattered, GMINAS)).toHaveLength(scattered.length);
    expect(linkTooLong(permalink(withCodes(scattered), 'pl', SITE, INDEX))).toBe(true);
    const { problems } = normaliseState(
      { ...defaultState('2024'), level: 'gmina', indicators: ['A1'], codes: ['12*'] },
      { years: [2024], catalogue: CTX.catalogue, hasCode: (c) => CTX.register.has(c) },
    );
    expect(problems).toEqual([{ kind: 'code', items: ['12*'] }]);
  });
});
