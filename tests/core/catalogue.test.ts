import { describe, expect, it } from 'vitest';
import { computeOrder } from '#core/catalogue.ts';
import { loadCatalogue, parseCatalogue } from '#scripts/pipeline/load-catalogue.ts';

const yaml = (id: string, extra = '') => `id: ${id}
name: { pl: Nazwa, en: Name }
description: { pl: Opis, en: Description }
unit: entities
decimals: 0
theme: entities
source: { name: { pl: GUS, en: GUS }, frequency: annual }
polarity: higher-is-better
levels: [country, gmina]
${extra || 'aggregation: { rule: sum }'}
`;

describe('the shipped catalogue', () => {
  const catalogue = loadCatalogue();
  it('has at least 25 valid indicators covering every theme', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(25);
    expect(new Set(catalogue.map((i) => i.theme)).size).toBe(6);
  });
  it('defines every ratio by numerator and denominator that exist at its levels', () => {
    for (const i of catalogue.filter((i) => i.aggregation.rule === 'ratio')) {
      const a = i.aggregation as { numerator: string; denominator: string };
      expect(catalogue.some((x) => x.id === a.numerator)).toBe(true);
      expect(catalogue.some((x) => x.id === a.denominator)).toBe(true);
    }
  });
  it('orders dependencies before their users', () => {
    const order = computeOrder(catalogue).map((i) => i.id);
    expect(order.indexOf('POP')).toBeLessThan(order.indexOf('SPS_10K'));
    expect(order.indexOf('PES_MKT')).toBeLessThan(order.indexOf('PES_REV'));
  });
});

describe('catalogue validation', () => {
  it('accepts a minimal definition', () => {
    expect(parseCatalogue([{ file: 'indicators/A.yaml', text: yaml('A') }])).toHaveLength(1);
  });
  it('rejects a missing English name, a bad unit and an unknown rule, naming the file', () => {
    const bad = yaml('A').replace('en: Name', 'de: Name').replace('unit: entities', 'unit: pieces');
    expect(() => parseCatalogue([{ file: 'indicators/A.yaml', text: bad }])).toThrow(/indicators\/A\.yaml[\s\S]*unit/);
    expect(() => parseCatalogue([{ file: 'indicators/A.yaml', text: yaml('A', 'aggregation: { rule: median }') }])).toThrow(/aggregation/);
  });
  it('rejects references to unknown indicators, duplicate ids, summed percentages and a file name that differs from the id', () => {
    const ratio = yaml('R', 'aggregation: { rule: ratio, numerator: A, denominator: NOPE, multiplier: 100 }');
    expect(() =>
      parseCatalogue([
        { file: 'indicators/A.yaml', text: yaml('A') },
        { file: 'indicators/R.yaml', text: ratio },
      ]),
    ).toThrow(/unknown indicator NOPE/);
    expect(() => parseCatalogue([{ file: 'indicators/B.yaml', text: yaml('A') }])).toThrow(/file name must be A\.yaml/);
    expect(() => parseCatalogue([{ file: 'indicators/P.yaml', text: yaml('P').replace('unit: entities', "unit: '%'") }])).toThrow(
      /percentage cannot be summed/,
    );
  });
  it('detects circular references', () => {
    const a = yaml('A', 'aggregation: { rule: weighted-mean, weight: B }');
    const b = yaml('B', 'aggregation: { rule: weighted-mean, weight: A }');
    const cat = parseCatalogue([
      { file: 'indicators/A.yaml', text: a },
      { file: 'indicators/B.yaml', text: b },
    ]);
    expect(() => computeOrder(cat)).toThrow(/circular/);
  });
});
