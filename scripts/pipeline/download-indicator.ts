// One ZIP per indicator: everything a reader needs to use and cite one indicator without
// the site: its values at every level (CSV), its metadata (JSON) and a README in Polish
// and English with the citation, licence and caveats. Deterministic: fixed entry order and
// the release date as every entry's date.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type FlagName } from '#core/cells.ts';
import { DEMO_NOTICE, FLAG_LEGEND, LICENCE_TEXT, PORTAL_NAME, SITE_URL, zipDate } from '#core/download-files.ts';
import { formatNumber } from '#core/format.ts';
import { FREQUENCY_LABEL, LEVEL_LABEL, UNIT_LABEL } from '#i18n/i18n.ts';
import { DATA_FILE, dataPath, indicatorPath } from '#core/urls.ts';
import { LEVELS, type Level } from '#core/territory.ts';
import { zip, type Deflate } from '#core/zip.ts';
import { aggregationText, indicatorCsvHeader, type SourceInfo } from './downloads.ts';

export interface IndicatorPackageInput {
  release: string;
  published: string;
  years: number[];
  indicator: Indicator;
  /** The indicator's long CSV (indicatorCsv). */
  csv: string;
  /** The sources behind its values. */
  sources: Record<string, SourceInfo>;
  counts: Partial<Record<Level, { present: number; demo: number; suppressed: number }>>;
  /** Territorial changes listed in this release's changes.json (undefined for a first release). */
  territorialChanges?: number;
}

export const csvName = (id: string) => `${id}.csv`;
export const metadataName = (id: string) => `${id}.metadata.json`;
export const README = 'README.md';

const share = (n: { present: number; demo: number }) => (n.present ? n.demo / n.present : 0);

export function indicatorMetadata(input: IndicatorPackageInput): object {
  const i = input.indicator;
  return {
    id: i.id,
    name: i.name,
    definition: i.description,
    unit: i.unit,
    unitLabel: UNIT_LABEL[i.unit],
    decimals: i.decimals,
    integer: i.integer,
    theme: i.theme,
    polarity: i.polarity,
    levels: LEVELS.filter((l) => i.levels.includes(l)),
    aggregation: { ...i.aggregation, text: aggregationText(i.aggregation) },
    ...(i.components && { components: i.components }),
    ...(i.kpres && { kpres: i.kpres }),
    ...(i.notes && { notes: i.notes }),
    source: i.source,
    sources: Object.entries(input.sources).map(([id, s]) => ({ id, title: s.title, ...(s.url && { url: s.url }), licence: s.licence, ...(s.kind && { kind: s.kind }) })),
    release: input.release,
    published: input.published,
    years: input.years,
    url: `${SITE_URL}${dataPath(input.release, DATA_FILE.indicatorZip(i.id))}`,
    page: `${SITE_URL}${indicatorPath(i.id, 'pl')}`,
    licence: LICENCE_TEXT,
    files: { [csvName(i.id)]: { columns: indicatorCsvHeader(i.id), encoding: 'UTF-8 with BOM', separator: ',', decimal: '.' } },
    flags: Object.fromEntries((Object.keys(FLAG) as FlagName[]).map((f) => [f, FLAG_LEGEND[f]])),
    counts: Object.fromEntries(
      LEVELS.filter((l) => input.counts[l]).map((l) => [l, { ...input.counts[l]!, demoShare: Math.round(share(input.counts[l]!) * 1000) / 1000 }]),
    ),
  };
}

function pct(x: number, lang: 'pl' | 'en'): string {
  const sign = lang === 'pl' ? '\u00a0%' : '%';
  // A handful of demo cells must not read as "0%".
  if (x > 0 && x < 0.0005) return `< ${formatNumber(0.1, lang, 1)}${sign}`;
  return `${formatNumber(x * 100, lang, 1, { trim: true })}${sign}`;
}

