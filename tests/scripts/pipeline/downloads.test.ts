// The download writers on a small release built by the real pipeline functions: level CSV
// and XLSX against the level JSON, the per-indicator ZIP, the catalogue CSV, GeoJSON from
// TopoJSON, and the datapackage's checksums against the bytes on disk.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { FLAG, formatFlags, valueStatus } from '#core/cells.ts';
import { parseCsv } from '#core/csv.ts';
import { downloadFiles, flagWords } from '#core/download-files.ts';
import type { Territory } from '#core/territory.ts';
import { LEVELS } from '#core/territory.ts';
import { unzip } from '#core/zip.ts';
import { buildRelease } from '#scripts/pipeline/build-release.ts';
import { buildLevelFile, demoShare } from '#scripts/pipeline/emit.ts';
import { parseCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import type { SourceRow } from '#scripts/pipeline/source-row.ts';
import {
  aggregationText,
  dataPackage,
  indicatorCounts,
  indicatorCsv,
  changesCsv,
  indicatorsCsv,
  INDICATORS_CSV_HEADER,
  levelCsv,
  sourcesUsed,
  type SourceInfo,
} from '#scripts/pipeline/downloads.ts';
import { levelWorkbook } from '#scripts/pipeline/download-xlsx.ts';
import { diffReleases } from '#scripts/pipeline/release-diff.ts';
import { indicatorZip, type IndicatorPackageInput } from '#scripts/pipeline/download-indicator.ts';
import { ringArea, roundRing, topoToGeoJson } from '#scripts/pipeline/download-geo.ts';
import { xmlProblem } from '#test-helpers/downloads-xml.ts';
import { DATA_FILE } from '#core/urls.ts';

// ignoreBOM: keep the BOM, which the CSVs must start with.
const dec = new TextDecoder('utf-8', { ignoreBOM: true });
const inflate = (d: Uint8Array) => zlib.inflateRawSync(d);
const deflate = (d: Uint8Array) => zlib.deflateRawSync(d, { level: 6 });

const t = (code: string, level: Territory['level'], name: string, parents: string[]): Territory => ({
  code,
  level,
  name,
  displayName: name,
  slug: code,
  parents,
});
const register: Territory[] = [
  t('PL', 'country', 'Polska', []),
  t('10', 'voivodeship', 'łódzkie', ['PL']),
  t('1061', 'powiat', 'Łódź', ['PL', '10']),
  t('1002', 'powiat', 'kutnowski, "test"', ['PL', '10']),
  t('1061011', 'gmina', 'Łódź', ['PL', '10', '1061']),
  t('1002011', 'gmina', 'Kutno', ['PL', '10', '1002']),
  t('1002022', 'gmina', '=Bedlno', ['PL', '10', '1002']),
];
const byCode = new Map(register.map((x) => [x.code, { name: x.name }]));
const def = (id: string, aggregation: string, o: { levels?: string; unit?: string; decimals?: number } = {}) => ({
  file: `indicators/${id}.yaml`,
  text:
    `id: ${id}\nname: { pl: 'Nazwa ${id}', en: 'Name ${id}' }\ndescription: { pl: 'Definicja ${id}', en: 'Definition ${id}' }\n` +
    `unit: ${o.unit ?? 'entities'}\ndecimals: ${o.decimals ?? 0}\ntheme: entities\nsource: { name: { pl: 'Źródło', en: 'Source' }, frequency: annual }\n` +
    `polarity: neutral\nlevels: ${o.levels ?? '[country, voivodeship, powiat, gmina]'}\naggregation: ${aggregation}\n`,
});
const catalogue = parseCatalogue([
  def('N', '{ rule: sum }'),
  def('POP', '{ rule: sum }', { unit: 'persons' }),
  def('R', '{ rule: ratio, numerator: N, denominator: POP, multiplier: 10000 }', { unit: "'per 10,000 inhabitants'", decimals: 2 }),
  def('V', '{ rule: none }', { levels: '[country, voivodeship]', unit: 'million PLN', decimals: 1 }),
]);
const N = catalogue.find((i) => i.id === 'N')!;
let line = 0;
const row = (code: string, indicator: string, value: number | null, year: number, flags = 0, source = 'real'): SourceRow => ({
  code,
  year,
  indicator,
  value,
  unit: 'x',
  flags,
  source: flags & FLAG.demo ? 'demo' : source,
  file: 'f.csv',
  line: ++line,
});
const years = [2023, 2024];
const rows: SourceRow[] = [];
for (const y of years) {
  rows.push(
    row('1061011', 'N', 20 + y - 2023, y),
    row('1002011', 'N', 3, y, FLAG.demo),
    row('1061011', 'POP', 650000, y),
    row('1002011', 'POP', 41000, y, FLAG.estimate),
  );
  rows.push(row('1002022', 'POP', 7000, y, FLAG.demo));
  rows.push(row('PL', 'V', 12.34, y, FLAG.provisional, 'gus'), row('10', 'V', 1.25, y, 0, 'gus'));
}
rows.push(row('1002022', 'N', null, 2024, FLAG.suppressed));
const build = { ...buildRelease(register, catalogue, rows, years), demoReplaced: 0 };
const sources: Record<string, SourceInfo> = {
  real: { title: { pl: 'Źródło rzeczywiste', en: 'Real source' }, url: 'https://example.org/real', licence: 'CC BY 4.0' },
  gus: { title: { pl: 'GUS', en: 'Statistics Poland' }, licence: 'public information' },
  demo: { title: { pl: 'Dane demonstracyjne', en: 'Demonstration data' }, licence: 'CC0 1.0', kind: 'demo' },
};
const shares = demoShare(build);

/** Cells of a worksheet: ref → {type, style, text}. */
function sheetCells(xml: string): Map<string, { t?: string; s?: string; v: string }> {
  const out = new Map<string, { t?: string; s?: string; v: string }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)>(.*?)<\/c>/g)) {
    const attrs = Object.fromEntries([...m[2].matchAll(/ ([a-z]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const v = /<v>([^<]*)<\/v>/.exec(m[3])?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(m[3])?.[1] ?? '';
    out.set(m[1], { t: attrs.t, s: attrs.s, v });
  }
  return out;
}
const col = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function pythonParsesXml(parts: Record<string, string>): string | null | undefined {
  try {
    execFileSync('python3', ['--version']);
  } catch {
    return undefined;
  }
  const file = path.join(os.tmpdir(), `xml-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(parts));
  try {
    return (
      execFileSync(
        'python3',
        [
          '-c',
          'import sys,json,xml.dom.minidom as m\nfor k,v in json.load(open(sys.argv[1])).items():\n  try: m.parseString(v.encode())\n  except Exception as e: print(k, e); break',
          file,
        ],
        { encoding: 'utf8' },
      ).trim() || null
    );
  } finally {
    fs.rmSync(file);
  }
}

describe('the XML check used on the workbooks', () => {
  it('accepts well-formed XML and reports each kind of mistake', () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<a x="1"><b/><c>t &amp; &#228;</c></a>')).toBeNull();
    expect(xmlProblem('<a><b></a></b>')).toMatch(/closes/);
    expect(xmlProblem('<a><b></b>')).toMatch(/unclosed/);
    expect(xmlProblem('<a>x < y</a>')).toMatch(/</);
    expect(xmlProblem('<a>R&D</a>')).toMatch(/&/);
    expect(xmlProblem('<a x=1/>')).toMatch(/attributes/);
    expect(xmlProblem('<a x="1" x="2"/>')).toMatch(/duplicate/);
    expect(xmlProblem('<a/><b/>')).toMatch(/second root/);
    expect(xmlProblem('<a>\u0001</a>')).toMatch(/forbidden/);
  });
});

describe('level CSV', () => {
  it('has, per territory and year, the values and flags of the level JSON, and only the indicators of that level', () => {
    for (const level of LEVELS) {
      const json = buildLevelFile('2024', build, level, catalogue);
      const recs = parseCsv(levelCsv(build, level, catalogue, new Map(register.map((x) => [x.code, { ...x, parents: x.parents }]))));
      const header = recs[0].fields;
      const ids = Object.keys(json.values);
      expect(header).toEqual(['teryt', 'name', 'year', ...ids.flatMap((id) => [id, `${id}_status`, `${id}_flags`])]);
      expect(ids.includes('V')).toBe(level === 'country' || level === 'voivodeship');
      expect(recs).toHaveLength(1 + json.codes.length * json.years.length);
      for (const r of recs.slice(1)) {
        const ti = json.codes.indexOf(r.fields[0]);
        const yi = json.years.indexOf(Number(r.fields[2]));
        expect(r.fields[1]).toBe(register.find((x) => x.code === r.fields[0])!.name);
        ids.forEach((id, k) => {
          const v = json.values[id][yi][ti];
          const flags = json.flags[id][yi][ti];
          expect(r.fields[3 + 3 * k]).toBe(v === null ? '' : String(v));
          expect(r.fields[4 + 3 * k]).toBe(valueStatus(v === null && !(flags & FLAG.suppressed) ? undefined : { value: v, flags }));
          expect(r.fields[5 + 3 * k]).toBe(formatFlags(flags));
        });
      }
    }
  });
});

describe('level XLSX', () => {
  const book = levelWorkbook({
    release: '2024',
    published: '2025-11-30',
    level: 'gmina',
    build,
    catalogue,
    register: byCode,
    sources,
    demoShare: shares,
    deflate,
  });
  const parts = new Map(unzip(book, inflate).map((e) => [e.name, dec.decode(e.data)]));

  it('is a deflated, deterministic zip whose every XML part is well-formed', () => {
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const [name, xml] of parts) expect(xmlProblem(xml), name).toBeNull();
    const py = pythonParsesXml(Object.fromEntries(parts));
    if (py !== undefined) expect(py).toBeNull();
    const raw = [...parts.values()].reduce((n, x) => n + Buffer.byteLength(x), 0);
    expect(book.length).toBeLessThan(raw / 2);
    expect(
      Buffer.from(
        levelWorkbook({
          release: '2024',
          published: '2025-11-30',
          level: 'gmina',
          build,
          catalogue,
          register: byCode,
          sources,
          demoShare: shares,
          deflate,
        }),
      ).equals(Buffer.from(book)),
    ).toBe(true);
    // Every entry is dated with the release's publication day (DOS date at offset 12 of the first local header).
    expect(new DataView(book.buffer, book.byteOffset).getUint16(12, true)).toBe(((2025 - 1980) << 9) | (11 << 5) | 30);
    expect(parts.get('xl/workbook.xml')).toContain(
      '<sheet name="Dane" sheetId="1" r:id="rId1"/><sheet name="Metadane" sheetId="2" r:id="rId2"/>',
    );
  });

  it('holds the CSV columns: codes and years as text, values as numbers with the decimals of their indicator, flags as words', () => {
    const cells = sheetCells(parts.get('xl/worksheets/sheet1.xml')!);
    const numFmts = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(parts.get('xl/styles.xml')!)![1].matchAll(/<xf ([^>]*?)\/?>/g)].map(
      (m) => /numFmtId="(\d+)"/.exec(m[1])![1],
    );
    const csv = parseCsv(levelCsv(build, 'gmina', catalogue, new Map(register.map((x) => [x.code, { ...x, parents: x.parents }]))));
    const ids = csv[0].fields.slice(3).filter((_, k) => k % 3 === 0);
    csv[0].fields.forEach((h, j) => expect(cells.get(`${col(j)}1`)?.v).toBe(h));
    const json = buildLevelFile('2024', build, 'gmina', catalogue);
    let numbers = 0;
    csv.slice(1).forEach((r, i) => {
      const ref = (j: number) => `${col(j)}${i + 2}`;
      expect(cells.get(ref(0))).toMatchObject({ t: 'inlineStr', v: r.fields[0] });
      // An inline string is never evaluated, so the workbook keeps the name as it is.
      expect(unescapeXml(cells.get(ref(1))!.v)).toBe(register.find((x) => x.code === r.fields[0])!.name);
      expect(cells.get(ref(2))).toMatchObject({ t: 'inlineStr', v: r.fields[2] });
      ids.forEach((id, k) => {
        const value = cells.get(ref(3 + 3 * k));
        const status = cells.get(ref(4 + 3 * k));
        const flag = cells.get(ref(5 + 3 * k));
        expect(status).toMatchObject({ t: 'inlineStr', v: r.fields[4 + 3 * k] });
        const ind = catalogue.find((x) => x.id === id)!;
        if (r.fields[3 + 3 * k] === '') expect(value).toBeUndefined();
        else {
          numbers++;
          expect(value?.t).toBeUndefined();
          expect(Number(value!.v)).toBe(Number(r.fields[3 + 3 * k]));
          // The number format of the indicator's decimals, on the demo fill or not.
          expect(numFmts[Number(value!.s)]).toBe(['3', '164', '4', '165'][ind.decimals]);
        }
        const yi = json.years.indexOf(Number(r.fields[2]));
        const ti = json.codes.indexOf(r.fields[0]);
        const words = flagWords(json.flags[id][yi][ti]);
        if (words) expect(flag?.v).toBe(words);
        else expect(flag).toBeUndefined();
      });
    });
    expect(numbers).toBeGreaterThan(10);
    expect([...cells.values()].some((c) => c.v === 'suppressed')).toBe(true);
    expect([...cells.values()].some((c) => c.v === 'demo, aggregated' || c.v === 'demo')).toBe(true);
  });

  it('has a metadata sheet with the release, licence, demo notice, flag legend, indicator definitions and units, and sources', () => {
    const meta = unescapeXml(parts.get('xl/worksheets/sheet2.xml')!);
    for (const s of [
      'wydanie 2024',
      '2025-11-30',
      '2023–2024',
      'CC BY 4.0',
      'CC0',
      'To nie są statystyki publiczne',
      'not official statistics',
      'suppressed',
      'aggregated',
      'Real source',
      'https://example.org/real',
    ])
      expect(meta).toContain(s);
    for (const ind of catalogue.filter((i) => i.levels.includes('gmina'))) {
      expect(meta).toContain(`<t>${ind.id}</t>`);
      expect(meta).toContain(ind.description.pl);
      expect(meta).toContain(aggregationText(ind.aggregation));
    }
    expect(meta).toContain('na 10 tys. mieszkańców');
    expect(meta).not.toContain('<t>V</t>'); // voivodeship-only: not in the gmina workbook
  });
});

describe('catalogue CSV', () => {
  it('has one row per indicator with names, unit, levels, aggregation, source and definition', () => {
    const recs = parseCsv(indicatorsCsv(catalogue));
    expect(recs[0].fields).toEqual([...INDICATORS_CSV_HEADER]);
    expect(recs.slice(1).map((r) => r.fields[0])).toEqual(catalogue.map((i) => i.id));
    const r = Object.fromEntries(recs[0].fields.map((h, j) => [h, recs.find((x) => x.fields[0] === 'R')!.fields[j]]));
    expect(r).toMatchObject({
      name_pl: 'Nazwa R',
      name_en: 'Name R',
      unit: 'per 10,000 inhabitants',
      decimals: '2',
      levels: 'country+voivodeship+powiat+gmina',
      aggregation: 'ratio: N / POP × 10000',
      source_pl: 'Źródło',
      definition_en: 'Definition R',
    });
    expect(recs.find((x) => x.fields[0] === 'V')!.fields[5]).toBe('country+voivodeship');
  });
});

describe('per-indicator ZIP', () => {
  const input = (ind = N): IndicatorPackageInput => ({
    release: '2024',
    published: '2025-11-30',
    years,
    indicator: ind,
    csv: indicatorCsv(build, ind, byCode),
    sources: Object.fromEntries(sourcesUsed(build, ind.id).map((s) => [s, sources[s]])),
    counts: indicatorCounts(build, ind.id),
    territorialChanges: 3,
  });

  it('has the long CSV of every level, equal to the level JSON, in the level CSV columns plus the level', () => {
    const recs = parseCsv(input().csv);
    expect(recs[0].fields).toEqual(['teryt', 'name', 'level', 'year', 'N', 'N_status', 'N_flags']);
    expect(recs).toHaveLength(1 + register.length * years.length);
    for (const level of LEVELS) {
      const json = buildLevelFile('2024', build, level, [N]);
      const mine = recs.filter((r) => r.fields[2] === level);
      expect(mine).toHaveLength(json.codes.length * years.length);
      for (const r of mine) {
        const ti = json.codes.indexOf(r.fields[0]);
        const yi = json.years.indexOf(Number(r.fields[3]));
        const v = json.values.N[yi][ti];
        expect(r.fields[4]).toBe(v === null ? '' : String(v));
        expect(r.fields[6]).toBe(formatFlags(json.flags.N[yi][ti]));
      }
    }
    const suppressed = recs.find((r) => r.fields[0] === '1002022' && r.fields[3] === '2024')!;
    expect(suppressed.fields.slice(4)).toEqual(['', 'confidential', 'suppressed']);
    // Confidentiality propagates: the powiat total of 2024 is confidential too.
    expect(recs.find((r) => r.fields[0] === '1002' && r.fields[3] === '2024')!.fields[6]).toContain('suppressed');
  });

  it('round-trips through unzip with README, CSV and metadata, deterministically', () => {
    const bytes = indicatorZip(input(), deflate);
    expect(Buffer.from(indicatorZip(input(), deflate)).equals(Buffer.from(bytes))).toBe(true);
    const entries = unzip(bytes, inflate);
    expect(entries.map((e) => e.name)).toEqual(['README.md', 'N.csv', 'N.metadata.json']);
    expect(input().csv.charCodeAt(0)).toBe(0xfeff);
    expect(dec.decode(entries[1].data)).toBe(input().csv);
    const meta = JSON.parse(dec.decode(entries[2].data));
    expect(meta).toMatchObject({
      id: 'N',
      definition: { pl: 'Definicja N', en: 'Definition N' },
      unit: 'entities',
      aggregation: { rule: 'sum', text: 'sum' },
      release: '2024',
      published: '2025-11-30',
      years: [2023, 2024],
    });
    expect(meta.sources.map((s: { id: string }) => s.id)).toEqual(['demo', 'real']);
    expect(meta.sources[1]).toMatchObject({ licence: 'CC BY 4.0', url: 'https://example.org/real' });
    expect(Object.keys(meta.flags)).toEqual(Object.keys(FLAG));
    const counts = indicatorCounts(build, 'N');
    expect(meta.counts.gmina).toMatchObject({
      ...counts.gmina,
      demoShare: Math.round((counts.gmina!.demo / counts.gmina!.present) * 1000) / 1000,
    });
  });

  it('has a README in Polish and English with citation, licence and caveats', () => {
    const readme = dec.decode(unzip(indicatorZip(input(), deflate), inflate)[0].data);
    expect(readme).toContain('## Polski');
    expect(readme).toContain('## English');
    expect(readme).toMatch(
      /Monitor Ekonomii Społecznej, wydanie 2024 \(2025-11-30\), wskaźnik „Nazwa N” \(N\)\. https?:\/\/\S+\/data\/2024\/indicator\/N\.zip/,
    );
    expect(readme).toMatch(/release 2024 \(2025-11-30\), indicator "Name N" \(N\)\. https?:\/\/\S+\/data\/2024\/indicator\/N\.zip/);
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('`real`: Real source, https://example.org/real — CC BY 4.0');
    const c = indicatorCounts(build, 'N').gmina!;
    expect(readme).toContain(
      `gmina: ${Math.round((c.demo / c.present) * 1000) / 10}% of the values are demonstration data (${c.demo} of ${c.present})`,
    );
    expect(readme).toMatch(/Such cells in this file: [1-9]/);
    expect(readme).toContain("Territorial changes in this release's period: 3");
    expect(readme).toContain('Zmian terytorialnych w okresie tego wydania: 3');
  });
});

describe('GeoJSON from TopoJSON', () => {
  // A clockwise square with a counter-clockwise hole (d3's winding), and a two-part unit
  // whose coordinates need rounding.
  const topology = {
    type: 'Topology',
    objects: {
      powiat: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '1061', properties: { name: 'old name' }, arcs: [[0], [1]] },
          { type: 'MultiPolygon', id: '1002', properties: { name: 'kutnowski' }, arcs: [[[2]], [[3]]] },
        ],
      },
    },
    arcs: [
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
      [
        [0.2, 0.2],
        [0.8, 0.2],
        [0.8, 0.8],
        [0.2, 0.8],
        [0.2, 0.2],
      ],
      [
        [2.123456789, 0.00004],
        [2.12346, 1],
        [3, 1],
        [2.123456789, 0.00004],
      ],
      [
        [5, 5],
        [5.00001, 5.00001],
        [5, 6],
        [6, 6],
        [5, 5],
      ],
    ],
  } as unknown as Topology;
  const gj = topoToGeoJson(topology, 'powiat', new Map([['1061', 'Łódź']]));

  it('keeps ids, takes names from the register, and follows the RFC 7946 winding', () => {
    expect(gj.features.map((f) => [f.id, f.properties])).toEqual([
      ['1061', { teryt: '1061', name: 'Łódź', level: 'powiat' }],
      ['1002', { teryt: '1002', name: 'kutnowski', level: 'powiat' }],
    ]);
    const [outer, hole] = gj.features[0].geometry.coordinates as number[][][];
    expect(ringArea(outer)).toBeGreaterThan(0);
    expect(ringArea(hole)).toBeLessThan(0);
    expect(outer[0]).toEqual(outer.at(-1));
    for (const poly of gj.features[1].geometry.coordinates as number[][][][]) expect(ringArea(poly[0])).toBeGreaterThan(0);
  });

  it('rounds coordinates to 4 decimals and drops points that rounding merged', () => {
    const [a, b] = gj.features[1].geometry.coordinates as number[][][][];
    expect(a[0]).toContainEqual([2.1235, 0]);
    expect(a[0].flat().every((x) => Math.abs(x * 1e4 - Math.round(x * 1e4)) < 1e-6)).toBe(true);
    expect(b[0]).toHaveLength(4); // [5.00001, 5.00001] rounds onto [5, 5]
    expect(
      roundRing(
        [
          [0, 0],
          [0.00001, 0],
          [0, 0.00001],
          [0, 0],
        ],
        4,
      ),
    ).toEqual([
      [0, 0],
      [0.00001, 0],
      [0, 0.00001],
      [0, 0],
    ]);
  });

  it('converts the real voivodeship boundaries: 16 features, counter-clockwise exteriors inside Poland', () => {
    const topo = JSON.parse(fs.readFileSync('data/geo/voivodeship.topo.json', 'utf8')) as Topology;
    const real = topoToGeoJson(topo, 'voivodeship', new Map());
    expect(real.features).toHaveLength(16);
    for (const f of real.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys) {
        expect(ringArea(p[0])).toBeGreaterThan(0);
        for (const [x, y] of p.flat()) {
          expect(x).toBeGreaterThan(14);
          expect(x).toBeLessThan(24.2);
          expect(y).toBeGreaterThan(49);
          expect(y).toBeLessThan(54.9);
        }
      }
    }
    expect(() => topoToGeoJson(topo, 'gmina', new Map())).toThrow(/no object "gmina"/);
  });
});

describe('datapackage.json', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-dp-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files: { path: string; bytes: number; sha256: string }[] = [];
  const write = (rel: string, data: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
    files.push({ path: rel, bytes: fs.statSync(path.join(dir, rel)).size, sha256: crypto.createHash('sha256').update(data).digest('hex') });
  };
  const regMap = new Map(register.map((x) => [x.code, { ...x, parents: x.parents }]));
  for (const level of LEVELS) {
    write(DATA_FILE.levelCsv(level), levelCsv(build, level, catalogue, regMap));
    write(
      DATA_FILE.levelXlsx(level),
      levelWorkbook({
        release: '2024',
        published: '2025-11-30',
        level,
        build,
        catalogue,
        register: byCode,
        sources,
        demoShare: shares,
        deflate,
      }),
    );
  }
  write('indicators.csv', indicatorsCsv(catalogue));
  write(DATA_FILE.geoJson('country'), '{"type":"FeatureCollection","features":[]}');
  for (const ind of catalogue)
    write(
      DATA_FILE.indicatorZip(ind.id),
      indicatorZip(
        {
          release: '2024',
          published: '2025-11-30',
          years,
          indicator: ind,
          csv: indicatorCsv(build, ind, byCode),
          sources,
          counts: indicatorCounts(build, ind.id),
        },
        deflate,
      ),
    );
  const pkg = dataPackage({
    release: '2024',
    published: '2025-11-30',
    years,
    catalogue,
    files,
    sources,
    levelIndicators: Object.fromEntries(LEVELS.map((l) => [l, catalogue.filter((i) => build.levels[l].cells[i.id])])) as never,
    indicatorSources: Object.fromEntries(catalogue.map((i) => [i.id, sourcesUsed(build, i.id)])),
    levelSources: Object.fromEntries(LEVELS.map((l) => [l, ['real']])) as never,
    demoShare: shares,
  }) as {
    resources: {
      path: string;
      name: string;
      hash: string;
      bytes: number;
      profile: string;
      schema?: { fields: { name: string; unit?: string }[] };
      files?: unknown[];
      sources?: unknown[];
    }[];
  };

  it('describes each written download file, with sha256 and bytes of the bytes on disk', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(files.map((f) => f.path).sort());
    for (const r of pkg.resources) {
      const buf = fs.readFileSync(path.join(dir, r.path));
      expect(r.hash).toBe(`sha256:${crypto.createHash('sha256').update(buf).digest('hex')}`);
      expect(r.bytes).toBe(buf.length);
      expect(r.name).toMatch(/^[a-z0-9-]+$/);
    }
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  it('gives the CSVs a schema equal to their header, with units, and the zips the schema of their CSV', () => {
    for (const r of pkg.resources.filter((x) => x.path.endsWith('.csv'))) {
      expect(r.profile).toBe('tabular-data-resource');
      const header = parseCsv(fs.readFileSync(path.join(dir, r.path), 'utf8'))[0].fields;
      expect(r.schema!.fields.map((f) => f.name)).toEqual(header);
    }
    const gmina = pkg.resources.find((r) => r.path === DATA_FILE.levelCsv('gmina'))!;
    expect(gmina.schema!.fields.find((f) => f.name === 'R')!.unit).toBe('per 10,000 inhabitants');
    expect(gmina.sources).toEqual([{ title: 'Real source', path: 'https://example.org/real', licence: 'CC BY 4.0' }]);
    expect(pkg.resources.find((r) => r.path === DATA_FILE.geoJson('country'))!.sources).toContainEqual(
      expect.objectContaining({ title: expect.stringContaining('PRG') }),
    );
    const zipR = pkg.resources.find((r) => r.path === DATA_FILE.indicatorZip('R'))!;
    // Every value column has its status column, with the six words as its only values.
    for (const r of pkg.resources.filter((x) => x.path.endsWith('.csv') && x.path.startsWith('download/'))) {
      const fields = r.schema!.fields as { name: string; constraints?: { enum?: string[] } }[];
      const values = fields.filter((f) => fields.some((g) => g.name === `${f.name}_status`));
      expect(values.length).toBeGreaterThan(0);
      for (const v of values)
        expect(fields.find((f) => f.name === `${v.name}_status`)!.constraints!.enum).toEqual([
          'real',
          'demo',
          'estimate',
          'provisional',
          'confidential',
          'missing',
        ]);
    }
    expect(zipR.profile).toBe('data-resource');
    expect(zipR.files).toContainEqual(
      expect.objectContaining({
        path: 'R.csv',
        schema: expect.objectContaining({
          fields: expect.arrayContaining([expect.objectContaining({ name: 'R', unit: 'per 10,000 inhabitants' })]),
        }),
      }),
    );
  });

  it('lists every file the page offers, in one shared order', () => {
    const all = downloadFiles(catalogue.map((i) => i.id)).map((f) => f.path);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      expect.arrayContaining(['download/gmina.xlsx', 'geo/gmina.geojson', 'indicators.csv', 'indicator/R.zip', 'datapackage.json']),
    );
    // Everything described is on the list; the list's order is the descriptor's.
    const described = pkg.resources.map((r) => r.path);
    expect(all.filter((p) => described.includes(p))).toEqual(described);
  });
});

describe('every download format marks the status of every value', () => {
  /** The status each cell of the build must travel with, by level, territory, year and indicator. */
  const expected = (level: Territory['level'], code: string, year: number, id: string) => {
    const table = build.levels[level];
    return valueStatus(table.cells[id]?.[years.indexOf(year)]?.[table.codes.indexOf(code)]);
  };
  const regMap = new Map(register.map((x) => [x.code, { ...x, parents: x.parents }]));
  const seen = () => ({ demo: 0, real: 0, other: 0 });
  const tally = (n: ReturnType<typeof seen>, status: string) => {
    if (status === 'demo') n.demo++;
    else if (status === 'real') n.real++;
    else n.other++;
  };

  it('level CSV: a status column beside each value, demo for every demo value and real for every real one', () => {
    const n = seen();
    for (const level of LEVELS) {
      const [head, ...body] = parseCsv(levelCsv(build, level, catalogue, regMap));
      const ids = head.fields.filter((f, j) => j >= 3 && head.fields[j + 1] === `${f}_status`);
      expect(ids.length).toBeGreaterThan(0);
      for (const r of body)
        for (const id of ids) {
          const status = r.fields[head.fields.indexOf(`${id}_status`)];
          expect(status, `${level} ${r.fields[0]} ${r.fields[2]} ${id}`).toBe(expected(level, r.fields[0], Number(r.fields[2]), id));
          tally(n, status);
        }
    }
    expect(n.demo).toBeGreaterThan(0);
    expect(n.real).toBeGreaterThan(0);
    expect(n.other).toBeGreaterThan(0);
  });

  it('level XLSX: the status beside each value, demo values on a solid fill and no other value on one, the convention in the metadata sheet', () => {
    const book = levelWorkbook({
      release: '2024',
      published: '2025-11-30',
      level: 'gmina',
      build,
      catalogue,
      register: byCode,
      sources,
      demoShare: shares,
      deflate,
    });
    const parts = new Map(unzip(book, inflate).map((e) => [e.name, dec.decode(e.data)]));
    const styles = parts.get('xl/styles.xml')!;
    const fills = [...styles.matchAll(/<fill>(.*?)<\/fill>/g)].map((m) => /patternType="(\w+)"/.exec(m[1])?.[1]);
    const xfs = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf ([^>]*?)\/?>/g)].map((m) =>
      Number(/fillId="(\d+)"/.exec(m[1])![1]),
    );
    const filled = (s: string | undefined) => fills[xfs[Number(s ?? 0)]] === 'solid';
    const cells = sheetCells(parts.get('xl/worksheets/sheet1.xml')!);
    const header = new Map<string, string>();
    for (const [ref, c] of cells) if (/^[A-Z]+1$/.test(ref)) header.set(ref.replace(/1$/, ''), c.v);
    const n = seen();
    let demoFilled = 0;
    for (const [ref, c] of cells) {
      const [, column, rowNo] = /^([A-Z]+)(\d+)$/.exec(ref)!;
      const name = header.get(column)!;
      if (rowNo === '1' || !name.endsWith('_status')) continue;
      const id = name.slice(0, -'_status'.length);
      const code = cells.get(`A${rowNo}`)!.v;
      const year = Number(cells.get(`C${rowNo}`)!.v);
      expect(c.v, `${code} ${year} ${id}`).toBe(expected('gmina', code, year, id));
      tally(n, c.v);
      const valueColumn = [...header].find(([, h]) => h === id)![0];
      const value = cells.get(`${valueColumn}${rowNo}`);
      if (!value) continue;
      expect(filled(value.s), `${valueColumn}${rowNo}`).toBe(c.v === 'demo');
      if (c.v === 'demo') demoFilled++;
    }
    expect(demoFilled).toBeGreaterThan(0);
    expect(n.real).toBeGreaterThan(0);
    const meta = unescapeXml(parts.get('xl/worksheets/sheet2.xml')!);
    expect(meta).toContain('<ID>_status');
    expect(meta).toContain('light yellow fill');
    expect(meta).toContain('jasnożółte tło');
    for (const st of ['real', 'demo', 'estimate', 'provisional', 'confidential', 'missing']) expect(meta).toContain(`<t>${st}</t>`);
  });

  it('per-indicator ZIP: the CSV read back from the zip has the status of each value; README and metadata explain the column', () => {
    const n = seen();
    for (const ind of catalogue) {
      const entries = unzip(
        indicatorZip(
          {
            release: '2024',
            published: '2025-11-30',
            years,
            indicator: ind,
            csv: indicatorCsv(build, ind, byCode),
            sources,
            counts: indicatorCounts(build, ind.id),
          },
          deflate,
        ),
        inflate,
      );
      const [head, ...body] = parseCsv(dec.decode(entries.find((e) => e.name === `${ind.id}.csv`)!.data));
      const at = head.fields.indexOf(`${ind.id}_status`);
      expect(at).toBe(head.fields.indexOf(ind.id) + 1);
      for (const r of body) {
        expect(r.fields[at]).toBe(expected(r.fields[2] as Territory['level'], r.fields[0], Number(r.fields[3]), ind.id));
        tally(n, r.fields[at]);
      }
      const meta = JSON.parse(dec.decode(entries.find((e) => e.name === `${ind.id}.metadata.json`)!.data));
      expect(meta.statuses.column).toBe(`${ind.id}_status`);
      expect(Object.keys(meta.statuses.meaning)).toEqual(['real', 'demo', 'estimate', 'provisional', 'confidential', 'missing']);
      expect(meta.files[`${ind.id}.csv`].columns).toContain(`${ind.id}_status`);
      const readme = dec.decode(entries.find((e) => e.name === 'README.md')!.data);
      expect(readme).toContain(`Status wartości (kolumna \`${ind.id}_status\``);
      expect(readme).toContain(`Value status (column \`${ind.id}_status\``);
      expect(readme).toMatch(/- `demo`: demonstration data — not official statistics/);
    }
    expect(n.demo).toBeGreaterThan(0);
    expect(n.real).toBeGreaterThan(0);
  });

  it('changes CSV: each side of a revision has its own status, so a real figure replaced by a demo one says which is which', () => {
    // The previous release had a real figure where this one has a demo value, and another real figure revised.
    const before = rows.map((r) =>
      r.code === '1002011' && r.indicator === 'N' && r.year === 2023
        ? { ...r, value: 5, flags: 0, source: 'real' }
        : r.code === '1061011' && r.indicator === 'N' && r.year === 2023
          ? { ...r, value: 19 }
          : r,
    );
    const prev = { ...buildRelease(register, catalogue, before, years), demoReplaced: 0 };
    const changes = diffReleases({ release: '2024', previous: '2023' }, prev, build, catalogue, [], {
      from: '2023-01-01',
      to: '2024-12-31',
    });
    const [head, ...body] = parseCsv(changesCsv(changes));
    const get = (r: (typeof body)[number], col: string) => r.fields[head.fields.indexOf(col)];
    const gmina = body
      .filter((r) => get(r, 'level') === 'gmina' && get(r, 'indicator') === 'N')
      .map((r) => [get(r, 'teryt'), get(r, 'old'), get(r, 'old_status'), get(r, 'new'), get(r, 'new_status')]);
    expect(gmina).toEqual([
      ['1061011', '19', 'real', '20', 'real'],
      ['1002011', '5', 'real', '3', 'demo'],
    ]);
    for (const r of body) {
      const level = get(r, 'level') as Territory['level'];
      expect(get(r, 'new_status')).toBe(expected(level, get(r, 'teryt'), Number(get(r, 'year')), get(r, 'indicator')));
    }
  });

  it('level JSON: parsed back, every demo value carries the demo flag and no real one does', () => {
    const n = seen();
    for (const level of LEVELS) {
      const json = JSON.parse(JSON.stringify(buildLevelFile('2024', build, level, catalogue))) as ReturnType<typeof buildLevelFile>;
      for (const id of Object.keys(json.values))
        json.codes.forEach((code, ti) =>
          json.years.forEach((year, yi) => {
            if (json.values[id][yi][ti] === null) return;
            const status = expected(level, code, year, id);
            expect((json.flags[id][yi][ti] & FLAG.demo) !== 0, `${level} ${code} ${year} ${id}`).toBe(status === 'demo');
            tally(n, status);
          }),
        );
    }
    expect(n.demo).toBeGreaterThan(0);
    expect(n.real).toBeGreaterThan(0);
  });
});
