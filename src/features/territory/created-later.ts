// The notice on the page of a gmina created after the release's first year: it did not
// exist yet in those years, so it has no values, and its area and people are in the
// figures of the gmina it was carved out of (linked). Pure; the page renders the parts.
import type { TerritoryFile, TerritoryRef } from '#core/data-types.ts';
import { formatDate, type Lang } from '#core/format.ts';
import { translator } from '#i18n/index.ts';

export interface CreatedLaterNotice {
  /** The sentence around the link: text before it and after it. */
  before: string;
  after: string;
  countedIn: TerritoryRef;
}

const LINK = '\u0000';

export function createdLaterNotice(file: TerritoryFile, lang: Lang): CreatedLaterNotice | undefined {
  const c = file.createdLater;
  const from = file.years[0];
  if (!c || from === undefined || c.year <= from) return undefined;
  const to = Math.min(c.year - 1, file.years.at(-1)!);
  const t = translator(lang);
  const params = { from, to, name: file.territory.name, date: formatDate(c.createdOn, lang), link: LINK };
  const text = t(to === from ? 'codeChange.notYetOneYear' : 'codeChange.notYet', params);
  const [before, after = ''] = text.split(LINK);
  return { before, after, countedIn: c.countedIn };
}
