// Polish strings: the data coverage page (/dane/pokrycie/). Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/coverage.ts, checked by the compiler).
export const coverage = {
  title: 'Pokrycie danych',
  intro:
    'Ile wartości wydania {release} to dane rzeczywiste, a ile demonstracyjne, niejawne lub brakujące — dla każdego wskaźnika, poziomu podziału terytorialnego i roku.',
  definitions:
    'Wartość rzeczywista pochodzi z opublikowanego źródła (GUS, ministerstwo, samorząd). Szacunki i dane wstępne z takich źródeł liczą się jako rzeczywiste; ich liczbę podajemy osobno w podsumowaniu. Wartość demonstracyjna jest wygenerowana przez portal i nie jest statystyką publiczną. Wartość niejawna jest objęta tajemnicą statystyczną; brakująca — nie ma jej w żadnym źródle. Udział to część wszystkich jednostek danego poziomu w danym roku.',
  summaryHeading: 'W skrócie',
  levelSummary:
    '{level}: {real} wartości to dane rzeczywiste, {demo} demonstracyjne, {confidential} niejawne, {missing} brakujące (razem {total} wartości, wszystkie wskaźniki i lata).',
  estimates: 'Wśród danych rzeczywistych: szacunki {estimate}, dane wstępne {provisional}.',
  howToRead:
    'W każdej komórce: odsetek wartości rzeczywistych (liczba, a kolor tła według legendy); pod nim odsetek wartości niejawnych i brakujących, jeśli są. Reszta to dane demonstracyjne. Tabela przewija się w poziomie.',
  legendHeading: 'Legenda kolorów: odsetek danych rzeczywistych',
  class0: '0 % — brak danych rzeczywistych',
  class1: 'powyżej 0 %, poniżej 25 %',
  class2: 'od 25 % do poniżej 50 %',
  class3: 'od 50 % do poniżej 75 %',
  class4: 'od 75 % do poniżej 100 %',
  class5: '100 % — wszystkie wartości rzeczywiste',
  headingCountry: 'Kraj',
  headingVoivodeship: 'Województwa',
  headingPowiat: 'Powiaty',
  headingGmina: 'Gminy',
  caption: '{level}: odsetek danych rzeczywistych według wskaźnika i roku, wydanie {release}',
  indicator: 'Wskaźnik',
  sources: 'Źródła danych rzeczywistych',
  noRealSources: 'brak danych rzeczywistych',
  confidential: 'niejawne {share}',
  missing: 'brak {share}',
  file: 'Te same liczby do pobrania (JSON, liczby wartości według statusu i źródła):',
  linkIndicator: 'Pokrycie danych: ile wartości każdego wskaźnika to dane rzeczywiste',
  linkDownloads:
    'Pokrycie danych: odsetek wartości rzeczywistych, demonstracyjnych, niejawnych i brakujących według wskaźnika, poziomu i roku',
};
