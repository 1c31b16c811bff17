// URLs of the programme pages (issue 7), beside the portal's URL grammar in urls.ts:
//
//   /programy/                 all programmes compared      /en/programy/
//   /programy/<id>/            one programme                /en/programy/kpres/
//   /programy/<id>/#wskaznik-<indicator>   one indicator's details on it
//
// English keeps the Polish segment, as everywhere on the portal.
import type { Lang } from '#core/format.ts';
import { langPrefix } from '#core/urls.ts';

// With the build's base: /2023/programy/ in a release copy (src/core/base.ts).
const prefix = langPrefix;
export const PROGRAMMES_SEGMENT = 'programy';

export function programmesPath(lang: Lang): string {
  return `${prefix(lang)}/${PROGRAMMES_SEGMENT}/`;
}

export function programmePath(id: string, lang: Lang): string {
  return `${prefix(lang)}/${PROGRAMMES_SEGMENT}/${id}/`;
}

/** Anchor of an indicator's details on its programme page. */
export const indicatorAnchor = (id: string) => `wskaznik-${id}`;
