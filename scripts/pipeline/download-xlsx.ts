// The Excel workbook of a level: sheet "Dane" with the columns of the level CSV (values as
// numbers formatted with each indicator's decimals, the status word beside each value,
// flags as words; demo values on the demo fill) and sheet "Metadane" with what a reader
// needs to use the numbers: release, licence, demo-data notice, status and flag legend,
// indicator definitions and units, sources. Written with the project's XLSX writer. Demo
// cells carry no cell note: a note per demo cell would be most of the sheet's cells (and
// each note needs VML drawing parts the writer does not have); the status column beside
// every value says the same and can be filtered on.
import type { Indicator } from '#core/catalogue.ts';
import type { OutCell } from '#features/builder/builder-export.ts';
import { xlsx } from '#features/builder/builder-xlsx.ts';
import { FLAG, valueStatus, VALUE_STATUSES, type FlagName } from '#core/cells.ts';
import {
  DEMO_NOTICE,
  FLAG_LEGEND,
  flagWords,
  LICENCE_TEXT,
  PORTAL_NAME,
  SITE_URL,
  STATUS_CONVENTION,
  STATUS_LEGEND,
  XLSX_DEMO_STYLE,
  zipDate,
} from '#core/download-files.ts';
import { translator } from '#i18n/index.ts';
import type { Level } from '#core/territory.ts';
import type { Deflate } from '#core/zip.ts';
import { publishedValue, type BuildResult } from './build-release.ts';
import { aggregationText, levelTable, type SourceInfo } from './downloads.ts';
import { DATA_FILE, dataPath } from '#core/urls.ts';

export const DATA_SHEET = 'Dane';
export const META_SHEET = 'Metadane';

const txt = (text: string, bold = false): OutCell => ({ kind: 'text', text, bold });
/** The workbook is bilingual: each label in Polish and in English. */
const pl = translator('pl');
const en = translator('en');
const EMPTY: OutCell = { kind: 'empty' };

export interface LevelWorkbookInput {
  release: string;
  published: string;
  level: Level;
  build: BuildResult;
  catalogue: Indicator[];
  register: Map<string, { name: string }>;
  /** Sources behind this level's values. */
  sources: Record<string, SourceInfo>;
  demoShare: Record<string, Partial<Record<Level, number>>>;
  deflate?: Deflate;
}

const pct = (share: number | undefined) => (share === undefined ? '' : `${Math.round(share * 1000) / 10}%`);

