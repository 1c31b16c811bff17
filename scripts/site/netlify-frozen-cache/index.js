// Keeps the store of frozen older releases (scripts/site/frozen-releases.ts) in Netlify's
// build cache, so that a routine deploy restores them instead of building them again.
// Restored before the build command, saved after it; a missing cache only costs time.
const STORE = 'node_modules/.cache/mes/frozen-releases';

export const onPreBuild = async ({ utils }) => {
  console.log((await utils.cache.restore(STORE)) ? `restored ${STORE}` : `no ${STORE} in the cache: older releases are built`);
};

export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(STORE);
};
