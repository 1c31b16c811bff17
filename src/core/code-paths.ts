// getStaticPaths for /<code>/ and /en/<code>/: every current territory code and every
// former code from the code history.
import { codeTargets, type CodeTarget } from './redirects.ts';
import { formerCodes, register } from '#build/site-data.ts';
import type { Lang } from '#i18n/i18n.ts';

let all: CodeTarget[] | undefined;

export function codeStaticPaths(lang: Lang) {
  all ??= codeTargets(register(), formerCodes());
  return all.filter((t) => t.lang === lang).map((target) => ({ params: { code: target.code }, props: { target } }));
}
