// Programme pages in Chromium. The status of every indicator on a programme page is
// checked against a computation written here from the rule's text (not the pipeline's
// src/features/programme/progress.ts), from the raw observations or catalogue series in the
// programme JSON; plus the KPRES published-vs-portal view, the overview, the links from
// territory pages, English, and the page structure (headings, tables, text badges).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatNumber } from '#core/format.ts';
import type { ProgrammeFile, ProgrammeIndex, ResolvedIndicator, ResolvedNode } from '#features/programme/programme.ts';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';
import { latestRelease } from './helpers/site-data.ts';

const DIR = path.join(process.cwd(), 'public', 'data', latestRelease(), 'programmes');
const programme = (id: string): ProgrammeFile => JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), 'utf8'));
const index = (): ProgrammeIndex => JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8'));

function indicatorsOf(p: ProgrammeFile): ResolvedIndicator[] {
  const out = [...p.indicators];
  const walk = (n: ResolvedNode) => {
    out.push(...n.indicators);
    n.children.forEach(walk);
  };
  p.tree.forEach(walk);
  return out;
}

/** The Polish labels as the page must print them. */
const LABEL_PL: Record<string, string> = {
  achieved: 'Osiągnięty',
  'on-track': 'Na dobrej drodze',
  'at-risk': 'Zagrożony',
  'off-track': 'Poza ścieżką',
  unknown: 'Nie da się ocenić',
};

type Pt = { year: number; value: number | null; hidden: boolean };

/** The values to rate, read independently from the raw JSON: published observations, else the catalogue series ÷ factor. */
function rawPoints(ind: ResolvedIndicator): Pt[] {
  if (ind.observations.length) {
    const observed: Pt[] = ind.observations.map((o) => ({
      year: o.year,
      value: o.status === 'published' ? o.value : null,
      hidden: o.status !== 'published',
    }));
    // Real (flags without demo 1 and suppressed 2) series values after the last observation count too.
    const lastYear = Math.max(...observed.map((o) => o.year));
    ind.series?.years.forEach((year, i) => {
      const v = ind.series!.v[i];
      if (year > lastYear && v !== null && ((ind.series!.f[i] ?? 0) & 3) === 0)
        observed.push({ year, value: v / ind.factor, hidden: false });
    });
    return observed;
  }
  if (!ind.series) return [];
  const out: Pt[] = [];
  ind.series.years.forEach((year, i) => {
    const v = ind.series!.v[i];
    const suppressed = ((ind.series!.f[i] ?? 0) & 2) !== 0;
    if (v === null && !suppressed) return;
    out.push({ year, value: suppressed ? null : v! / ind.factor, hidden: suppressed || v === null });
  });
  return out;
}

/**
 * The status rule as stated on the page: values after the baseline year up to the target
 * year count, the latest decides; achieved when it meets the goal ("keep below": only in
 * the target year); off track when the target year is in and missed; else a least-squares
 * line through the last 3 known values (with the baseline when fewer) extended to the
 * target year: on track when it meets the goal, at risk when it covers ≥ 75 % of the way
 * (or misses a goal the baseline already met by ≤ 25 % of the goal), off track below;
 * unknown without a needed baseline, without values, or when the latest is not published.
 */
function expectedStatus(ind: ResolvedIndicator): string {
  const { baseline: b, target: t } = ind;
  const goal = t.direction === 'increase-by' ? (b.value === null ? null : b.value + t.value) : t.value;
  const sense =
    t.direction === 'keep-below'
      ? -1
      : t.direction === 'increase-by'
        ? Math.sign(t.value) || 1
        : b.value === null
          ? null
          : t.value >= b.value
            ? 1
            : -1;
  if (goal === null || sense === null || (t.direction !== 'keep-below' && (b.value === null || b.year === null))) return 'unknown';
  const win = rawPoints(ind)
    .filter((p) => p.year > (b.year ?? -Infinity) && p.year <= t.year)
    .sort((x, y) => x.year - y.year);
  const last = win.at(-1);
  if (!last || last.hidden || last.value === null) return 'unknown';
  const meets = (v: number) => sense * (v - goal) >= -1e-9;
  const final = last.year >= t.year;
  if (meets(last.value) && (t.direction !== 'keep-below' || final)) return 'achieved';
  if (final) return 'off-track';
  const fit = win.filter((p) => !p.hidden && p.value !== null).slice(-3) as { year: number; value: number }[];
  if (fit.length < 3 && b.year !== null && b.value !== null) fit.unshift({ year: b.year, value: b.value });
  const n = fit.length;
  const mx = fit.reduce((s, p) => s + p.year, 0) / n;
  const my = fit.reduce((s, p) => s + p.value, 0) / n;
  const sxx = fit.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : fit.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0) / sxx;
  const projected = my + slope * (t.year - mx);
  const gap = sense * (goal - projected);
  if (gap <= 1e-9) return 'on-track';
  const distance = b.value === null ? 0 : sense * (goal - b.value);
  const scale = distance > 0 ? Math.abs(goal - b.value!) : Math.abs(goal) || 1;
  return gap / scale <= 0.25 + 1e-9 ? 'at-risk' : 'off-track';
}

