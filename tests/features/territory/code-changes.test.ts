import { describe, expect, it } from 'vitest';
import type { CodeChange, CodeChangeKind } from '#core/geo-register.ts';
import { describeChange } from '#features/territory/code-changes.ts';

const change = (kind: CodeChangeKind, over: Partial<CodeChange> = {}): CodeChange => ({
  change: kind,
  oldCode: '1211092',
  newCode: '1211101',
  oldName: 'Stary',
  newName: 'Nowy',
  validUntil: '2021-12-31',
  note: 'land went to 1211011',
  source: 'terc',
  ...over,
});

describe('describeChange', () => {
  it('says what happened to a code, with its last day, in Polish', () => {
    expect(describeChange(change('recoded', { newName: 'Stary' }), 'pl')).toBe(
      'Dawny kod 1211092 (ostatnio ważny 31.12.2021) → obecny kod 1211101: ta sama jednostka pod nowym kodem.',
    );
    expect(describeChange(change('renamed'), 'pl')).toBe(
      'Zmiana nazwy: Stary → Nowy; dawna nazwa (ostatnio ważna 31.12.2021), kod bez zmian (1211101).',
    );
    expect(describeChange(change('merged'), 'pl')).toBe(
      'Dawna gmina Stary (kod 1211092, ostatnio ważny 31.12.2021) została włączona do jednostki Nowy (kod 1211101).',
    );
    expect(describeChange(change('abolished'), 'pl')).toBe(
      'Gmina Stary (kod 1211092, ostatnio ważny 31.12.2021) została zniesiona; nie ma jednego następcy.',
    );
  });
  it('names the gmina kinds and a former name; leaves out an unknown date', () => {
    expect(describeChange(change('kind-change', { newCode: '1211093', validUntil: '' }), 'pl')).toBe(
      'Dawny kod 1211092 → obecny kod 1211093: zmiana rodzaju gminy z wiejskiej na miejsko-wiejską; dawna nazwa: Stary.',
    );
    expect(describeChange(change('kind-change', { newCode: '1211093', validUntil: '' }), 'en')).toBe(
      "Former code 1211092 → current code 1211093: the gmina's kind changed from rural to urban-rural; former name: Stary. Note: land went to 1211011.",
    );
  });
  it('adds the English note only on English pages', () => {
    expect(describeChange(change('merged'), 'en')).toBe(
      'The former gmina Stary (code 1211092, last valid 31 December 2021) was merged into Nowy (code 1211101). Note: land went to 1211011.',
    );
    expect(describeChange(change('merged', { note: '' }), 'en')).toBe(
      'The former gmina Stary (code 1211092, last valid 31 December 2021) was merged into Nowy (code 1211101).',
    );
  });
  it('dates a new unit from the note', () => {
    const created = change('created', { oldCode: '', note: 'first in TERC 2022-01-01' });
    expect(describeChange(created, 'pl')).toBe('Nowa jednostka: po raz pierwszy w rejestrze TERC w stanie na 01.01.2022 (kod 1211101).');
    expect(describeChange(created, 'en')).toBe('A new unit, first in the TERC register as of 1 January 2022 (code 1211101).');
    expect(describeChange({ ...created, note: '' }, 'en')).toBe('A new unit (code 1211101).');
  });
});
