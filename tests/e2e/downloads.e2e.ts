// The downloads page on the built site: every file it links is served, each file a
// release's datapackage.json describes is served with exactly the bytes its sha256 and
// size say, the page offers every one of them, and /data/latest/ is the latest release.
// The offline archives are built by `npm run archive` after the site; their links are
// checked only where the archive exists in the build.
import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { builtFile } from './helpers/a11y-pages.ts';

interface Resource {
  path: string;
  bytes: number;
  hash: string;
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

async function links(page: Page, url: string): Promise<{ data: string[]; archives: string[] }> {
  await page.goto(url);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return {
    data: [...new Set(hrefs.filter((h) => h.startsWith('/data/')))],
    archives: [...new Set(hrefs.filter((h) => h.startsWith('/archiwum/')))],
  };
}

async function releases(request: APIRequestContext): Promise<{ latest: string; releases: string[] }> {
  const res = await request.get('/data/releases.json');
  expect(res.status()).toBe(200);
  return res.json();
}

for (const url of ['/dane/', '/en/dane/']) {
  test(`every download link on ${url} is served`, async ({ page }) => {
    test.setTimeout(180_000);
    const { data, archives } = await links(page, url);
    const { releases: ids } = await releases(page.request);
    // Per release at least: 4 levels × (CSV, XLSX, JSON) + catalogue ×2 + register + 8 geo + datapackage + manifest, and the zips.
    expect(data.length).toBeGreaterThan(ids.length * 20);
    for (const href of data) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    expect(archives.length).toBe(ids.length);
    for (const href of archives) {
      if (!builtFile(href)) {
        test.info().annotations.push({ type: 'skipped', description: `${href}: no archive in this build (npm run archive)` });
        continue;
      }
      const res = await page.request.head(href);
      expect(res.status(), href).toBe(200);
    }
    // Each archive row carries both placeholders the archive step fills in.
    for (const id of ids) {
      await expect(page.locator(`[data-archive-size="${id}"]`)).toHaveCount(1);
      await expect(page.locator(`[data-archive-sha256="${id}"]`)).toHaveCount(1);
    }
  });
}

test('each file of each release datapackage is served with its sha256 and size, and listed on the page', async ({ page }) => {
  test.setTimeout(300_000);
  const { releases: ids } = await releases(page.request);
  const onPage = new Set((await links(page, '/dane/')).data);
  for (const id of ids) {
    const pkg = (await (await page.request.get(`/data/${id}/datapackage.json`)).json()) as { resources: Resource[] };
    expect(pkg.resources.length).toBeGreaterThan(20);
    for (const r of pkg.resources) {
      const href = `/data/${id}/${r.path}`;
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      const body = await res.body();
      expect(`sha256:${sha256(body)}`, href).toBe(r.hash);
      expect(body.length, href).toBe(r.bytes);
      expect(onPage.has(href), `${href} is listed on /dane/`).toBe(true);
    }
  }
});

test('/data/latest/ serves the latest release: same datapackage, same bytes', async ({ page }) => {
  test.setTimeout(180_000);
  const { latest } = await releases(page.request);
  const mine = await (await page.request.get(`/data/${latest}/datapackage.json`)).body();
  const alias = await page.request.get('/data/latest/datapackage.json');
  expect(alias.status()).toBe(200);
  expect((await alias.body()).equals(mine)).toBe(true);
  const manifest = await page.request.get('/data/latest/manifest.json');
  expect((await manifest.body()).equals(await (await page.request.get(`/data/${latest}/manifest.json`)).body())).toBe(true);
  for (const r of (JSON.parse(mine.toString('utf8')) as { resources: Resource[] }).resources) {
    const res = await page.request.get(`/data/latest/${r.path}`);
    expect(res.status(), r.path).toBe(200);
    expect(`sha256:${sha256(await res.body())}`, r.path).toBe(r.hash);
  }
});

test('/dane/ describes territorial changes in sentences and says when a release covers other years', async ({ page }) => {
  await page.goto('/dane/');
  const changes = page.locator('li[data-change]');
  expect(await changes.count()).toBeGreaterThan(0);
  const texts = await changes.allTextContents();
  for (const text of texts) expect(text).not.toMatch(/^\s*(kind-change|created|recoded|renamed|merged|abolished):/);
  expect(texts.some((s) => /zmiana rodzaju gminy/.test(s))).toBe(true);
  await expect(page.getByTestId('years-differ').first()).toContainText('2015–2024');
  await expect(page.getByTestId('years-differ').first()).toContainText('2014–2023');
});
