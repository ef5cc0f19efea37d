import { expect, test } from '@playwright/test';
import { cohorts as cohortTable, query, suggestedWindow } from './support/duckdb.ts';
import { ChurnPage } from './pages/churn-page.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Small or incomplete data do not look like findings: cohorts below a size the user sets are
 * faded with their size marked (heat map and curves), and the churn periods before the window
 * W can have passed since the data begins are shaded "not measurable yet", not plotted as 0 %.
 */
const shots = process.env.E2E_SHOTS ?? 'test-results';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('cohorts under the chosen size are faded in the heat map and the curves', async ({ page }) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  const rows = await cohortTable('month');
  const minSize = page.getByLabel('Fade cohorts under (customers)');
  await expect(minSize).toHaveValue('30');
  const under = (n: number) => rows.filter((r) => r.size < n).length;
  const faded = cohorts.heatmap.locator('g[role="row"][data-small]');
  await expect(faded).toHaveCount(under(30));

  // A threshold of 100 fades the cohorts below it; their sizes are shown in the warning colour.
  const threshold = 100;
  await minSize.fill(String(threshold));
  await minSize.press('Enter');
  expect(under(threshold)).toBeGreaterThan(1);
  await expect(faded).toHaveCount(under(threshold));
  const first = [...rows]
    .sort((a, b) => a.cohort.localeCompare(b.cohort))
    .find((r) => r.size < threshold)!;
  await expect(faded.first().locator('text.small-size')).toHaveText(String(first.size));
  await expect(page.getByTestId('small-note')).toHaveText(
    `Faded rows: cohorts under ${threshold} customers (size in orange) — too few for their percentages to mean much.`,
  );
  await expect(cohorts.curves.locator('path[data-small]')).toHaveCount(under(threshold));
  await expect(page.getByTestId('small-curves-note')).toContainText(
    `${under(threshold)} cohorts under ${threshold} customers`,
  );
  await page.screenshot({ path: `${shots}/small-cohorts.png`, fullPage: true });

  // 0 turns the fading off.
  await minSize.fill('0');
  await minSize.press('Enter');
  await expect(faded).toHaveCount(0);
  await expect(page.getByTestId('small-note')).toHaveCount(0);
});

test('churn: the warm-up periods are shaded "not measurable yet", not plotted as 0 %', async ({
  page,
}) => {
  const churn = new ChurnPage(page);
  await churn.open();
  await churn.showChart(churn.rateCard);
  const window = await suggestedWindow();
  const first = String((await query('SELECT min(day) AS first FROM tx'))[0]!.first);
  // Months whose last day is less than W days after the data's first day.
  const start = new Date(`${first}T00:00:00Z`);
  let warm = 0;
  for (let m = 0; ; m++) {
    const end = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m + 1, 0);
    if ((end - start.getTime()) / 86_400_000 >= window) break;
    warm++;
  }
  expect(warm).toBeGreaterThan(0);
  await expect(churn.rateCard.getByTestId('warmup')).toContainText('Not measurable yet');
  await expect(page.getByTestId('warmup-note')).toContainText(
    `Shaded: ${warm} periods at the start, where nobody can be lost yet (the data begins less than W = ${window} days`,
  );
  // No point is drawn in the shaded periods.
  const shaded = await churn.rateCard.getByTestId('warmup').locator('rect').boundingBox();
  const points = await churn.rateChart
    .locator('circle')
    .evaluateAll((cs) =>
      cs.map((c) => c.getBoundingClientRect().x + c.getBoundingClientRect().width / 2),
    );
  expect(points.length).toBeGreaterThan(0);
  expect(points.every((x) => x > shaded!.x + shaded!.width)).toBe(true);
  await churn.rateCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/churn-warmup.png` });
});
