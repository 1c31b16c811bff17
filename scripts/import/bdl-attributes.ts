// What BDL's value attribute (`attrId` of every value, GET /attributes) means for the portal.
// The list is a real /attributes response recorded by a public client:
// AN0DA/pyLDB tests/access/samples/raw/samples_raw_attributes.json (commit 4e8f34f7), summarised
// with names and symbols in /work/shared/reference/BDL-API.md §3. An id not listed here stops
// the import: its meaning must be looked up, never assumed.
import type { SourceFlag } from '#core/cells.ts';

export type AttributeUse =
  /** A published value (possibly with a footnote that becomes a flag). */
  | { use: 'value'; flag?: SourceFlag }
  /** Statistical confidentiality or no information: our confidential state, value empty. */
  | { use: 'suppressed' }
  /** No value to show; reported by the import, never silently dropped. */
  | { use: 'none'; why: string };

export const BDL_ATTRIBUTES: Readonly<Record<number, AttributeUse>> = {
  0: { use: 'none', why: 'attribute 0 has no documented meaning' },
  1: { use: 'value' }, // "wartość"
  3: { use: 'value' }, // symbol k: aggregate may be incomplete
  // symbol x: "Brak informacji, tajemnica statystyczna, lub wypełnienie pozycji niemożliwe/niecelowe"
  4: { use: 'suppressed' },
  7: { use: 'value' }, // symbol a: below the display precision, shown as 0
  9: { use: 'value', flag: 'provisional' }, // symbol s: "Szacunki wstępne"
  11: { use: 'value' }, // symbol M: methodological change
  13: { use: 'value' }, // symbol K: methodological change + aggregate may be incomplete
  14: { use: 'suppressed' }, // symbol X: methodological change + as 4
  15: { use: 'none', why: 'no data after a change of level, unit list or variable list (attribute 15)' },
  17: { use: 'value' }, // symbol A: methodological change + below the display precision
  20: { use: 'value', flag: 'estimate' }, // symbol v: low precision
  21: { use: 'value', flag: 'estimate' }, // symbol v: low precision
  50: { use: 'none', why: 'not yet available (attribute 50)' },
  91: { use: 'suppressed' }, // symbol x: as 4
  94: { use: 'value' }, // symbol z: significant zero
  // symbol p: one figure for a powiat and its city with powiat status together, so it
  // belongs to neither territory alone.
  97: { use: 'none', why: 'one figure for a powiat and its city with powiat status together (attribute 97)' },
  98: { use: 'value' }, // symbol Z: methodological change + significant zero
};
