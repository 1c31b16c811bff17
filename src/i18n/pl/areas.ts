// Polish strings: planning areas (/obszar/): NUTS 2 and NUTS 3 regions, OWES service areas and
// LAG areas. The English file must have exactly these keys (src/i18n/en/areas.ts).
export const areas = {
  indexTitle: 'Obszary planowania',
  indexIntro:
    'Regiony i obszary, według których planuje się i rozlicza wsparcie ekonomii społecznej: regiony NUTS 2 i podregiony NUTS 3 (grupy powiatów), obszary działania OWES (każdy akredytowany ośrodek obsługuje grupę powiatów) i obszary lokalnych grup działania (grupy gmin). Wartości obszaru są liczone z wartości jego powiatów lub gmin według tych samych reguł co dla powiatów i województw.',
  rules:
    'Liczby są sumowane; wskaźniki względne są liczone jako iloraz sum (np. liczba spółdzielni w obszarze na 10 tys. mieszkańców obszaru), a nie jako średnia wskaźników jednostek. Jeśli wartość choć jednej jednostki jest niejawna, wartość obszaru też jest niejawna; jeśli choć jednej brakuje, brakuje i wartości obszaru. Wartość obszaru jest oznaczona jako demonstracyjna, jeśli choć jedna wartość składowa jest demonstracyjna.',
  typePlural_nuts2: 'Regiony NUTS 2',
  typePlural_nuts3: 'Podregiony NUTS 3',
  typePlural_owes: 'Obszary działania OWES',
  typePlural_lgd: 'Obszary lokalnych grup działania (LGD)',
  mapLevel_nuts2: 'Regiony NUTS 2',
  mapLevel_nuts3: 'Podregiony NUTS 3',
  mapLevel_owes: 'Obszary OWES',
  mapLevel_lgd: 'Obszary LGD',
  type_nuts2: 'region NUTS 2',
  type_nuts3: 'podregion NUTS 3',
  type_owes: 'obszar działania OWES',
  type_lgd: 'obszar lokalnej grupy działania (LGD)',
  typeIntro_nuts2:
    'Regiony statystyczne Unii Europejskiej (NUTS 2021). W Polsce to województwa, z wyjątkiem mazowieckiego, podzielonego na region Warszawski stołeczny (PL91) i Mazowiecki regionalny (PL92). Region NUTS 2 wynika z kodu podregionu NUTS 3 (pierwsze cztery znaki).',
  typeIntro_nuts3:
    'Podregiony statystyczne (NUTS 2021, 73 w Polsce), grupy powiatów. Przyporządkowanie powiatów: Eurostat (GISCO, NUTS 2021) i GUS, plik data/sources/regions/powiat_nuts3_2021.csv.',
  typeIntro_owes:
    'Ośrodki Wsparcia Ekonomii Społecznej (OWES) działają na obszarach wyznaczonych przez samorząd województwa — grupach powiatów.',
  typeIntro_lgd: 'Lokalne grupy działania (LGD, w programie LEADER) obejmują grupy gmin; gmina należy do jednej LGD.',
  demoDefinitionTitle: 'Podział demonstracyjny',
  members_powiat: 'powiatów',
  members_gmina: 'gmin',
  demoDefinitionShort: 'przykładowe grupy {members} utworzone według stałej reguły, nie rzeczywiste obszary.',
  demoDefinition:
    'Ten podział na obszary jest demonstracyjny: portal nie ma publicznej listy tych obszarów w formie do odczytu maszynowego, więc portal pokazuje przykładowe grupy {members} utworzone według stałej reguły. Nie są to rzeczywiste obszary. Wszystkie liczby obszaru są oznaczone jako demonstracyjne. Rzeczywisty plik definicji ({file}, format opisany w data/README.md) zastępuje ten podział bez zmian w kodzie.',
  definitionFile: 'Plik definicji: {file}',
  realDefinition: 'Podział rzeczywisty',
  colArea: 'Obszar',
  colCode: 'Identyfikator',
  colMembers: 'Jednostki',
  colVoivodeship: 'Województwo',
  colStatus: 'Status podziału',
  statusDemo: 'demonstracyjny',
  statusReal: 'rzeczywisty',
  severalVoivodeships: 'kilka województw',
  areasCaption: '{type}: nazwa, liczba jednostek i województwo',
  kindLine: '{type} · identyfikator {id}',
  membersCaption: '{kind} obszaru {name}, z najważniejszymi liczbami ({year})',
  membersCount: 'Obszar obejmuje: {count}.',
  nutsEveryYear:
    'Podział NUTS 2021 jest tu stosowany do wszystkich lat, także tych, w których obowiązywała wcześniejsza wersja NUTS o innym podziale części regionów.',
  crossesVoivodeships: 'Obszar leży w kilku województwach, więc porównanie jest tylko z Polską.',
  downloadsHeading: 'Pobierz dane',
  onTheMap: '{type} na mapie wskaźnika (spółdzielnie socjalne; na stronie każdego wskaźnika)',
  downloadCsv: 'Wszystkie obszary typu „{type}” (CSV: wartości, status i flagi, wszystkie lata)',
  downloadJson: 'Dane tego obszaru (JSON)',
  allAreas: 'Wszystkie obszary planowania',
  description: '{name} ({type}): wskaźniki ekonomii społecznej obszaru, wydanie {release}.',
  indexDescription: 'Regiony NUTS 2 i NUTS 3, obszary OWES i LGD: wskaźniki ekonomii społecznej liczone z danych gmin i powiatów.',
  count: 'Liczba obszarów: {n}.',
};
