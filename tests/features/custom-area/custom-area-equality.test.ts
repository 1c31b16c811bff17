// A custom area's figures equal the builder's for the same gminas. On the shipped data
// (public/data/<latest>/), loaded through the builder's own loader: the gminas of powiat
// bocheński (1201) plus two of powiat brzeski (1202), pasted as codes. The builder side
// is a builder link as a visitor would make it — those gminas as a code list, one row
// per gmina, and the Total row — decoded and normalised by the builder's codec; every
// indicator and year of the profile must equal that Total row. One sum indicator is also
// recomputed here from the shipped gmina file by plain addition.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { FLAG } from '#core/cells.ts';
import { BuilderLoader, type ReleaseMeta } from '#features/builder/builder-load.ts';
import { pivot, type LevelData, type PivotResult } from '#features/builder/builder-pivot.ts';
import { codeIndex, decodeState, normaliseState } from '#features/builder/builder-state.ts';
import { areaIndex, parseCodes } from '#features/custom-area/custom-area-codes.ts';
import { areaIndicators, areaIndicatorsToLoad, buildProfile, type AreaProfile } from '#features/custom-area/custom-area-profile.ts';
import type { LevelFile } from '#core/data-types.ts';

const PUBLIC = path.resolve('public');
const { latest } = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'data/releases.json'), 'utf8')) as { latest: string };
const fileFetch = async (url: string): Promise<Response> => {
  const file = path.join(PUBLIC, url);
  return fs.existsSync(file) ? new Response(fs.readFileSync(file, 'utf8')) : new Response('', { status: 404 });
};
const PASTED = '1201\n1202012, 1202023';

describe(`custom area = builder total (shipped release ${latest})`, () => {
  let meta: ReleaseMeta;
  let data: LevelData;
  let codes: string[];
  let profile: AreaProfile;
  let builder: PivotResult;

  beforeAll(async () => {
    const loader = new BuilderLoader(fileFetch);
    meta = await loader.releaseMeta(latest, []);
    codes = parseCodes(PASTED, areaIndex(meta.entries)).codes;
    const shown = areaIndicators(meta.indicators);
    data = await loader.level(latest, 'gmina', areaIndicatorsToLoad(shown, meta.catalogue));
    profile = buildProfile(codes, shown, { data, catalogue: meta.catalogue, register: meta.register });

    // The builder link: the same gminas as its compact code list, rows = gminas, columns = indicator × year, with the total.
    const query = `v=1&r=${latest}&l=gmina&i=${shown.join(',')}&c=1201*,1202012,1202023&rows=territory&cols=indicator,year&tot=1&sub=0&ch=none`;
    const years = data.years;
    const { state, problems } = normaliseState(decodeState(query, latest).state, {
      years,
      catalogue: meta.catalogue,
      hasCode: (c) => meta.register.has(c),
      index: codeIndex(meta.entries),
    });
    expect(problems).toEqual([]);
    expect(state.codes).toEqual(codes);
    builder = pivot(state, { data, catalogue: meta.catalogue, register: meta.register });
  });

  it('pastes to the nine gminas of 1201 and the two of 1202', () => {
    expect(codes).toHaveLength(11);
    expect(codes.filter((c) => c.startsWith('1201'))).toHaveLength(9);
    expect(profile.codes).toEqual(codes);
  });

  it('gives every indicator and year exactly the builder total (value, state and flags)', () => {
    const total = builder.rows.find((r) => r.kind === 'total');
    expect(total).toBeDefined();
    let compared = 0;
    for (const row of profile.rows)
      for (const { year, cell } of row.series) {
        const col = builder.cols.findIndex((k) => k[0] === row.id && k[1] === year);
        expect(col, `${row.id} ${year} in the builder`).toBeGreaterThanOrEqual(0);
        const b = total!.cells[col];
        expect({ id: row.id, year, state: cell.state, value: cell.value, flags: cell.flags }).toEqual({
          id: row.id,
          year,
          state: b.state,
          value: b.value,
          flags: b.flags,
        });
        compared++;
      }
    expect(compared).toBe(profile.rows.length * data.years.length);
    expect(profile.rows.length).toBeGreaterThan(20);
  });

  it('sums POP the plain way from the shipped gmina file', () => {
    const file = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'data', latest, 'level/gmina/POP.json'), 'utf8')) as LevelFile;
    const pop = profile.rows.find((r) => r.id === 'POP')!;
    for (const [yi, year] of file.years.entries()) {
      let sum = 0;
      let demo = false;
      for (const c of codes) {
        const ti = file.codes.indexOf(c);
        sum += file.values.POP[yi][ti] as number;
        demo ||= ((file.flags.POP?.[yi]?.[ti] ?? 0) & FLAG.demo) !== 0;
      }
      const got = pop.series.find((y) => y.year === year)!.cell;
      expect(got.value, `POP ${year}`).toBe(sum);
      expect((got.flags & FLAG.demo) !== 0, `POP ${year} demo`).toBe(demo);
    }
  });
});
