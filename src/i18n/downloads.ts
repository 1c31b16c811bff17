// UI strings of the downloads and releases page.
import type { Lang } from './i18n.ts';
import { fillTemplate } from '#core/template.ts';

const S = {
  title: { pl: 'Dane do pobrania i wydania', en: 'Downloads and releases' },
  intro: {
    pl: 'Wszystkie dane portalu w formatach do dalszej analizy: CSV, XLSX, JSON, GeoJSON i pakiet ZIP dla każdego wskaźnika.',
    en: 'All data of the portal in formats for further analysis: CSV, XLSX, JSON, GeoJSON and a ZIP package for each indicator.',
  },
  urls: { pl: 'Stałe adresy', en: 'Stable addresses' },
  urlsText: {
    pl: 'Adresy plików są stałe, więc skrypty mogą pobierać je bezpośrednio. Każdy plik ma rozmiar i sumę kontrolną SHA-256; datapackage.json (Frictionless Data) opisuje pliki wydania, ich kolumny, jednostki, licencje i źródła.',
    en: 'File addresses are stable, so scripts can download them directly. Every file has its size and SHA-256 checksum; datapackage.json (Frictionless Data) describes the files of a release, their columns, units, licences and sources.',
  },
  urlRelease: {
    pl: 'pliki jednego wydania pod stałymi nazwami; poprawka danych zmienia plik w miejscu, razem z jego sumą kontrolną w datapackage.json',
    en: "one release's files under fixed names; a data fix changes a file in place, together with its checksum in datapackage.json",
  },
  urlLatest: {
    pl: 'kopia najnowszego wydania (teraz {latest}), bajt w bajt; po nowym wydaniu wskazuje na nie — dla skryptów, które zawsze chcą najnowszych danych',
    en: 'a byte-for-byte copy of the latest release (now {latest}); after a new release it holds that one — for scripts that always want the latest data',
  },
  urlGeo: { pl: 'aktualne granice, których używają mapy portalu', en: "the current boundaries the portal's maps use" },
  urlArchive: { pl: 'archiwum offline wydania: cały portal tego wydania do przeglądania bez internetu', en: "the release's offline archive: the whole portal of that release, browsable without the internet" },
  urlCopy: { pl: 'strony starszego wydania (najnowsze jest pod adresem głównym /)', en: 'the pages of an older release (the latest is at the site root /)' },
  urlPattern: { pl: 'Adres', en: 'Address' },
  urlMeaning: { pl: 'Co się pod nim znajduje', en: 'What it holds' },
  urlsCaption: { pl: 'Schemat adresów plików', en: 'File address scheme' },
  formats: { pl: 'Formaty', en: 'Formats' },
  formatsText: {
    pl: 'XLSX: arkusz „Dane” z tymi samymi kolumnami co CSV (liczby jako liczby, znaczniki słowami) i arkusz „Metadane” (wydanie, licencja, źródła, definicje i jednostki wskaźników). GeoJSON: WGS 84 zgodnie z RFC 7946, współrzędne zaokrąglone do 4 miejsc. ZIP wskaźnika: jego wartości na wszystkich poziomach (CSV), metadane (JSON) i README po polsku i angielsku ze sposobem cytowania.',
    en: 'XLSX: a sheet "Dane" (data) with the same columns as the CSV (numbers as numbers, flags as words) and a sheet "Metadane" (metadata: release, licence, sources, indicator definitions and units). GeoJSON: WGS 84 per RFC 7946, coordinates rounded to 4 decimals. Indicator ZIP: its values at every level (CSV), metadata (JSON) and a README in Polish and English with how to cite it.',
  },
  browse: { pl: 'Strony tego wydania', en: 'Pages of this release' },
  latestCopy: { pl: 'Te same pliki pod stałym adresem najnowszego wydania', en: 'The same files at the stable address of the latest release' },
  files: { pl: 'Pliki wydania', en: 'Files of release' },
  indicatorZips: { pl: 'Pakiety wskaźników (ZIP: CSV, metadane, README)', en: 'Indicator packages (ZIP: CSV, metadata, README)' },
  indicatorZipsCount: { pl: 'Pakiety wskaźników: {n}', en: 'Indicator packages: {n}' },
  archive: { pl: 'Archiwum offline', en: 'Offline archive' },
  archiveText: { pl: 'całe wydanie do przeglądania bez internetu (ZIP)', en: 'the whole release to browse without the internet (ZIP)' },
  archiveSizePending: { pl: 'po zbudowaniu archiwum', en: 'once the archive is built' },
  archiveShaPending: {
    pl: 'suma kontrolna zostanie wpisana przy budowie archiwum',
    en: 'the checksum is written when the archive is built',
  },
  geoLatest: { pl: 'Aktualne granice', en: 'Current boundaries' },
  release: { pl: 'Wydanie', en: 'Release' },
  latest: { pl: 'najnowsze', en: 'latest' },
  published: { pl: 'opublikowane', en: 'published' },
  years: { pl: 'lata', en: 'years' },
  file: { pl: 'Plik', en: 'File' },
  description: { pl: 'Zawartość', en: 'Contents' },
  size: { pl: 'Rozmiar', en: 'Size' },
  checksum: { pl: 'SHA-256', en: 'SHA-256' },
  changes: { pl: 'Co zmieniło się od poprzedniego wydania', en: 'What changed since the previous release' },
  noPrevious: { pl: 'To pierwsze wydanie: brak porównania.', en: 'This is the first release: nothing to compare.' },
  revisedReal: { pl: 'Zrewidowane wartości rzeczywiste za wcześniejsze lata', en: 'Real values revised for earlier years' },
  revisedDemo: { pl: 'Zmienione wartości demonstracyjne', en: 'Demonstration values changed' },
  newIndicators: { pl: 'Nowe wskaźniki', en: 'New indicators' },
  retiredIndicators: { pl: 'Wycofane wskaźniki', en: 'Retired indicators' },
  territorial: { pl: 'Zmiany terytorialne', en: 'Territorial changes' },
  none: { pl: 'brak', en: 'none' },
  byIndicator: { pl: 'Zmiany według wskaźnika', en: 'Changes by indicator' },
  indicator: { pl: 'Wskaźnik', en: 'Indicator' },
  real: { pl: 'rzeczywiste', en: 'real' },
  demo: { pl: 'demonstracyjne', en: 'demonstration' },
  changesCsv: { pl: 'Pełna lista zmian (CSV)', en: 'Full list of changes (CSV)' },
  level: { pl: 'Wszystkie wskaźniki, poziom', en: 'All indicators, level' },
  levelJson: { pl: 'JSON kolumnowy', en: 'columnar JSON' },
  catalogue: { pl: 'Katalog wskaźników', en: 'Indicator catalogue' },
  register: { pl: 'Rejestr jednostek terytorialnych', en: 'Territory register' },
  changesFile: { pl: 'Zmiany od poprzedniego wydania', en: 'Changes since the previous release' },
  datapackage: { pl: 'Opis pakietu danych (Frictionless)', en: 'Data package description (Frictionless)' },
  manifest: { pl: 'Lista wszystkich plików wydania z sumami kontrolnymi', en: 'List of every file of the release with checksums' },
  geo: { pl: 'Granice, poziom', en: 'Boundaries, level' },
  csvNote: {
    pl: 'Pliki CSV: UTF-8 z BOM, przecinek jako separator, kropka dziesiętna; dla każdego wskaźnika kolumna wartości i kolumna znaczników (demo, suppressed = dane niejawne, estimate, provisional, aggregated). Pusta wartość bez znacznika „suppressed” oznacza brak danych.',
    en: 'CSV files: UTF-8 with BOM, comma separator, decimal point; per indicator a value column and a flag column (demo, suppressed = confidential, estimate, provisional, aggregated). An empty value without "suppressed" means no data.',
  },
} as const;

export type DownloadsKey = keyof typeof S;
export const td = (lang: Lang, key: DownloadsKey, params: Record<string, string | number> = {}): string =>
  fillTemplate(S[key][lang], params);
