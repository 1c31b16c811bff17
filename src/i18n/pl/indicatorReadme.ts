// Polish strings: the README.md of an indicator's ZIP (scripts/pipeline/download-indicator.ts),
// Markdown with both languages one after the other. Polish is the source language: the
// English file must have exactly these keys (src/i18n/en/indicatorReadme.ts, checked by the compiler).
export const indicatorReadme = {
  /** The section heading; the README's top line links to it as #polski / #english. */
  language: 'Polski',
  intro: '**{name}** (`{id}`) — wydanie {release}, lata {from}–{to}.',
  unit: '- Jednostka: {unit} (`{unitId}`), miejsca dziesiętne: {decimals}',
  levels: '- Poziomy: {levels}',
  aggregation: '- Agregacja (wyższy poziom z niższego): `{rule}`',
  /** {url}: ", https://…" or nothing. */
  source: '- Źródło: {name} ({frequency}){url}',
  notes: '- Uwagi: {notes}',
  files: 'Pliki',
  csvFile:
    '- `{file}`: wartości na wszystkich poziomach, jeden wiersz na jednostkę i rok; UTF-8 z BOM, przecinek, kropka dziesiętna. Kolumny: {columns}',
  metadataFile: '- `{file}`: definicja, jednostka, agregacja, źródła z licencjami, lata, legenda znaczników',
  /** The status word beside each value; demo data are never anything but demo there. */
  statuses: 'Status wartości (kolumna `{column}`, jedno słowo; dane demonstracyjne mają zawsze status `demo`)',
  flags: 'Znaczniki (kolumna `{column}`, łączone znakiem +)',
  caveats: 'Zastrzeżenia',
  /** A share below 0.05%, which must not read as "0%". */
  demoShare: '- {level}: {share} wartości to dane demonstracyjne ({demo} z {present})',
  suppressed:
    '- Dane niejawne (tajemnica statystyczna) mają pustą wartość i znacznik `suppressed`; to nie jest zero ani brak danych. Takich komórek w tym pliku: {count}. Wyższy poziom policzony z niejawnej wartości też jest niejawny.',
  /** {changes}: territorialChanges below, or nothing for a first release. */
  teryt:
    '- Kody TERYT i nazwy według rejestru TERC z 1 stycznia 2026 r. dla wszystkich lat: wartości jednostek zniesionych lub przekodowanych przypisano ich następcom (zob. data/geo/code-history.csv w repozytorium).{changes}',
  territorialChanges: ' Zmian terytorialnych w okresie tego wydania: {count} (changes.json).',
  licence: 'Licencja',
  cite: 'Jak cytować',
  citation: '{portal}, wydanie {release} ({published}), wskaźnik „{name}” ({id}). {url}',
};
