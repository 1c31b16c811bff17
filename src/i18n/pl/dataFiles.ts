// Polish strings written into the download files (src/core/download-files.ts): the portal's
// name, the licence, the demonstration-data notice and what each flag means. The files
// carry both languages side by side. Polish is the source language: the English file must
// have exactly these keys (src/i18n/en/dataFiles.ts, checked by the compiler).
export const dataFiles = {
  portalName: 'Monitor Ekonomii Społecznej',
  licence:
    'Zestawienie: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); każde źródło zachowuje własną licencję (zob. źródła); dane demonstracyjne: CC0.',
  demoNotice:
    'Tam, gdzie brak danych publicznych, wartości są danymi demonstracyjnymi (znacznik „demo”), generowanymi deterministycznie. To nie są statystyki publiczne i nie należy ich cytować jako takich.',
  'flag-demo': 'dane demonstracyjne, wygenerowane w miejsce brakujących danych publicznych — to nie są statystyki publiczne',
  'flag-suppressed': 'dane niejawne (tajemnica statystyczna): wartość pusta, to nie jest zero ani brak danych',
  'flag-estimate': 'szacunek',
  'flag-provisional': 'dane wstępne',
  'flag-aggregated': 'obliczone przez portal z wartości jednostek niższego poziomu (suma, iloraz sum lub średnia ważona)',
  /** The status word written beside every value (column <ID>_status). */
  'status-real': 'dane rzeczywiste ze źródła publicznego (lub obliczone wyłącznie z takich danych)',
  'status-demo': 'dane demonstracyjne — to nie są statystyki publiczne; nie cytować jako takich',
  'status-estimate': 'szacunek źródła',
  'status-provisional': 'dane wstępne źródła',
  'status-confidential': 'dane niejawne (tajemnica statystyczna): wartość pusta, to nie jest zero',
  'status-missing': 'brak danych',
  statusConvention:
    'Obok każdej kolumny wartości <ID> jest kolumna <ID>_status z jednym słowem: real, demo, estimate, provisional, confidential albo missing (dane demonstracyjne mają zawsze status demo, nawet gdy są też szacunkiem), oraz kolumna <ID>_flags ze wszystkimi znacznikami.',
  xlsxDemoStyle:
    'W arkuszu „Dane” komórki z danymi demonstracyjnymi mają jasnożółte tło (kolor danych demonstracyjnych na stronie), a obok każdej wartości jest jej status.',
};
