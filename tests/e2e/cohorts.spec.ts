import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import { cohortMatrix, type CohortOptions } from '../../src/core/index.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/** Expected figures come from the core engine run here on the sample CSV, not from the app. */
const sample = loadTransactionsFile('public/sample/transactions.csv');
async function matrix(options: CohortOptions) {
  return cohortMatrix((await sample).columns, options);
}

const percent = (v: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
const count = (v: number) => new Intl.NumberFormat('en').format(v);
const money = (v: number) =>
  new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

test.beforeEach(async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('the monthly customer matrix matches the engine; a cell lists its customers', async ({
  page,
}) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  const expected = await matrix({ grain: 'month', metric: 'customers' });
  const first = expected.cohorts.find((r) => r.cohort === '2022-01')!;

  // Defaults: month, customers, classic, percent.
  await expect(cohorts.grain).toHaveValue('month');
  await expect(cohorts.metric).toHaveValue('customers');
  await expect(cohorts.classic).toBeChecked();
  await expect(cohorts.percent).toBeChecked();

  const tooltip = await cohorts.tooltipOf('2022-01', 1);
  expect(tooltip).toContain(percent(first.values[1]! / first.size));
  expect(tooltip).toContain(`Size ${first.size}`);
  expect(tooltip).toContain('2022-02');

  await cohorts.cell('2022-01', 1).click();
  await expect(cohorts.drillDown).toContainText(`(${first.values[1]})`);
  const listed = page.waitForEvent('download');
  await cohorts.drillDown.getByRole('button', { name: 'CSV' }).click();
  const lines = (await readFile(await (await listed).path(), 'utf8')).trim().split('\r\n');
  expect(lines).toHaveLength(first.values[1]! + 1);

  // The heat map's CSV holds the shown values (fractions in percent mode).
  const download = await cohorts.exportCsv(cohorts.heatmapCard);
  expect(download.suggestedFilename()).toBe('cohorts-month-customers.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
  expect(csv[0]).toMatch(/^Cohort,Size,k = 0,k = 1,/);
  const row = csv.find((line) => line.startsWith('2022-01,'))!.split(',');
  expect(Number(row[1])).toBe(first.size);
  expect(Number(row[3])).toBeCloseTo(first.values[1]! / first.size, 12);
  expect(csv).toHaveLength(expected.cohorts.length + 2);

  await page.screenshot({ path: 'test-results/cohorts-month.png', fullPage: true });
});

test('keyboard: arrow keys move over the heat map and Enter drills down', async ({ page }) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  const expected = await matrix({ grain: 'month', metric: 'customers' });
  await cohorts.heatmap.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const second = expected.cohorts[1]!;
  await expect(cohorts.drillDown).toContainText(`Cohort ${second.cohort}, k = 2`);
  await expect(cohorts.drillDown).toContainText(`(${second.values[2]})`);
  await cohorts.curves.focus();
  await page.keyboard.press('ArrowRight');
  await expect(cohorts.curves).toHaveAttribute('aria-valuetext', /^k = 2; Weighted mean: /);
});

test('every control recomputes; rolling is refused for cumulative revenue', async ({ page }) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();

  await cohorts.metric.selectOption('revenue');
  await cohorts.absolute.check();
  const revenue = await matrix({ grain: 'month', metric: 'revenue' });
  const jan = revenue.cohorts.find((r) => r.cohort === '2022-01')!;
  expect(await cohorts.tooltipOf('2022-01', 3)).toContain(money(jan.values[3]!));

  await cohorts.percent.check();
  expect(await cohorts.tooltipOf('2022-01', 3)).toContain(percent(jan.values[3]! / jan.values[0]!));

  await cohorts.rolling.check();
  const rolling = await matrix({ grain: 'month', metric: 'revenue', mode: 'rolling' });
  const janRolling = rolling.cohorts.find((r) => r.cohort === '2022-01')!;
  expect(await cohorts.tooltipOf('2022-01', 3)).toContain(
    percent(janRolling.values[3]! / janRolling.values[0]!),
  );

  await cohorts.metric.selectOption('cumulativeRevenuePerCustomer');
  await expect(cohorts.rolling).toBeDisabled();
  await expect(cohorts.classic).toBeChecked();
  await expect(cohorts.rollingReason).toBeVisible();
  await cohorts.absolute.check();
  const cumulative = await matrix({ grain: 'month', metric: 'cumulativeRevenuePerCustomer' });
  const janCumulative = cumulative.cohorts.find((r) => r.cohort === '2022-01')!;
  expect(await cohorts.tooltipOf('2022-01', 6)).toContain(money(janCumulative.values[6]!));
  await page.screenshot({ path: 'test-results/cohorts-cumulative.png', fullPage: true });

  await cohorts.metric.selectOption('customers');
  await cohorts.grain.selectOption('quarter');
  const quarters = await matrix({ grain: 'quarter', metric: 'customers' });
  const q1 = quarters.cohorts[0]!;
  expect(await cohorts.tooltipOf('2022-Q1', 1)).toContain(`Value ${count(q1.values[1]!)}`);

  await cohorts.grain.selectOption('week');
  const weeks = await matrix({ grain: 'week', metric: 'customers' });
  await expect(cohorts.heatmap.locator('rect[data-k="0"]')).toHaveCount(weeks.cohorts.length);
  await page.screenshot({ path: 'test-results/cohorts-week.png', fullPage: true });

  await cohorts.grain.selectOption('month');
  await cohorts.percent.check();
  await cohorts.split.selectOption('segment');
  await expect(cohorts.cell('2022-01', 1, 'Consumer')).toBeVisible();
  await cohorts.cell('2022-01', 1, 'Consumer').click();
  await expect(cohorts.drillDown).toContainText('2022-01 · Consumer');
  await page.screenshot({ path: 'test-results/cohorts-split.png', fullPage: true });
});