/** The demo programme with the most different statuses, so the check covers as many as the data has. */
function richestDemo(): string {
  return index()
    .programmes.filter((p) => p.demo)
    .map((p) => ({ id: p.id, kinds: Object.values(p.statusCounts).filter((n) => n > 0).length }))
    .sort((a, b) => b.kinds - a.kinds || a.id.localeCompare(b.id))[0].id;
}

for (const id of ['kpres', 'slaskie-2016-2020', richestDemo()]) {
  test(`${id}: every indicator's status equals an independent computation from the programme JSON`, async ({ page }) => {
    const p = programme(id);
    await page.goto(`/programy/${id}/`);
    const inds = indicatorsOf(p);
    expect(inds.length).toBeGreaterThan(0);
    for (const ind of inds) {
      const expected = expectedStatus(ind);
      const article = page.locator(`article[data-indicator="${ind.id}"]`);
      const badge = article.getByTestId('status').first();
      await expect(badge, ind.id).toHaveAttribute('data-status', expected);
      // The status is in words, not colour alone.
      await expect(badge.locator('.status-label'), ind.id).toHaveText(LABEL_PL[expected]);
      // The at-a-glance table agrees.
      await expect(page.locator(`[data-testid="glance"] tr[data-indicator="${ind.id}"] [data-testid="status"]`)).toHaveAttribute(
        'data-status',
        expected,
      );
    }
    // The stated rule is on the page.
    await expect(page.getByTestId('status-rule')).toContainText('3 ostatnich znanych wartości');
    await expect(page.getByTestId('status-rule')).toContainText('75%');
  });
}

