// getStaticPaths for /wskaznik/<id>/ pages.
import { catalogue } from '#build/site-data.ts';
import { indicatorSlug } from './urls.ts';

export function indicatorStaticPaths() {
  return catalogue().map((indicator) => ({ params: { id: indicatorSlug(indicator.id) }, props: { indicator } }));
}