export function indicatorReadme(input: IndicatorPackageInput): string {
  const i = input.indicator;
  const { release, published } = input;
  const url = `${SITE_URL}${dataPath(release, DATA_FILE.indicatorZip(i.id))}`;
  const levels = LEVELS.filter((l) => input.counts[l]);
  const y0 = input.years[0];
  const y1 = input.years.at(-1);
  const sources = Object.entries(input.sources);
  const lines = (lang: 'pl' | 'en') => {
    const pl = lang === 'pl';
    const demoLines = levels.map((l) => {
      const n = input.counts[l]!;
      return `- ${LEVEL_LABEL[l][lang]}: ${pct(share(n), lang)} ${pl ? 'wartości to dane demonstracyjne' : 'of the values are demonstration data'} (${formatNumber(n.demo, lang)} ${pl ? 'z' : 'of'} ${formatNumber(n.present, lang)})`;
    });
    const suppressed = levels.reduce((s, l) => s + input.counts[l]!.suppressed, 0);
    return [
      `## ${pl ? 'Polski' : 'English'}`,
      '',
      `**${i.name[lang]}** (\`${i.id}\`) — ${pl ? 'wydanie' : 'release'} ${release}, ${pl ? 'lata' : 'years'} ${y0}–${y1}.`,
      '',
      i.description[lang],
      '',
      `- ${pl ? 'Jednostka' : 'Unit'}: ${UNIT_LABEL[i.unit][lang]} (\`${i.unit}\`), ${pl ? 'miejsca dziesiętne' : 'decimals'}: ${i.decimals}`,
      `- ${pl ? 'Poziomy' : 'Levels'}: ${levels.map((l) => LEVEL_LABEL[l][lang]).join(', ')}`,
      `- ${pl ? 'Agregacja (wyższy poziom z niższego)' : 'Aggregation (a level from the level below)'}: \`${aggregationText(i.aggregation)}\``,
      `- ${pl ? 'Źródło' : 'Source'}: ${i.source.name[lang]} (${FREQUENCY_LABEL[i.source.frequency][lang]})${i.source.url ? `, ${i.source.url}` : ''}`,
      ...(i.notes ? [`- ${pl ? 'Uwagi' : 'Notes'}: ${i.notes[lang]}`] : []),
      '',
      `### ${pl ? 'Pliki' : 'Files'}`,
      '',
      `- \`${csvName(i.id)}\`: ${pl ? 'wartości na wszystkich poziomach, jeden wiersz na jednostkę i rok; UTF-8 z BOM, przecinek, kropka dziesiętna. Kolumny' : 'values at every level, one row per territory and year; UTF-8 with BOM, comma, decimal point. Columns'}: ${indicatorCsvHeader(i.id).map((c) => `\`${c}\``).join(', ')}`,
      `- \`${metadataName(i.id)}\`: ${pl ? 'definicja, jednostka, agregacja, źródła z licencjami, lata, legenda znaczników' : 'definition, unit, aggregation, sources with licences, years, flag legend'}`,
      '',
      `### ${pl ? 'Znaczniki (kolumna' : 'Flags (column'} \`${i.id}_flags\`${pl ? ', łączone znakiem +)' : ', joined with +)'}`,
      '',
      ...(Object.keys(FLAG) as FlagName[]).map((f) => `- \`${f}\`: ${FLAG_LEGEND[f][lang]}`),
      '',
      `### ${pl ? 'Zastrzeżenia' : 'Caveats'}`,
      '',
      `- ${DEMO_NOTICE[lang]}`,
      ...demoLines.map((l) => `  ${l}`),
      `- ${
        pl
          ? `Dane niejawne (tajemnica statystyczna) mają pustą wartość i znacznik \`suppressed\`; to nie jest zero ani brak danych. Takich komórek w tym pliku: ${formatNumber(suppressed, lang)}. Wyższy poziom policzony z niejawnej wartości też jest niejawny.`
          : `Confidential values (statistical confidentiality) are empty with the flag \`suppressed\`; they are neither zero nor missing. Such cells in this file: ${formatNumber(suppressed, lang)}. A higher level computed from a confidential value is confidential too.`
      }`,
      `- ${
        pl
          ? `Kody TERYT i nazwy według rejestru TERC z 1 stycznia 2026 r. dla wszystkich lat: wartości jednostek zniesionych lub przekodowanych przypisano ich następcom (zob. data/geo/code-history.csv w repozytorium).${input.territorialChanges !== undefined ? ` Zmian terytorialnych w okresie tego wydania: ${formatNumber(input.territorialChanges, lang)} (changes.json).` : ''}`
          : `TERYT codes and names follow the TERC register of 1 January 2026 for every year: values of abolished or recoded units are assigned to their successors (see data/geo/code-history.csv in the repository).${input.territorialChanges !== undefined ? ` Territorial changes in this release's period: ${formatNumber(input.territorialChanges, lang)} (changes.json).` : ''}`
      }`,
      '',
      `### ${pl ? 'Licencja' : 'Licence'}`,
      '',
      LICENCE_TEXT[lang],
      '',
      ...sources.map(([id, s]) => `- \`${id}\`: ${s.title[lang]}${s.url ? `, ${s.url}` : ''} — ${s.licence}`),
      '',
      `### ${pl ? 'Jak cytować' : 'How to cite'}`,
      '',
      `${PORTAL_NAME[lang]}, ${pl ? 'wydanie' : 'release'} ${release} (${published}), ${pl ? `wskaźnik „${i.name.pl}”` : `indicator "${i.name.en}"`} (${i.id}). ${url}`,
      '',
    ];
  };
  return [`# ${i.id} — ${i.name.pl} / ${i.name.en}`, '', `${PORTAL_NAME.pl}, ${release}. [Polski](#polski) · [English](#english)`, '', ...lines('pl'), ...lines('en')].join('\n');
}

/** The indicator's ZIP: README.md, <ID>.csv, <ID>.metadata.json. */
export function indicatorZip(input: IndicatorPackageInput, deflate?: Deflate): Uint8Array {
  const enc = new TextEncoder();
  return zip(
    [
      { name: README, data: enc.encode(indicatorReadme(input)) },
      { name: csvName(input.indicator.id), data: enc.encode(input.csv) },
      { name: metadataName(input.indicator.id), data: enc.encode(JSON.stringify(indicatorMetadata(input), null, 2) + '\n') },
    ],
    { deflate, date: zipDate(input.published) },
  );
}