test('KPRES: the published figure beside this portal series, a chart with a text alternative and a data table', async ({ page }) => {
  const p = programme('kpres');
  const ind = p.indicators.find((i) => i.catalogue === 'PS_ACT')!;
  await page.goto('/programy/kpres/');
  await expect(page.locator('h1')).toHaveText(p.title.pl);
  const article = page.locator(`article[data-indicator="${ind.id}"]`);
  // The latest value: KPRES's own observation, or a later real (flags without demo 1 and
  // confidential 2) value of this portal's series up to the target year, which then counts.
  const obs = ind.observations[0];
  const s = ind.series!;
  const later = s.years
    .map((year, i) => ({ year, value: s.v[i], flags: s.f[i] ?? 0 }))
    .filter((x) => x.year > obs.year && x.year <= ind.target.year && x.value !== null && (x.flags & 3) === 0)
    .at(-1);
  const latest = later ? { year: later.year, value: later.value! / ind.factor } : { year: obs.year, value: obs.value! };
  await expect(article.getByTestId('latest')).toContainText(`(${latest.year})`);
  await expect(article.getByTestId('latest')).toContainText(formatNumber(latest.value, 'pl', ind.decimals));
  await expect(article.getByTestId('portal-latest')).toBeVisible();
  const svg = article.locator('svg.mes-chart');
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute('role', 'img');
  expect((await svg.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
  await article.locator('details summary').click();
  const table = article.locator('details table');
  await expect(table.locator('caption')).toBeVisible();
  await expect(table.locator('thead th')).toHaveText(['Rok', 'Opublikowana', 'Dane portalu', 'Ścieżka do celu']);
  await expect(table.locator(`tbody tr:has(th:text-is("${obs.year}")) td`).first()).toHaveText(
    formatNumber(obs.value!, 'pl', ind.decimals),
  );
  // KPRES is real, but its portal series is partly demo: the page says so.
  await expect(page.getByTestId('demo-banner')).toBeVisible();
});

test('a demo programme is visibly marked demo', async ({ page }) => {
  await page.goto('/programy/lubelskie-demo/');
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByTestId('demo-programme')).toContainText('program demonstracyjny');
  await expect(page.locator('.kind-line')).toContainText('program demonstracyjny');
});

test('the goal tree is nested lists with headings (Kujawsko-Pomorskie: 4 priorities, 11 specific goals, 33 directions)', async ({
  page,
}) => {
  await page.goto('/programy/kujawsko-pomorskie-2013-2020/');
  const tree = page.getByTestId('goal-tree');
  await expect(tree.locator('li.node-priority')).toHaveCount(4);
  await expect(tree.locator('li.node-specific-goal')).toHaveCount(11);
  await expect(tree.locator('ul.directions > li')).toHaveCount(33);
  await expect(tree.locator('li.node-main-goal > h3')).toHaveCount(1);
  await expect(tree.locator('li.node-priority > h4')).toHaveCount(4);
  await expect(tree.locator('li.node-specific-goal > h5')).toHaveCount(11);
  // No baseline in the source: the status cannot be assessed, and the page says why.
  await expect(page.locator('article[data-indicator="pes-employment"]')).toContainText('brak wartości bazowej');
});

test('overview: KPRES and all 16 voivodeships, each cell linking to the indicator on its programme page', async ({ page }) => {
  const idx = index();
  await page.goto('/programy/');
  const table = page.getByTestId('compare');
  await expect(table.locator('caption')).toBeVisible();
  await expect(table.locator('tbody tr[data-programme]')).toHaveCount(idx.programmes.length);
  const demo = idx.programmes.find((p) => p.demo && p.shared.PS_ACT)!;
  const cell = table.locator(`tr[data-programme="${demo.id}"] td[data-indicator="PS_ACT"]`);
  await expect(cell.getByTestId('status')).toHaveAttribute('data-status', demo.shared.PS_ACT.status);
  await cell.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`/programy/${demo.id}/#wskaznik-${demo.shared.PS_ACT.indicator}$`));
  await expect(page.locator(`#wskaznik-${demo.shared.PS_ACT.indicator}`)).toBeInViewport();
});

test('a voivodeship page links to its programme; a gmina page shows its contribution', async ({ page }) => {
  const entry = index().programmes.find((p) => p.territory.code === '24')!;
  await page.goto('/wojewodztwo/24-slaskie/');
  const box = page.getByTestId('territory-programme');
  await expect(box).toHaveAttribute('data-programme', entry.id);
  await box.getByRole('link', { name: entry.title.pl }).click();
  await expect(page).toHaveURL(new RegExp(`/programy/${entry.id}/$`));

  await page.goto('/gmina/1211092-nowy-targ/');
  const gbox = page.getByTestId('territory-programme');
  await expect(gbox.locator('caption')).toContainText('Nowy Targ');
  await expect(gbox.locator('tbody tr').first()).toBeVisible();
});

test('English: same path under /en/, statuses in English', async ({ page }) => {
  await page.goto('/en/programy/kpres/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('status-rule')).toContainText('Every indicator is rated by the same rule');
  await expect(page.locator('[data-testid="glance"] .status-label').first()).toHaveText(
    /^(Achieved|On track|At risk|Off track|Cannot be assessed)$/,
  );
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/programy\/kpres\/$/);
});

test('keyboard: the at-a-glance link moves to the indicator details, focus is visible', async ({ page }) => {
  await page.goto('/programy/slaskie-2016-2020/');
  const link = page.locator('[data-testid="glance"] tbody th a').first();
  await link.focus();
  await expect(link).toBeFocused();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#wskaznik-/);
});

// The accessibility gate (a11y.e2e.ts) covers /programy/ and KPRES; these add the other
// kinds of programme page: a demo programme, a real one with demo targets and a
// confidential or in-preparation value, and a deep goal tree with no values at all —
// with every chart's data table open.
for (const id of ['lubelskie-demo', 'slaskie-2016-2020', 'kujawsko-pomorskie-2013-2020']) {
  for (const prefix of ['', '/en']) {
    test(`axe WCAG 2.1 AA: programme page ${prefix}/programy/${id}/ with data tables open`, async ({ page }) => {
      await page.goto(`${prefix}/programy/${id}/`, { waitUntil: 'networkidle' });
      for (const summary of await page.locator('article details summary').all()) await summary.click();
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
}
