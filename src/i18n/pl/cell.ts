// Polish strings: the words inside table cells (estimate and provisional tags, change
// since a year, ranks), shared by build-time tables and the map island. Polish is the source
// language: src/i18n/en/cell.ts must have exactly these keys.
export const cell = {
  estimate: 'szacunek',
  provisional: 'dane wstępne',
  changeSince: 'od {year}',
  rankOf: '{rank} z {of} {noun} {where}',
  inThePowiat: 'w powiecie',
  inTheVoivodeship: 'w województwie',
  inCountry: 'w kraju',
  /** Beside a total (or ratio of totals) computed from real and demonstration values of the territories below. */
  mixed: 'wyliczone z danych rzeczywistych i demonstracyjnych',
};
