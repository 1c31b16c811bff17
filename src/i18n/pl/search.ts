// Polish strings: the territory search (the search box on every page and the search page).
// Polish is the source language: the English file must have exactly these keys
// (src/i18n/en/search.ts, checked by the compiler). An area of its own, so the search
// island, which is on every page, ships only these strings.
export const search = {
  label: 'Szukaj gminy, powiatu lub województwa',
  placeholder: 'np. Nowy Targ, łódzkie, 1211092',
  submit: 'Szukaj',
  noResults: 'Brak wyników',
  results: 'Wyniki wyszukiwania',
  loading: 'Wczytywanie indeksu…',
  hint: 'Strzałki w górę i w dół wybierają wynik, Enter otwiera stronę.',
};
