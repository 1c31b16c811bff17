// Methodology: the English text of the methodology page, the same passages as ./pl.ts. The
// figures it quotes come from the data; MethodologyPage.astro computes them.
import type { MethodologyText } from './text.ts';

export const methodologyEn: MethodologyText = {
  contents: 'Contents',
  headings: {
    zrodla: 'Data sources',
    podzial: 'Territorial division',
    agregacja: 'Aggregation: from gmina to country',
    iloraz: 'Ratio of sums, not a mean of ratios',
    niejawne: 'Confidential and missing values',
    demo: 'Demonstration data',
    rankingi: 'Ranks, maps and colour scales',
    dostep: 'Access to units and white spots',
    wydania: 'Data releases and revisions',
  },
  sources: {
    paragraphs: [
      'The portal combines public data: the Statistics Poland Local Data Bank (population), the TERYT register, GUS SDG indicators, and figures published by Statistics Poland, the ministry responsible for social security and the regional governments. Every value carries a source id; the full list with licences is in the release manifest.',
      'Real figures always win. Where a source publishes a value for a powiat, voivodeship or the country, that value replaces the sum of the lower level, and the pipeline compares the two and records any difference in the checks file.',
    ],
    caption: (release) => `Sources of release ${release}`,
    source: 'Source',
    licence: 'Licence',
    checks: 'Consistency checks (JSON)',
  },
  division: (n) =>
    `Areas and codes come from the TERC (TERYT) register: the country, ${n.voivodeships} voivodeships, ${n.powiats} powiats and ${n.gminas} gminas. A gmina code has 7 digits (including the gmina-kind digit), a powiat 4 and a voivodeship 2. Figures published under older codes (a change of gmina kind, powiat rights, mergers) are moved to the current codes with the code history before import; pages of former codes redirect to their successors.`,
  aggregation: {
    intro:
      'Powiat values are computed from gminas, voivodeship values from powiats and the national value from voivodeships — always by the rule in the indicator catalogue. The pipeline and the browser (when a visitor groups data) use the same rules, from one code module, so the numbers always agree.',
    rule: { sum: 'sum', ratio: 'ratio of sums', 'weighted-mean': 'weighted mean', none: 'not aggregated' },
    summary: 'The aggregation rule of each indicator',
    caption: 'Indicators, their units and aggregation rules',
    weight: 'weight',
  },
  ratio: {
    intro:
      'Relative indicators (per 10,000 inhabitants, shares, averages) of a powiat, voivodeship or the country are computed from the summed numerator and denominator. A mean of the gminas’ ratios would give a small gmina the same weight as a large city.',
    caption: 'Example: social cooperatives per 10,000 inhabitants in two gminas',
    area: 'Area',
    cooperatives: 'Cooperatives',
    inhabitants: 'Inhabitants',
    per10k: 'Per 10,000',
    gminaA: 'Gmina A',
    gminaB: 'Gmina B',
    together: 'Together — ratio of sums (what we compute)',
    meanOfRatios: 'Mean of ratios (wrong)',
    conclusion: (x) =>
      `${x.inhabitants} inhabitants have ${x.cooperatives} cooperatives, that is ${x.ratioOfSums} per 10,000; the mean of ratios (${x.meanOfRatios}) nearly doubles it.`,
  },
  confidential: [
    'Values under statistical confidentiality (typically where one or two entities operate in a gmina) are shown as “confidential” — never as 0 and never as missing. A total that includes even one confidential value is confidential too: leaving it out would understate the total, and showing the total would let readers work the value out.',
    '“No data” means the source gives no value (e.g. the years between surveys run every two years). If one gmina’s value is missing, the powiat total is missing too, not a partial sum. On the maps both states have their own hatching and their own legend entries.',
  ],
  demo: [
    'Where no public figure exists for an area and year, the portal shows demonstration data: generated deterministically (from a fixed seed, so every build gives the same numbers) and calibrated so that the gminas add up to the published national and voivodeship totals. They are not official statistics. Every page showing such values carries a visible notice; in tables they have a “demo” tag, in charts hollow dots. Demonstration data are released under CC0.',
    'When a table of real figures arrives, it replaces the demonstration values in the next release, with no change to the code. Each indicator’s page gives the share of demonstration values at every level.',
  ],
  ranks: {
    ranks:
      'Rank 1 is always the highest value, whether or not a high value is good; areas with equal published values share a rank (1, 2, 2, 4). Areas with no data or confidential data are not ranked.',
    maps: (x) =>
      `Maps use the Albers conic equal-area projection (standard parallels ${x.parallels[0]}° and ${x.parallels[1]}° N, central meridian ${x.meridian}° E, as in the PUWG 1992 grid), so an area’s size on the map matches its size on the ground. For counts and sums the colours form ${x.classes} classes from quantiles (or, on request, Jenks natural breaks) of all years together, so a colour means the same in every year. Relative indicators use a diverging scale around the value for Poland in the year shown (up to ${x.divergingClasses} classes each side). The palettes (ColorBrewer YlGnBu and PuOr) are legible with colour-vision deficiencies, and every map has a table with the same values beside it.`,
  },
  access: [
    "The access indicators (ACC_…) are computed by the portal from the entity directory as of 31 December of the release's latest year, for seven kinds of unit: CIS, KIS, ZAZ, WTZ, social cooperatives, social enterprises (entities holding the status on that day) and OWES offices. The directory gives no OWES office addresses, so their locations come from a file of their own (data/areas/owes-offices.csv: OWES area, office name, WGS84 latitude and longitude); until it exists, each OWES area has one demonstration office at the reference point of its most populous gmina, and distances to OWES offices are demo. Values exist for that year only: the directory has no history of the units. While the directory is the demonstration one, the units' locations are made up, and all these values are demo and marked so.",
    "A gmina's reference point is its centroid (d3-geo), or, where that lies outside the gmina (a rural gmina round a town, a crescent, islands), the grid point inside the gmina farthest from its boundary: the same point from which the directory places entities without coordinates. Population within gminas is not known, so it is not a population-weighted point. The distance is a straight line on the sphere (haversine, Earth radius 6,371.0088 km) to the unit's coordinates; units in other powiats and voivodeships count the same. The number of units \"within 25 km\" includes a distance of exactly 25 km; the counts within 10 and 50 km are in the release's access/access.csv.",
    'For a powiat, a voivodeship and Poland the value is the gminas\' mean weighted by their population (the "Population" indicator of the same year): the distance or number of units of an average resident. Distances and counts do not add up across gminas, so they are not summed. White spots are the gminas whose nearest unit is farther than the chosen distance; the change since the previous release compares the white spots computed the same way from that release\'s directory, on the same population.',
  ],
  releases: {
    policy: (x) =>
      `Data are published in annual releases. ${x.current ? 'The current release' : 'You are viewing an archived release (newer ones are in the current version of the portal); this release'} is ${x.release}, published ${x.published}: ${x.notes} The other releases (${x.others}) stay available at their own addresses, so a cited figure does not change. Each release has a manifest with file checksums, a list of changes since the previous one (revised values and territorial changes) and CSV downloads.`,
    corrections:
      'A correction goes into a new release rather than overwriting an old one; when citing, give the release number (each area page suggests a citation).',
  },
};
