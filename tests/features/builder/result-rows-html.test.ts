// The result table's body rows as HTML (src/features/builder/result-rows-html.ts): every
// status shows as the table always showed it — "*" on demo values, the estimate and
// provisional tags, confidential and missing values in words, "not aggregable" in
// italics — total rows are labelled, and names are escaped. Read back with a DOM parser.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { LevelFile } from '#core/data-types.ts';
import { levelDataFrom, pivot, type PivotContext } from '#features/builder/builder-pivot.ts';
import { defaultState, normaliseState } from '#features/builder/builder-state.ts';
import type { LabelContext } from '#features/builder/builder-labels.ts';
import { resultRowsHtml } from '#features/builder/result-rows-html.ts';
import { translator } from '#i18n/index.ts';
import { CATALOGUE, CODES, REGISTER } from '#test-helpers/builder-fixture.ts';

// Raw flag bits (src/core/cells.ts FLAG), spelled out so the expectation does not reuse the code under test.
const DEMO = 1;
const SUPPRESSED = 2;
const ESTIMATE = 4;
const PROVISIONAL = 8;
const YEARS = [2022];
const chunk: LevelFile = {
  release: 'T',
  level: 'gmina',
  years: YEARS,
  codes: CODES,
  values: { N: [[1234, 2, 3, null, null]] },
  flags: { N: [[0, DEMO, ESTIMATE, SUPPRESSED, PROVISIONAL]] },
};
const CTX: PivotContext = { data: levelDataFrom([chunk]), catalogue: CATALOGUE, register: REGISTER };

function body(lang: 'pl' | 'en', register = REGISTER): HTMLTableSectionElement {
  const state = normaliseState(
    { ...defaultState('T'), level: 'gmina', indicators: ['N'], rows: ['territory'], cols: ['year'], totals: true },
    { years: YEARS, catalogue: CATALOGUE, hasCode: (c) => REGISTER.has(c) },
  ).state;
  const result = pivot(state, CTX);
  const lc: LabelContext = { lang, t: translator(lang), catalogue: CATALOGUE, register };
  const { document } = parseHTML(`<table><tbody>${resultRowsHtml(result.rows, result, lc)}</tbody></table>`);
  return document.querySelector('tbody') as unknown as HTMLTableSectionElement;
}

describe('resultRowsHtml', () => {
  it('writes each status as the table shows it', () => {
    const rows = [...body('en').querySelectorAll('tr')];
    const cells = rows.map((r) => r.querySelector('td')!);
    const byRow = rows.map((r) => ({ head: r.querySelector('th')!.textContent, kind: r.className, td: r.querySelector('td')! }));
    expect(byRow.length).toBe(CODES.length + 1);
    expect(cells[0].textContent).toBe('1,234');
    expect(cells[0].className).toBe('num');
    expect(cells[1].textContent).toBe('2*');
    expect(cells[2].querySelector('span.sub')?.textContent).toBe('estimate');
    expect(cells[3].className).toBe('num empty');
    expect(cells[3].querySelector('span.empty-cell')?.textContent).toBe('confidential');
    expect(cells[4].textContent).toBe('no data');
    expect(byRow.at(-1)!.kind).toBe('total');
    expect(byRow.at(-1)!.head).toBe('Total');
  });
  it('uses the page’s language and number format', () => {
    const cells = [...body('pl').querySelectorAll('td')];
    expect(cells[0].textContent).toBe('1\u00a0234');
    expect(cells[3].textContent).toBe('dane niejawne');
  });
  it('escapes names', () => {
    const evil = new Map(REGISTER);
    const first = REGISTER.get(CODES[0])!;
    evil.set(CODES[0], { ...first, name: '<b>x</b>', displayName: '<img src=x onerror=alert(1)>' });
    const tbody = body('pl', evil);
    expect(tbody.querySelector('img, b')).toBeNull();
    expect(tbody.querySelector('th')!.textContent).toContain('<img');
  });
});
