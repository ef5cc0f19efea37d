import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { churnByPeriod, growthOf, suggestedWindow, type Grain } from './support/duckdb.ts';
import { ChurnPage } from './pages/churn-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Expected figures: DuckDB SQL over the sample CSV (tests/e2e/support/duckdb.ts), written from
 * DESIGN.md's definitions (active at d: a purchase in (d − W, d]; churn rate of p = lost in p /
 * active at the end of p − 1; W by default the P90 of repeat-purchase gaps), not the app's engine.
 */
async function expected(grain: Grain, window?: number) {
  const w = window ?? (await suggestedWindow());
  return { window: w, series: await churnByPeriod(grain, w) };
}

const percent = (v: number | null) =>
  v === null
    ? '–'
    : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
const count = (v: number) => new Intl.NumberFormat('en').format(v);

test.beforeEach(async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('default window, churn rate of a month and its lost customers match SQL over the CSV', async ({
  page,
}) => {
  const churn = new ChurnPage(page);
  await churn.open();
  const { window, series } = await expected('month');

  await expect(churn.windowInput).toHaveValue(String(window));
  await expect(churn.windowReason).toContainText(
    `W = ${window} days: 90% of repeat purchases come within ${window} days`,
  );
  await expect(churn.definition).toContainText(`in the ${window} days ending on d`);
  await expect(churn.grain).toHaveValue('month');

  const index = series.findIndex((p) => p.period === '2023-06');
  const june = series[index]!;
  const cells = await churn.tableRow(churn.rateCard, '2023-06');
  expect(cells.slice(0, 4)).toEqual([
    '2023-06',
    count(june.activeAtStart),
    count(june.lost),
    percent(june.churnRate),
  ]);
  await churn.showChart(churn.rateCard);

  await churn.drillWithKeyboard(churn.rateChart, index);
  await expect(churn.rateChart).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^2023-06: Churn rate ${percent(june.churnRate)}`),
  );
  await expect(churn.drillDown).toContainText(`Lost in 2023-06 (${count(june.lost)})`);
  const listed = churn.page.waitForEvent('download');
  await churn.drillDown.getByRole('button', { name: 'CSV' }).click();
  const lines = (await readFile(await (await listed).path(), 'utf8')).trim().split('\r\n');
  expect(lines).toHaveLength(june.lost + 1);

  await page.getByRole('radio', { name: 'Reactivated' }).check();
  await expect(churn.drillDown).toContainText(
    `Reactivated in 2023-06 (${count(june.reactivated)})`,
  );

  const download = await churn.exportCsv(churn.rateCard);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
  expect(csv[0]).toBe(
    'Period,Active at start,Lost,Churn rate,Retention rate,New,Reactivated,Active at end,Complete',
  );
  expect(csv).toHaveLength(series.length + 1);
  const row = csv.find((line) => line.startsWith('2023-06,'))!.split(',');
  // Rounded as the table shows it (a percent with one decimal).
  expect(Number(row[3])).toBe(Number(june.churnRate!.toFixed(3)));
  await page.screenshot({ path: 'test-results/churn-month.png', fullPage: true });
});

test('the window and the grain recompute the series; growth bars list their customers', async ({
  page,
}) => {
  const churn = new ChurnPage(page);
  await churn.open();

  await churn.windowInput.fill('60');
  const sixty = await expected('month', 60);
  const june = sixty.series.find((p) => p.period === '2023-06')!;
  await expect(churn.definition).toContainText('in the 60 days ending on d');
  await expect
    .poll(async () => (await churn.tableRow(churn.rateCard, '2023-06'))[3])
    .toBe(percent(june.churnRate));

  await churn.windowSlider.focus();
  await churn.windowSlider.press('ArrowRight');
  await expect(churn.windowInput).toHaveValue('61');

  await churn.windowInput.fill('0');
  await expect(page.getByRole('alert')).toContainText('Enter a whole number of days');
  await churn.windowInput.fill('61');

  await churn.grain.selectOption('quarter');
  const quarters = await expected('quarter', 61);
  const q2 = quarters.series.find((p) => p.period === '2023-Q2')!;
  await expect
    .poll(async () => (await churn.tableRow(churn.rateCard, '2023-Q2'))[3])
    .toBe(percent(q2.churnRate));

  await churn.grain.selectOption('month');
  const growth = await growthOf('month', '2023-06');
  await churn.growthChart.locator('rect[data-period="2023-06"][data-group="lost"]').click();
  await expect(churn.drillDown).toContainText(
    `Lost in 2023-06 (bought-in-period basis) (${count(growth.lost)})`,
  );
  await churn.growthChart.locator('rect[data-period="2023-06"][data-group="resurrected"]').click();
  await expect(churn.drillDown).toContainText(`(${count(growth.resurrected)})`);
  await churn.growthChart.locator('rect[data-period="2023-06"][data-group="new"]').hover();
  const ratio = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(
    growth.quickRatio!,
  );
  await expect(churn.growthCard.getByRole('status')).toContainText(
    new RegExp(`Quick ratio\\s*${ratio}`),
  );

  await churn.grain.selectOption('week');
  await churn.showChart(churn.rateCard);
  const weeks = await expected('week', 61);
  await expect(churn.rateChart).toHaveAttribute('aria-valuemax', String(weeks.series.length - 1));
  await page.screenshot({ path: 'test-results/churn-week.png', fullPage: true });
});
