// Polish strings: the programme pages. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/programme.ts, checked by the compiler).
export const programme = {
  navProgrammes: 'Programy',
  programmesTitle: 'Programy ekonomii społecznej',
  programmesIntro:
    'Krajowy Program Rozwoju Ekonomii Społecznej (KPRES) i regionalne programy rozwoju ekonomii społecznej (RPRES, po jednym w każdym województwie): cele, wskaźniki z wartościami bazowymi i docelowymi oraz ocena postępu z tych samych danych co reszta portalu.',
  programmesDemoIntro:
    'Na podstawie dokumentów opisujemy: {real}. Pozostałe województwa ({count}) mają programy demonstracyjne o tej samej budowie — nie są to dokumenty samorządów.',
  nationalProgramme: 'Program krajowy',
  regionalProgramme: 'Program regionalny',
  demoProgramme: 'program demonstracyjny',
  demoProgrammeNotice:
    'To program demonstracyjny: jego struktura, cele i wartości docelowe zostały wygenerowane automatycznie, aby pokazać, jak portal przedstawia postęp programu. To nie jest dokument samorządu województwa.',
  compareTitle: 'Programy regionalne na wspólnych wskaźnikach',
  compareIntro:
    'Status i pokonana część drogi od wartości bazowej do celu dla wskaźników, które występują w co najmniej dwóch programach. Programy mają różne okresy i cele, więc porównujemy postęp względem własnego celu każdego programu, a nie same wartości.',
  compareCaption: 'Postęp programów regionalnych i KPRES na wskaźnikach wspólnych dla co najmniej dwóch programów',
  compareNotInProgramme: 'nie ma w programie',
  colVoivodeship: 'Województwo',
  colProgramme: 'Program',
  colPeriod: 'Okres',
  colAllIndicators: 'Wszystkie wskaźniki programu',
  nationalRowGroup: 'Program krajowy',
  regionalRowGroup: 'Programy regionalne',
  allProgrammes: 'Wszystkie programy',
  // facts
  factTerritory: 'Obszar',
  factPeriod: 'Okres realizacji',
  factAdopted: 'Przyjęcie',
  factAmendments: 'Zmiany',
  factResponsible: 'Realizuje',
  factSources: 'Źródła',
  factAbout: 'O danych programu',
  factContext: 'Kontekst',
  resolution: 'uchwała nr {number}',
  // sections
  glance: 'Postęp w skrócie',
  glanceCaption: 'Wskaźniki programu: cel, ostatnia wartość i status',
  tree: 'Cele, priorytety i kierunki interwencji',
  treeIntro: 'Struktura programu; przy celach i priorytetach — ich wskaźniki ze statusem (szczegóły niżej).',
  treeEmpty: 'Źródło nie podaje struktury celów.',
  indicatorsHeading: 'Wskaźniki',
  indicatorsWholeProgramme: 'Wskaźniki programu jako całości',
  ruleHeading: 'Jak oceniamy postęp',
  ruleLink: 'Jak oceniamy postęp',
  // indicator facts
  colTarget: 'Cel',
  colLatest: 'Ostatnia wartość',
  colStatus: 'Status',
  colAttachedTo: 'Część programu',
  baseline: 'Wartość bazowa',
  target: 'Wartość docelowa',
  milestones: 'Kamienie milowe',
  latest: 'Ostatnia wartość',
  latestPortal: 'Dane portalu',
  progressLine: 'Postęp',
  projection: 'Prognoza na {year}',
  basis: 'Podstawa oceny',
  basisObservations: 'wartości opublikowane przez monitoring programu',
  basisSeries: 'seria wskaźnika z danych portalu',
  basisNone: 'brak danych',
  dataSource: 'Źródło danych',
  responsible: 'Odpowiada',
  notes: 'Uwagi',
  catalogueLink: 'Wskaźnik w katalogu',
  attachedTo: 'Część programu',
  wholeProgramme: 'program jako całość',
  yearAssumed: 'rok przyjęty — źródło go nie podaje',
  goalUnknown: 'poziom celu nieznany, bo brak wartości bazowej',
  goalLevel: 'czyli {value}',
  shareOfWay: '{pct} drogi od wartości bazowej do celu',
  shareNone: 'wartość bazowa już spełnia cel',
  shareAway: 'dalej od celu niż wartość bazowa: cofnięcie o {pct} drogi od wartości bazowej do celu',
  fromSeries: 'z danych portalu; monitoring programu nie publikuje nowszych wartości',
  judgedPeriod:
    'Statusy oceniają okres programu {from}–{to}: liczą się wartości po roku bazowym do roku docelowego — opublikowane przez monitoring programu, a po ich ostatnim roku także rzeczywiste wartości z danych portalu (nigdy demonstracyjne).',
  reachedEarlier: 'cel był spełniony w {year} r., potem utracony',
  finalResult: 'wynik w roku docelowym',
  laterValues: 'Wartości po roku docelowym ({years}) pokazujemy, ale nie zmieniają statusu.',
  statusFrom: 'Status z ostatniej wartości ({year}).',
  // chart
  chartTitle: '{name}: wartości i ścieżka do celu',
  chartAria: '{name} ({unit}): wartości zmierzone na tle ścieżki od wartości bazowej do celu w {year} r.',
  legendActualSeries: 'Wartości wskaźnika (dane portalu)',
  legendActualPublished: 'Wartości opublikowane przez program',
  legendPortalSeries: 'Ten sam wskaźnik w danych portalu',
  legendPath: 'Ścieżka od wartości bazowej do celu',
  legendGoal: 'Cel',
  legendProjection: 'Prognoza (linia trendu)',
  chartTable: 'Tabela danych wykresu',
  chartTableCaption: '{name} ({unit}): wartości, dane portalu i ścieżka do celu',
  colPublished: 'Opublikowana',
  colMeasured: 'Wartość',
  colPortal: 'Dane portalu',
  colPath: 'Ścieżka do celu',
  chartCsv: 'Pobierz dane (CSV)',
  noChart: 'Brak wartości do pokazania na wykresie.',
  // observations
  inPreparation: 'dane w opracowaniu',
  // territory pages
  programmeOfTerritory: 'Program województwa',
  programmeNational: 'Program krajowy',
  seeProgramme: 'Cały program: cele, wskaźniki i ocena postępu',
  territoryCaption: '{programme}: cele i stan {where}',
  contributionCaption: '{programme}: cele województwa i wkład: {name}',
  colRegionValue: 'Województwo',
  colThisTerritory: '{name}',
  colShareOfRegion: 'Udział w województwie',
  moreIndicators: 'i jeszcze {phrase} na stronie programu',
  noProgramme: 'Brak danych o programie rozwoju ekonomii społecznej tego województwa.',
  statusCountsLabel: 'Statusy wskaźników',
  lastCheck: 'Stan na wydanie danych {release}.',
  dataLink: 'Dane programu (JSON)',
  // page description (meta)
  pageDescription: '{title} ({period}): cele, wskaźniki, wartości bazowe i docelowe oraz ocena postępu.',
  // overview cells: "47 % drogi · cel 2023"
  compareShareWord: 'drogi',
  compareGoalWord: 'cel',
  // the goal tree
  directionsHeading: 'Kierunki interwencji',
  'node-main-goal': 'Cel główny',
  'node-area': 'Obszar',
  'node-priority': 'Priorytet',
  'node-specific-goal': 'Cel szczegółowy',
  'node-direction': 'Kierunek interwencji',
  // targets: "osiągnąć 1 600 podmiotów do 2023 r."
  'target-increase-by': 'wzrost o {value} do {year}\u00a0r.',
  'target-reach': 'osiągnąć {value} do {year}\u00a0r.',
  'target-keep-below': 'utrzymać poniżej {value} do {year}\u00a0r.',
  // a share or a value in per cent
  // statuses and why a status cannot be assessed
  'status-achieved': 'Osiągnięty',
  'status-on-track': 'Na dobrej drodze',
  'status-at-risk': 'Zagrożony',
  'status-off-track': 'Poza ścieżką',
  'status-unknown': 'Nie da się ocenić',
  'reason-no-baseline': 'brak wartości bazowej',
  'reason-no-data': 'brak danych od roku bazowego',
  'reason-suppressed': 'dane niejawne (tajemnica statystyczna)',
  'reason-data-in-preparation': 'dane w opracowaniu',
  // the rule; {points}, {atRisk} and {margin} come from the constants the computation uses
  ruleText:
    'Status liczymy tak samo dla każdego wskaźnika. Liczą się wartości z lat po roku bazowym, do roku docelowego włącznie; ' +
    'późniejsze pokazujemy, ale nie zmieniają statusu. Decyduje ostatnia z nich. ' +
    'Osiągnięty: ostatnia wartość spełnia cel (przy celu „utrzymać poniżej” — dopiero w roku docelowym); ' +
    'cel osiągnięty wcześniej, a potem utracony, nie jest osiągnięty. ' +
    'W przeciwnym razie przedłużamy do roku docelowego linię prostą dopasowaną do {points} ostatnich znanych wartości ' +
    '(wliczając wartość bazową, gdy pomiarów jest mniej): ' +
    'na dobrej drodze — prognoza osiąga cel; ' +
    'zagrożony — prognoza pokonuje co najmniej {atRisk} drogi od wartości bazowej do celu; ' +
    'poza ścieżką — mniej, albo rok docelowy już minął, a cel nie został osiągnięty. ' +
    'Gdy wartość bazowa już spełnia cel (np. przy „utrzymać poniżej”), zagrożony oznacza prognozę mijającą cel o nie więcej niż {margin} jego wartości. ' +
    'Brak danych, dane niejawne (tajemnica statystyczna) lub „dane w opracowaniu” w ostatnim roku dają status „nie da się ocenić” — nigdy „osiągnięty”.',
};
