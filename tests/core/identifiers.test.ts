// KRS, REGON and NIP checks. The valid fixtures were computed independently (a separate
// Python implementation of the published weights) from random bodies of real format,
// so they do not name real entities except the textbook NIP 123-456-32-18.
import { describe, expect, it } from 'vitest';
import {
  checkKrs,
  checkNip,
  checkRegon,
  demoIdentifier,
  formatIdentifier,
  isDemoIdentifier,
  isValidKrs,
  isValidNip,
  isValidRegon,
  nipCheckDigit,
  regonCheckDigit,
} from '#core/identifiers.ts';

const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('NIP (weights 6 5 7 2 3 4 5 6 7, mod 11)', () => {
  const valid = ['1234563218', '4322601813', '4759083011', '5456131869', '1619139098', '7006030827'];

  it('accepts numbers with a correct check digit', () => {
    for (const n of valid) expect(isValidNip(n), n).toBe(true);
  });

  it('computes the check digit by hand for 123-456-32-18', () => {
    // 1·6 + 2·5 + 3·7 + 4·2 + 5·3 + 6·4 + 3·5 + 2·6 + 1·7 = 118; 118 mod 11 = 8
    expect(nipCheckDigit('123456321')).toBe(8);
  });

  it('rejects every other last digit', () => {
    for (const n of valid)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === n[9]) continue;
        const r = checkNip(n.slice(0, 9) + d);
        expect(r.ok).toBe(false);
        expect(reason(r)).toMatch(/bad NIP check digit: expected \d, found \d/);
      }
  });

  it('rejects bodies whose weighted sum gives 10 (no NIP is issued with them)', () => {
    for (const body of ['200819093', '471432319']) {
      expect(nipCheckDigit(body)).toBeNull();
      for (let d = 0; d <= 9; d++) expect(reason(checkNip(body + d))).toMatch(/weighted sum mod 11 is 10/);
    }
  });

  it('accepts the usual ways of writing it and normalises them', () => {
    expect(checkNip('123-456-32-18')).toEqual({ ok: true, value: '1234563218' });
    expect(checkNip('PL 123 456 32 18')).toEqual({ ok: true, value: '1234563218' });
    expect(checkNip('123-45-63-218')).toEqual({ ok: true, value: '1234563218' });
    expect(formatIdentifier('nip', '1234563218')).toBe('123-456-32-18');
  });

  it('reports the wrong length and foreign characters', () => {
    expect(reason(checkNip('123456321'))).toMatch(/10 digits \(found 9\)/);
    expect(reason(checkNip('12345632189'))).toMatch(/found 11/);
    expect(reason(checkNip('123.456.32.18'))).toMatch(/digits only/);
    expect(reason(checkNip('DE1234563218'))).toMatch(/digits only/);
  });
});

describe('REGON (9 digits: weights 8 9 2 3 4 5 6 7; 14 digits: 2 4 8 5 0 9 7 3 6 1 2 4 8; mod 11, 10 → 0)', () => {
  const valid9 = ['487574910', '186252763', '018955593', '797114717', '049746508'];
  const valid14 = ['48757491065631', '18625276321223', '01895559333076'];

  it('accepts 9- and 14-digit numbers with a correct check digit', () => {
    for (const n of [...valid9, ...valid14]) expect(isValidRegon(n), n).toBe(true);
  });

  it('maps a remainder of 10 to check digit 0', () => {
    for (const n of ['423667120', '768426840']) {
      expect(regonCheckDigit(n.slice(0, 8))).toBe(0);
      expect(isValidRegon(n)).toBe(true);
    }
    expect(regonCheckDigit('1763893752861')).toBe(0);
    expect(isValidRegon('17638937528610')).toBe(true);
  });

  it('rejects a wrong check digit, naming the expected one', () => {
    expect(reason(checkRegon('487574911'))).toBe('bad REGON check digit: expected 0, found 1');
    expect(reason(checkRegon('48757491065632'))).toBe('bad REGON check digit: expected 1, found 2');
  });

  it('requires the first 9 digits of a 14-digit REGON to be a valid REGON of the parent entity', () => {
    // 8100339075793 + 0 passes the 14-digit sum, but 810033907 is not a valid 9-digit REGON.
    expect(regonCheckDigit('8100339075793')).toBe(0);
    expect(reason(checkRegon('81003390757930'))).toMatch(/first 9 digits .* parent entity's REGON: bad REGON check digit/);
  });

  it('reports lengths other than 9 and 14', () => {
    expect(reason(checkRegon('48757491'))).toMatch(/9 or 14 digits \(found 8\)/);
    expect(reason(checkRegon('4875749106563'))).toMatch(/found 13/);
    expect(checkRegon('487-574-910')).toEqual({ ok: true, value: '487574910' });
  });
});

describe('KRS (10 digits, no check digit)', () => {
  it('accepts 10 digits with leading zeros', () => {
    for (const n of ['0000123456', '0001083411', '0000005112']) expect(isValidKrs(n)).toBe(true);
  });
  it('rejects other lengths, letters and all zeros', () => {
    expect(reason(checkKrs('123456'))).toMatch(/10 digits with leading zeros \(found 6\)/);
    expect(reason(checkKrs('00001234567'))).toMatch(/found 11/);
    expect(reason(checkKrs('KRS0000123'))).toMatch(/digits only/);
    expect(reason(checkKrs('0000000000'))).toMatch(/does not exist/);
  });
});

describe('demo identifier ranges', () => {
  it('give valid, distinct numbers with the documented prefixes', () => {
    const seen = { krs: new Set<string>(), regon: new Set<string>(), nip: new Set<string>() };
    for (const serial of [0, 1, 2, 9, 10, 11, 12, 99, 1234, 4942, 50000, 99999])
      for (const kind of ['krs', 'regon', 'nip'] as const) {
        const v = demoIdentifier(kind, serial);
        expect(isDemoIdentifier(kind, v)).toBe(true);
        expect(seen[kind].has(v)).toBe(false);
        seen[kind].add(v);
      }
    for (const v of seen.krs) expect(v).toMatch(/^99999\d{5}$/);
    for (const v of seen.regon) expect(isValidRegon(v) && /^999\d{6}$/.test(v)).toBe(true);
    for (const v of seen.nip) expect(isValidNip(v) && /^000\d{7}$/.test(v)).toBe(true);
  });

  it('all 100,000 serials give distinct valid NIPs', () => {
    const all = new Set<string>();
    for (let s = 0; s <= 99999; s++) {
      const v = demoIdentifier('nip', s);
      all.add(v);
      if (s % 997 === 0) expect(isValidNip(v)).toBe(true);
    }
    expect(all.size).toBe(100000);
  });

  it('real-format fixtures are not in the demo ranges', () => {
    expect(isDemoIdentifier('nip', '1234563218')).toBe(false);
    expect(isDemoIdentifier('regon', '487574910')).toBe(false);
    expect(isDemoIdentifier('krs', '0000123456')).toBe(false);
  });

  it('refuses serials out of range', () => {
    expect(() => demoIdentifier('krs', 100000)).toThrow();
    expect(() => demoIdentifier('nip', -1)).toThrow();
  });
});
