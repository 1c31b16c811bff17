import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import type { Territory } from '#core/territory.ts';
import { buildRelease, mergeRealAndDemo } from '#scripts/pipeline/build-release.ts';
import { buildLevelFile, computeRanks } from '#scripts/pipeline/emit.ts';
import { parseCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import type { SourceRow } from '#scripts/pipeline/source-row.ts';

const t = (code: string, level: Territory['level'], parents: string[]): Territory => ({
  code,
  level,
  name: code,
  displayName: code,
  slug: code,
  parents,
});
// A country with one voivodeship, two powiats (two and one gmina).
const register: Territory[] = [
  t('PL', 'country', []),
  t('02', 'voivodeship', ['PL']),
  t('0201', 'powiat', ['PL', '02']),
  t('0202', 'powiat', ['PL', '02']),
  t('0201011', 'gmina', ['PL', '02', '0201']),
  t('0201022', 'gmina', ['PL', '02', '0201']),
  t('0202011', 'gmina', ['PL', '02', '0202']),
];
const def = (id: string, aggregation: string, levels = '[country, voivodeship, powiat, gmina]', unit = 'entities') => ({
  file: `indicators/${id}.yaml`,
  text: `id: ${id}\nname: { pl: ${id}, en: ${id} }\ndescription: { pl: d, en: d }\nunit: ${unit}\ndecimals: 2\ntheme: entities\nsource: { name: { pl: s, en: s }, frequency: annual }\npolarity: neutral\nlevels: ${levels}\naggregation: ${aggregation}\n`,
});
const catalogue = parseCatalogue([
  def('N', '{ rule: sum }'),
  def('POP', '{ rule: sum }', undefined, 'persons'),
  def('R', '{ rule: ratio, numerator: N, denominator: POP, multiplier: 10000 }', undefined, "'per 10,000 inhabitants'"),
  def('S', '{ rule: sum }'),
]);
let line = 0;
const row = (code: string, indicator: string, value: number | null, flags = 0, year = 2024): SourceRow => ({
  code,
  year,
  indicator,
  value,
  unit: 'x',
  flags,
  source: flags & FLAG.demo ? 'demo' : 'real',
  file: 'f.csv',
  line: ++line,
});

describe('buildRelease', () => {
  const rows = [
    row('0201011', 'N', 2),
    row('0201022', 'N', 1),
    row('0202011', 'N', 4),
    row('0201011', 'POP', 1000),
    row('0201022', 'POP', 3000),
    row('0202011', 'POP', 16000),
    // a published national figure that disagrees with the sum of gminas (7): it wins and is reported
    row('PL', 'N', 8),
    row('0201011', 'S', 5),
    row('0201022', 'S', null, FLAG.suppressed),
    row('0202011', 'S', 1),
  ];
  const build = buildRelease(register, catalogue, rows, [2024]);
  const cell = (level: Territory['level'], id: string, code: string) =>
    build.levels[level].cells[id][0][build.levels[level].codes.indexOf(code)];

  it('aggregates sums up every level', () => {
    expect(cell('powiat', 'N', '0201')?.value).toBe(3);
    expect(cell('voivodeship', 'N', '02')?.value).toBe(7);
    expect(cell('voivodeship', 'POP', '02')?.value).toBe(20000);
  });
  it('computes ratios from the level’s own numerator and denominator', () => {
    expect(cell('gmina', 'R', '0201011')?.value).toBe(20);
    expect(cell('powiat', 'R', '0201')?.value).toBe(7.5); // 3 / 4000, not mean(20, 3.33)
    expect(cell('voivodeship', 'R', '02')?.value).toBe(3.5);
  });
  it('lets a level’s own source value win and reports the difference', () => {
    expect(cell('country', 'N', 'PL')?.value).toBe(8);
    expect(cell('country', 'N', 'PL')!.flags & FLAG.aggregated).toBe(0);
    expect(build.checks).toEqual([{ indicator: 'N', code: 'PL', year: 2024, source: 8, aggregate: 7, file: 'f.csv', line: 7 }]);
    expect(cell('country', 'R', 'PL')?.value).toBe(4); // 8 / 20000 × 10000
  });
  it('propagates suppression upward, but not into a sibling branch', () => {
    expect(cell('powiat', 'S', '0201')!.flags & FLAG.suppressed).toBeTruthy();
    expect(cell('powiat', 'S', '0201')?.value).toBeNull();
    expect(cell('powiat', 'S', '0202')?.value).toBe(1);
    expect(cell('country', 'S', 'PL')!.flags & FLAG.suppressed).toBeTruthy();
  });
  it('publishes suppressed cells as null with the suppressed flag, never 0', () => {
    const file = buildLevelFile('2024', { ...build, demoReplaced: 0 }, 'gmina', catalogue);
    const i = file.codes.indexOf('0201022');
    expect(file.values.S[0][i]).toBeNull();
    expect(file.flags.S[0][i] & FLAG.suppressed).toBeTruthy();
  });
  it('ranks within the level and within the parent', () => {
    const ranks = computeRanks({ ...build, demoReplaced: 0 }, register, catalogue);
    expect(ranks.get('0202011')!.N).toMatchObject({ year: 2024, level: { rank: 1, of: 3 }, parent: { rank: 1, of: 1 } });
    expect(ranks.get('0201022')!.N).toMatchObject({ level: { rank: 3, of: 3 }, parent: { rank: 2, of: 2 } });
  });
  it('is deterministic', () => {
    const again = buildRelease(register, catalogue, rows, [2024]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(build));
  });
});

describe('mergeRealAndDemo', () => {
  it('lets a real row replace the demo row for the same cell only', () => {
    const real = [row('0201011', 'N', 3)];
    const demo = [row('0201011', 'N', 9, FLAG.demo), row('0201022', 'N', 1, FLAG.demo)];
    const { rows, demoReplaced } = mergeRealAndDemo(real, demo);
    expect(demoReplaced).toBe(1);
    expect(rows.map((r) => [r.code, r.value])).toEqual([
      ['0201011', 3],
      ['0201022', 1],
    ]);
  });
});

describe('diffReleases', () => {
  it('lists values revised for shared years, telling demo from real, and confidential from missing', async () => {
    const { diffReleases } = await import('#scripts/pipeline/release-diff.ts');
    const before = [row('0201011', 'N', 2, 0, 2023), row('0201022', 'N', 1, 0, 2023), row('0202011', 'N', 4, FLAG.demo, 2023)];
    const after = [
      row('0201011', 'N', 3, 0, 2023), // revised real value
      row('0201022', 'N', null, FLAG.suppressed, 2023), // now confidential
      row('0202011', 'N', 5, FLAG.demo, 2023), // revised demo value
      row('0201011', 'N', 9, 0, 2024), // a new year is not a revision
    ];
    const prev = { ...buildRelease(register, catalogue, before, [2023]), demoReplaced: 0 };
    const next = { ...buildRelease(register, catalogue, after, [2023, 2024]), demoReplaced: 0 };
    const changes = diffReleases({ release: '2024', previous: '2023' }, prev, next, catalogue, [], { from: '2023-12-31', to: '9999' });
    const gmina = changes.revisions.filter((r) => r.level === 'gmina' && r.indicator === 'N');
    expect(gmina).toEqual([
      { code: '0201011', level: 'gmina', indicator: 'N', year: 2023, old: 2, new: 3, demo: false, oldStatus: 'real', newStatus: 'real' },
      {
        code: '0201022',
        level: 'gmina',
        indicator: 'N',
        year: 2023,
        old: 1,
        new: 'suppressed',
        demo: false,
        oldStatus: 'real',
        newStatus: 'confidential',
      },
      { code: '0202011', level: 'gmina', indicator: 'N', year: 2023, old: 4, new: 5, demo: true, oldStatus: 'demo', newStatus: 'demo' },
    ]);
    expect(changes.revisions.every((r) => r.year === 2023)).toBe(true);
  });
});
