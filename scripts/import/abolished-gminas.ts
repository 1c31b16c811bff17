// A gmina abolished and split between neighbours (Ostrowice, 1 January 2019) has no
// single successor, so for the years it existed its people are in no current gmina's
// figures, yet they were in its powiat's, voivodeship's and country's. For those years
// its powiat gets a row of its own: the BDL sum of every gmina the powiat then had. A
// territory's own figure wins over the sum of its children (the pipeline lists the
// difference in checks.json), so the people are carried up to the voivodeship and Poland.

interface Row {
  code: string;
  year: number;
  indicator: string;
}

/** Powiat rows (from figures summed by powiat) for each powiat and year in which an abolished gmina has figures. */
export function powiatRowsForAbolished<R extends Row>(abolished: readonly Row[], byPowiat: readonly R[]): R[] {
  const need = new Set(abolished.map((r) => `${r.code.slice(0, 4)}|${r.year}|${r.indicator}`));
  return byPowiat.filter((r) => r.code.length === 4 && need.has(`${r.code}|${r.year}|${r.indicator}`));
}
