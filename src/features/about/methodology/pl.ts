// Metodologia: the Polish text of the methodology page. The figures it quotes (counts, the
// worked example, the release) come from the data; MethodologyPage.astro computes them.
import type { MethodologyText } from './text.ts';

export const methodologyPl: MethodologyText = {
  contents: 'Spis treści',
  headings: {
    zrodla: 'Źródła danych',
    podzial: 'Podział terytorialny',
    agregacja: 'Agregacja: od gminy do kraju',
    iloraz: 'Iloraz sum, nie średnia ilorazów',
    niejawne: 'Dane niejawne i brak danych',
    demo: 'Dane demonstracyjne',
    rankingi: 'Rankingi, mapy i skale barw',
    dostep: 'Dostępność jednostek i białe plamy',
    wydania: 'Wydania danych i poprawki',
  },
  sources: {
    paragraphs: [
      'Portal łączy dane publiczne: Bank Danych Lokalnych GUS (ludność), rejestr TERYT, wskaźniki SDG GUS, liczby opublikowane przez GUS, ministerstwo właściwe do spraw zabezpieczenia społecznego i samorządy województw. Każda wartość ma identyfikator źródła; pełna lista z licencjami jest w manifeście wydania.',
      'Dane rzeczywiste mają zawsze pierwszeństwo. Jeśli źródło publikuje wartość dla powiatu, województwa lub kraju, ta wartość zastępuje sumę z niższych poziomów, a potok danych porównuje obie i zapisuje różnice w pliku kontroli.',
    ],
    caption: (release) => `Źródła wydania ${release}`,
    source: 'Źródło',
    licence: 'Licencja',
    checks: 'Kontrole zgodności (JSON)',
  },
  division: (n) =>
    `Jednostki i kody pochodzą z rejestru TERC (TERYT): kraj, ${n.voivodeships} województw, ${n.powiats} powiatów i ${n.gminas} gmin. Kod gminy ma 7 cyfr (z cyfrą rodzaju gminy), powiatu 4, województwa 2. Dane opisane dawnymi kodami (zmiana rodzaju gminy, nadanie praw powiatu, połączenia) są przed importem przenoszone na kody bieżące według historii zmian; strony dawnych kodów przekierowują do jednostek, które je zastąpiły.`,
  aggregation: {
    intro:
      'Wartości powiatów liczone są z gmin, województw z powiatów, a kraju z województw — zawsze według reguły zapisanej w katalogu wskaźników. Te same reguły (jeden moduł kodu) stosuje potok danych i przeglądarka, gdy użytkownik grupuje dane samodzielnie, więc liczby są zawsze takie same.',
    rule: { sum: 'suma', ratio: 'iloraz sum', 'weighted-mean': 'średnia ważona', none: 'bez agregacji' },
    summary: 'Reguła agregacji każdego wskaźnika',
    caption: 'Wskaźniki, ich jednostki i reguły agregacji',
    weight: 'waga',
  },
  ratio: {
    intro:
      'Wskaźniki względne (na 10 tys. mieszkańców, odsetki, średnie) dla powiatu, województwa i kraju liczone są z zsumowanego licznika i mianownika. Średnia wskaźników gmin dawałaby małym gminom taką samą wagę jak dużym miastom.',
    caption: 'Przykład: spółdzielnie socjalne na 10 tys. mieszkańców w dwóch gminach',
    area: 'Jednostka',
    cooperatives: 'Spółdzielnie',
    inhabitants: 'Mieszkańcy',
    per10k: 'Na 10 tys.',
    gminaA: 'Gmina A',
    gminaB: 'Gmina B',
    together: 'Razem — iloraz sum (tak liczymy)',
    meanOfRatios: 'Średnia ilorazów (błędnie)',
    conclusion: (x) =>
      `Na ${x.inhabitants} mieszkańców przypadają ${x.cooperatives} spółdzielnie, czyli ${x.ratioOfSums} na 10 tys.; średnia ilorazów (${x.meanOfRatios}) prawie dwukrotnie zawyża wynik.`,
  },
  confidential: [
    'Wartości objęte tajemnicą statystyczną (zwykle gdy w gminie działa jeden lub dwa podmioty) są oznaczone jako „dane niejawne” — nigdy jako 0 ani jako brak danych. Suma, do której wchodzi choć jedna wartość niejawna, też jest niejawna: pominięcie jej zaniżyłoby sumę, a pokazanie — pozwoliłoby ją odtworzyć.',
    '„Brak danych” oznacza, że źródło nie podaje wartości (np. w latach bez badania przy badaniach co dwa lata). Jeśli brakuje wartości choć jednej gminy, suma dla powiatu też jest brakiem danych, a nie sumą częściową. Na mapach oba stany mają własne kreskowanie i własne pozycje legendy.',
  ],
  demo: [
    'Tam, gdzie nie ma danych publicznych dla danej jednostki i roku, portal pokazuje dane demonstracyjne: generowane deterministycznie (z ustalonego ziarna, więc każda budowa daje te same liczby) i skalibrowane tak, by sumy gmin zgadzały się z opublikowanymi sumami krajowymi i wojewódzkimi. To nie są statystyki publiczne. Każda strona, na której są takie wartości, ma widoczne ostrzeżenie, w tabelach mają znacznik „demo”, na wykresach — puste kółka. Dane demonstracyjne są udostępnione na licencji CC0.',
    'Gdy pojawi się tabela z danymi rzeczywistymi, zastępuje ona dane demonstracyjne w kolejnym wydaniu — bez zmian w kodzie. Udział danych demonstracyjnych na każdym poziomie podaje strona każdego wskaźnika.',
  ],
  ranks: {
    ranks:
      'Pozycja 1 to zawsze najwyższa wartość, niezależnie od tego, czy wysoka wartość jest korzystna; jednostki o równych opublikowanych wartościach dzielą pozycję (1, 2, 2, 4). Jednostki bez danych i z danymi niejawnymi nie są klasyfikowane.',
    maps: (x) =>
      `Mapy używają odwzorowania stożkowego równopolowego Albersa (równoleżniki ${x.parallels[0]}° i ${x.parallels[1]}° N, południk środkowy ${x.meridian}° E, jak w układzie PUWG 1992), więc powierzchnia jednostki na mapie odpowiada jej powierzchni w terenie. Dla liczebności i sum barwy tworzą ${x.classes} klas wyznaczonych kwantylami (lub, do wyboru, przedziałami naturalnymi Jenksa) ze wszystkich lat naraz — kolor znaczy to samo w każdym roku. Dla wskaźników względnych skala jest rozbieżna wokół wartości dla Polski w danym roku (do ${x.divergingClasses} klas po każdej stronie). Palety (ColorBrewer YlGnBu i PuOr) są czytelne dla osób z zaburzeniami widzenia barw, a każda mapa ma obok tabelę z tymi samymi wartościami.`,
  },
  access: [
    'Wskaźniki dostępności (ACC_…) liczy portal z katalogu podmiotów na 31 grudnia ostatniego roku wydania, dla siedmiu rodzajów jednostek: CIS, KIS, ZAZ, WTZ, spółdzielni socjalnych, przedsiębiorstw społecznych (podmiotów ze statusem w tym dniu) i biur OWES. Katalog nie podaje adresów biur OWES, więc ich położenie pochodzi z osobnego pliku (data/areas/owes-offices.csv: obszar OWES, nazwa biura, szerokość i długość geograficzna WGS84); dopóki go nie ma, każdy obszar OWES ma jedno demonstracyjne biuro w punkcie odniesienia swojej najludniejszej gminy, a odległości do biur OWES są demonstracyjne. Wartości są tylko dla tego roku: katalog nie ma historii jednostek. Dopóki katalog jest demonstracyjny, położenie jednostek jest zmyślone, a wszystkie te wartości są demonstracyjne i tak oznaczone.',
    'Punkt odniesienia gminy to jej środek ciężkości (d3-geo), a gdy leży poza gminą (gmina wiejska wokół miasta, kształt sierpa, wyspy) — punkt siatki wewnątrz gminy najdalej od jej granicy; ten sam punkt, od którego katalog rozmieszcza podmioty bez współrzędnych. Ludności wewnątrz gmin nie znamy, więc nie jest to punkt ważony ludnością. Odległość to linia prosta po kuli (wzór haversine, promień Ziemi 6371,0088 km) do współrzędnych jednostki; jednostki z innych powiatów i województw liczą się tak samo. Liczba jednostek „w promieniu 25 km” obejmuje odległość równą 25 km; liczby w promieniu 10 i 50 km są w pliku access/access.csv wydania.',
    'Dla powiatu, województwa i Polski wartością jest średnia z gmin ważona ich ludnością (wskaźnik „Ludność” tego samego roku) — odległość lub liczba jednostek przeciętnego mieszkańca. Odległości i liczby nie sumują się między gminami, więc nie są sumą. Białe plamy to gminy, w których najbliższa jednostka jest dalej niż wybrana odległość; zmiana od poprzedniego wydania porównuje białe plamy policzone tak samo z katalogu tamtego wydania, na tej samej ludności.',
  ],
  releases: {
    policy: (x) =>
      `Dane publikowane są w rocznych wydaniach. ${x.current ? 'Bieżące wydanie' : 'Przeglądasz wydanie archiwalne (nowsze są w bieżącej wersji portalu); to wydanie'} to ${x.release}, opublikowane ${x.published}: ${x.notes} Pozostałe wydania (${x.others}) pozostają dostępne pod własnymi adresami, więc cytowana liczba się nie zmienia. Każde wydanie ma manifest z sumami kontrolnymi plików, listę zmian względem poprzedniego (poprawki wartości i zmiany podziału terytorialnego) i pliki CSV do pobrania.`,
    corrections:
      'Poprawka błędu w danych trafia do nowego wydania, a nie nadpisuje starego; cytując, podaj numer wydania (podpowiedź jest na każdej stronie jednostki).',
  },
};
