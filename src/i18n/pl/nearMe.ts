// Polish strings: "near me", the gmina at the browser's location (src/features/near-me/).
export const nearMe = {
  heading: 'Gmina, w której jesteś',
  button: 'Znajdź moją gminę',
  privacy:
    'Przeglądarka zapyta o zgodę na użycie położenia. Położenie jest używane tylko w tej przeglądarce: gminę wyszukuje ona sama w granicach gmin pobranych z portalu, a współrzędne nie są nigdzie wysyłane ani zapisywane.',
  locating: 'Ustalanie położenia…',
  searching: 'Szukanie gminy w granicach gmin…',
  found: 'To miejsce leży w gminie {name}. Otwieranie jej strony…',
  foundLink: 'Przejdź do strony: {name}',
  denied:
    'Bez zgody na użycie położenia nie można znaleźć gminy. Zgodę można dać w ustawieniach strony w przeglądarce albo wyszukać gminę po nazwie.',
  unavailable:
    'Przeglądarka nie podała położenia (usługa lokalizacji jest niedostępna lub nie odpowiedziała na czas). Spróbuj ponownie albo wyszukaj gminę po nazwie.',
  unsupported: 'Ta przeglądarka nie udostępnia położenia stronom. Wyszukaj gminę po nazwie.',
  outside: 'To miejsce ({lat}, {lon}) leży poza Polską, a portal obejmuje tylko gminy w Polsce.',
  failed: 'Nie udało się wczytać granic gmin. Spróbuj ponownie albo wyszukaj gminę po nazwie.',
  needsJs: 'Znajdowanie gminy według położenia wymaga JavaScriptu; można wyszukać gminę po nazwie.',
};
