// UI strings of the downloads and releases page.
import type { Lang } from './i18n.ts';

const S = {
  title: { pl: 'Dane do pobrania i wydania', en: 'Downloads and releases' },
  intro: {
    pl: 'Wszystkie dane portalu w formatach do dalszej analizy. Adresy plików są stałe: skrypty mogą pobierać je bezpośrednio.',
    en: 'All data of the portal in formats for further analysis. File addresses are stable: scripts can download them directly.',
  },
  urls: { pl: 'Stałe adresy', en: 'Stable addresses' },
  urlsText: {
    pl: 'Każde wydanie ma swój katalog /data/<wydanie>/; pliki w nim nie zmieniają się po publikacji. Opis plików, jednostek, licencji i sumy kontrolne SHA-256 zawiera datapackage.json (Frictionless Data).',
    en: 'Each release has its own folder /data/<release>/; its files never change after publication. datapackage.json (Frictionless Data) describes every file, unit and licence, with SHA-256 checksums.',
  },
  release: { pl: 'Wydanie', en: 'Release' },
  latest: { pl: 'najnowsze', en: 'latest' },
  published: { pl: 'opublikowane', en: 'published' },
  years: { pl: 'lata', en: 'years' },
  file: { pl: 'Plik', en: 'File' },
  description: { pl: 'Zawartość', en: 'Contents' },
  size: { pl: 'Rozmiar', en: 'Size' },
  checksum: { pl: 'SHA-256 (początek)', en: 'SHA-256 (start)' },
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
  levelCsv: { pl: 'Wszystkie wskaźniki, poziom', en: 'All indicators, level' },
  levelJson: { pl: 'Wszystkie wskaźniki (JSON kolumnowy), poziom', en: 'All indicators (columnar JSON), level' },
  catalogue: { pl: 'Katalog wskaźników (JSON)', en: 'Indicator catalogue (JSON)' },
  register: { pl: 'Rejestr jednostek terytorialnych (JSON)', en: 'Territory register (JSON)' },
  datapackage: { pl: 'Opis pakietu danych (Frictionless)', en: 'Data package description (Frictionless)' },
  geo: { pl: 'Granice (TopoJSON), poziom', en: 'Boundaries (TopoJSON), level' },
  csvNote: {
    pl: 'Pliki CSV: UTF-8 z BOM, przecinek jako separator, kropka dziesiętna; dla każdego wskaźnika kolumna wartości i kolumna znaczników (demo, suppressed = dane niejawne, estimate, provisional, aggregated). Pusta wartość bez znacznika „suppressed” oznacza brak danych.',
    en: 'CSV files: UTF-8 with BOM, comma separator, decimal point; per indicator a value column and a flag column (demo, suppressed = confidential, estimate, provisional, aggregated). An empty value without "suppressed" means no data.',
  },
} as const;

export type DownloadsKey = keyof typeof S;
export const td = (lang: Lang, key: DownloadsKey): string => S[key][lang];
