// Polish strings: the generated summary of a territory page (src/features/territory/narrative.ts).
// Counts arrive already formatted with their noun in the right form ({count}: "5 spółdzielni
// socjalnych"), nouns after "liczba"/"Najwięcej" in the genitive plural ({noun}). Some
// templates receive more parameters than this language needs (English uses {article},
// {short}). Polish is the source language: the English file must have exactly these keys
// (src/i18n/en/narrative.ts, checked by the compiler).
export const narrative = {
  /** Joins the last item of a list: "a, b i c". */
  and: ' i ',
  /** Joins the last of several changes, contrasting it: "…wzrosła o 3, a liczba … nie zmieniła się". */
  andContrast: ', a ',
  /** The article before an English kind label; unused in Polish. */
  article: '',
  articleVowel: '',
  /** One place in the list after a gmina's kind: {inside} is "w powiecie nowotarskim", {short} "powiat nowotarski". */
  gminaPlace: '{inside}',
  gmina: '{name} to {kind}.',
  gminaIn: '{name} to {kind} {places}.',
  powiat: 'Powiat {name} leży{where}{comprises}.',
  cityPowiat: '{name} to miasto na prawach powiatu{where}{comprises}.',
  /** {where} above: " w województwie małopolskim". */
  where: ' {inside}',
  /** {comprises} above: " i obejmuje 14 gmin". */
  comprises: ' i obejmuje {count}',
  /** A voivodeship or the country: {name} is its short name, capitalised. */
  comprisesAll: '{name} obejmuje {parts}.',
  populationCountry: 'W {year} r. Polska liczyła {count}.',
  populationVoivodeship: 'W {year} r. województwo liczyło {count}.',
  populationCityPowiat: 'W {year} r. miasto liczyło {count}.',
  populationPowiat: 'W {year} r. powiat liczył {count}.',
  populationGmina: 'W {year} r. gmina liczyła {count}.',
  /** The headline counts, all from one year / from different years (each then says its own). */
  latestInYear: 'Stan w {year} r.: {items}.',
  latest: 'Stan w ostatnim roku z danymi: {items}.',
  countInYear: '{count} ({year})',
  rose: 'liczba {noun} wzrosła o {by}{since}',
  fell: 'liczba {noun} spadła o {by}{since}',
  unchanged: 'liczba {noun} nie zmieniła się{since}',
  /** {since} above, when the changes are from different years. */
  since: ' (od {year} r.)',
  changesSince: 'W porównaniu z {year} r. {changes}.',
  changes: '{changes}.',
  /** One ratio in the comparison: its value, then the parent's or the country's. */
  comparedValue: '{name} ({value} wobec {other})',
  higher: 'Wyraźnie wyżej (o co najmniej {percent}) niż {where}: {items}.',
  lower: 'Wyraźnie niżej (o co najmniej {percent}) niż {where}: {items}.',
  noneDiffers: 'Żaden wskaźnik względny nie odbiega o {percent} lub więcej od wartości {where}.',
  /** {noun} is the level in the genitive plural: "gmin", "powiatów". */
  scopePowiat: '{noun} w powiecie',
  scopeVoivodeship: '{noun} w województwie',
  scopeCountry: '{noun} w kraju',
  highest: 'najwyższy',
  lowest: 'najniższy',
  nth: '{ordinal} co do wielkości',
  position: 'Wskaźnik „{name}” ({value}) jest tu {position} spośród {of} {scope}.',
  mostOne: 'Najwięcej {noun} ({year}): {names} — {n}.',
  mostEach: 'Najwięcej {noun} ({year}): {names} — po {n}.',
};