/** Rows of the metadata sheet: a key/value block, then the legend, indicators and sources as small tables. */
export function metadataRows(input: Omit<LevelWorkbookInput, 'deflate' | 'register'>, inds: Indicator[]): OutCell[][] {
  const { release, published, level, build } = input;
  const rows: OutCell[][] = [
    [txt(`${PORTAL_NAME.pl} — wydanie ${release}, poziom: ${pl(`level.${level}`)} / release ${release}, level: ${en(`level.${level}`)}`)],
    [txt('Wydanie / Release', true), txt(release)],
    [txt('Opublikowano / Published', true), txt(published)],
    [txt('Lata / Years', true), txt(`${build.years[0]}–${build.years.at(-1)}`)],
    [txt('Poziom / Level', true), txt(`${pl(`level.${level}`)} / ${en(`level.${level}`)}`)],
    [txt('Adres / URL', true), txt(`${SITE_URL}${dataPath(release, DATA_FILE.levelXlsx(level))}`)],
    [txt('Licencja', true), txt(LICENCE_TEXT.pl)],
    [txt('Licence', true), txt(LICENCE_TEXT.en)],
    [txt('Dane demonstracyjne', true), txt(DEMO_NOTICE.pl)],
    [txt('Demonstration data', true), txt(DEMO_NOTICE.en)],
    [
      txt('Cytowanie / Citation', true),
      txt(`${PORTAL_NAME.pl}, wydanie ${release} (${published}), ${SITE_URL}/data/${release}/${DATA_FILE.levelXlsx(level)}`),
    ],
    [
      txt('Kolumny / Columns', true),
      txt(
        'teryt, name, year; dla każdego wskaźnika / per indicator: <ID> (wartość / value), <ID>_status (status), <ID>_flags (znaczniki / flags)',
      ),
    ],
    [txt('Status wartości', true), txt(STATUS_CONVENTION.pl)],
    [txt('Value status', true), txt(STATUS_CONVENTION.en)],
    [txt('Oznaczenie w arkuszu', true), txt(XLSX_DEMO_STYLE.pl)],
    [txt('Marking in the sheet', true), txt(XLSX_DEMO_STYLE.en)],
    [],
    [txt('Status', true), txt('Znaczenie', true), txt('Meaning', true)],
    ...VALUE_STATUSES.map((st) => [txt(st), txt(STATUS_LEGEND[st].pl), txt(STATUS_LEGEND[st].en)]),
    [],
    [txt('Znacznik / Flag', true), txt('Znaczenie', true), txt('Meaning', true)],
    ...(Object.keys(FLAG) as FlagName[]).map((f) => [txt(f), txt(FLAG_LEGEND[f].pl), txt(FLAG_LEGEND[f].en)]),
    [txt('(pusta / empty)'), txt('brak danych, chyba że znacznik to „suppressed”'), txt('no data, unless the flag is "suppressed"')],
    [],
    [
      txt('ID', true),
      txt('Nazwa', true),
      txt('Name', true),
      txt('Jednostka', true),
      txt('Unit', true),
      txt('Miejsca dziesiętne / Decimals', true),
      txt('Agregacja / Aggregation', true),
      txt('Udział danych demo / Demo share', true),
      txt('Źródło', true),
      txt('Source', true),
      txt('Definicja', true),
      txt('Definition', true),
    ],
    ...inds.map((i) => [
      txt(i.id),
      txt(i.name.pl),
      txt(i.name.en),
      txt(pl(`unit.${i.unit}`)),
      txt(en(`unit.${i.unit}`)),
      { kind: 'num', value: i.decimals, decimals: 0, demo: false } satisfies OutCell,
      txt(aggregationText(i.aggregation)),
      txt(pct(input.demoShare[i.id]?.[level])),
      txt(i.source.name.pl),
      txt(i.source.name.en),
      txt(i.description.pl),
      txt(i.description.en),
    ]),
    [],
    [txt('Źródło (id) / Source (id)', true), txt('Tytuł', true), txt('Title', true), txt('URL', true), txt('Licencja / Licence', true)],
    ...Object.entries(input.sources).map(([id, s]) => [
      txt(id),
      txt(s.title.pl),
      txt(s.title.en),
      s.url ? txt(s.url) : EMPTY,
      txt(s.licence),
    ]),
  ];
  return rows;
}

/** The level's workbook; deterministic (entry dates are the release date). */
export function levelWorkbook(input: LevelWorkbookInput): Uint8Array {
  const { inds, header, rows } = levelTable(input.build, input.level, input.catalogue, input.register);
  const data: OutCell[][] = [header.map((h) => txt(h, true))];
  for (const r of rows) {
    // TERYT codes and years are text: a number format would drop leading zeros and group "2 024".
    const row: OutCell[] = [txt(r.code), txt(r.name), txt(String(r.year))];
    r.cells.forEach((c, k) => {
      const ind = inds[k];
      const v = publishedValue(c, ind);
      row.push(v === null ? EMPTY : { kind: 'num', value: v, decimals: ind.decimals, demo: ((c?.flags ?? 0) & FLAG.demo) !== 0 });
      row.push(txt(valueStatus(c)));
      row.push(c && c.flags ? txt(flagWords(c.flags)) : EMPTY);
    });
    data.push(row);
  }
  return xlsx(
    [
      { name: DATA_SHEET, rows: data },
      { name: META_SHEET, rows: metadataRows(input, inds), widths: [28, 48, 48, 16, 16, 12, 26, 14, 30, 30, 60, 60] },
    ],
    { title: `${PORTAL_NAME.pl} ${input.release} — ${pl(`level.${input.level}`)}` },
    { deflate: input.deflate, date: zipDate(input.published) },
  );
}
