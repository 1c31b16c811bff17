// One ZIP per indicator: everything a reader needs to use and cite one indicator without
// the site: its values at every level (CSV), its metadata (JSON) and a README in Polish
// and English with the citation, licence and caveats. Deterministic: fixed entry order and
// the release date as every entry's date.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, VALUE_STATUSES, type FlagName } from '#core/cells.ts';
import { DEMO_NOTICE, FLAG_LEGEND, LICENCE_TEXT, PORTAL_NAME, SITE_URL, STATUS_LEGEND, zipDate } from '#core/download-files.ts';
import { formatNumber, withPercentSign, type Lang } from '#core/format.ts';
import { translator } from '#i18n/index.ts';
import { DATA_FILE, dataPath, indicatorPath } from '#core/urls.ts';
import { LEVELS, type Level } from '#core/territory.ts';
import { zip, type Deflate } from '#core/zip.ts';
import { aggregationText, flagsColumn, indicatorCsvHeader, statusColumn, type SourceInfo } from './downloads.ts';

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
    unitLabel: { pl: translator('pl')(`unit.${i.unit}`), en: translator('en')(`unit.${i.unit}`) },
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
    sources: Object.entries(input.sources).map(([id, s]) => ({
      id,
      title: s.title,
      ...(s.url && { url: s.url }),
      licence: s.licence,
      ...(s.kind && { kind: s.kind }),
    })),
    release: input.release,
    published: input.published,
    years: input.years,
    url: `${SITE_URL}${dataPath(input.release, DATA_FILE.indicatorZip(i.id))}`,
    page: `${SITE_URL}${indicatorPath(i.id, 'pl')}`,
    licence: LICENCE_TEXT,
    files: { [csvName(i.id)]: { columns: indicatorCsvHeader(i.id), encoding: 'UTF-8 with BOM', separator: ',', decimal: '.' } },
    statuses: { column: statusColumn(i.id), meaning: Object.fromEntries(VALUE_STATUSES.map((st) => [st, STATUS_LEGEND[st]])) },
    flags: Object.fromEntries((Object.keys(FLAG) as FlagName[]).map((f) => [f, FLAG_LEGEND[f]])),
    counts: Object.fromEntries(
      LEVELS.filter((l) => input.counts[l]).map((l) => [
        l,
        { ...input.counts[l]!, demoShare: Math.round(share(input.counts[l]!) * 1000) / 1000 },
      ]),
    ),
  };
}

function pct(x: number, lang: Lang): string {
  // A handful of demo cells must not read as "0%".
  if (x > 0 && x < 0.0005) return `< ${withPercentSign(formatNumber(0.1, lang, 1), lang)}`;
  return withPercentSign(formatNumber(x * 100, lang, 1, { trim: true }), lang);
}

export function indicatorReadme(input: IndicatorPackageInput): string {
  const i = input.indicator;
  const { release, published } = input;
  const url = `${SITE_URL}${dataPath(release, DATA_FILE.indicatorZip(i.id))}`;
  const levels = LEVELS.filter((l) => input.counts[l]);
  const y0 = input.years[0];
  const y1 = input.years.at(-1);
  const sources = Object.entries(input.sources);
  const lines = (lang: Lang) => {
    const t = translator(lang);
    const demoLines = levels.map((l) => {
      const n = input.counts[l]!;
      return t('indicatorReadme.demoShare', {
        level: t(`level.${l}`),
        share: pct(share(n), lang),
        demo: formatNumber(n.demo, lang),
        present: formatNumber(n.present, lang),
      });
    });
    const suppressed = levels.reduce((s, l) => s + input.counts[l]!.suppressed, 0);
    const changes =
      input.territorialChanges !== undefined
        ? t('indicatorReadme.territorialChanges', { count: formatNumber(input.territorialChanges, lang) })
        : '';
    return [
      `## ${t('indicatorReadme.language')}`,
      '',
      t('indicatorReadme.intro', { name: i.name[lang], id: i.id, release, from: String(y0), to: String(y1) }),
      '',
      i.description[lang],
      '',
      t('indicatorReadme.unit', { unit: t(`unit.${i.unit}`), unitId: i.unit, decimals: i.decimals }),
      t('indicatorReadme.levels', { levels: levels.map((l) => t(`level.${l}`)).join(', ') }),
      t('indicatorReadme.aggregation', { rule: aggregationText(i.aggregation) }),
      t('indicatorReadme.source', {
        name: i.source.name[lang],
        frequency: t(`frequency.${i.source.frequency}`),
        url: i.source.url ? `, ${i.source.url}` : '',
      }),
      ...(i.notes ? [t('indicatorReadme.notes', { notes: i.notes[lang] })] : []),
      '',
      `### ${t('indicatorReadme.files')}`,
      '',
      t('indicatorReadme.csvFile', {
        file: csvName(i.id),
        columns: indicatorCsvHeader(i.id)
          .map((c) => `\`${c}\``)
          .join(', '),
      }),
      t('indicatorReadme.metadataFile', { file: metadataName(i.id) }),
      '',
      `### ${t('indicatorReadme.statuses', { column: statusColumn(i.id) })}`,
      '',
      ...VALUE_STATUSES.map((st) => `- \`${st}\`: ${STATUS_LEGEND[st][lang]}`),
      '',
      `### ${t('indicatorReadme.flags', { column: flagsColumn(i.id) })}`,
      '',
      ...(Object.keys(FLAG) as FlagName[]).map((f) => `- \`${f}\`: ${FLAG_LEGEND[f][lang]}`),
      '',
      `### ${t('indicatorReadme.caveats')}`,
      '',
      `- ${DEMO_NOTICE[lang]}`,
      ...demoLines.map((l) => `  ${l}`),
      t('indicatorReadme.suppressed', { count: formatNumber(suppressed, lang) }),
      t('indicatorReadme.teryt', { changes }),
      '',
      `### ${t('indicatorReadme.licence')}`,
      '',
      LICENCE_TEXT[lang],
      '',
      ...sources.map(([id, s]) => `- \`${id}\`: ${s.title[lang]}${s.url ? `, ${s.url}` : ''} — ${s.licence}`),
      '',
      `### ${t('indicatorReadme.cite')}`,
      '',
      t('indicatorReadme.citation', { portal: PORTAL_NAME[lang], release, published, name: i.name[lang], id: i.id, url }),
      '',
    ];
  };
  return [
    `# ${i.id} — ${i.name.pl} / ${i.name.en}`,
    '',
    `${PORTAL_NAME.pl}, ${release}. [Polski](#polski) · [English](#english)`,
    '',
    ...lines('pl'),
    ...lines('en'),
  ].join('\n');
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
