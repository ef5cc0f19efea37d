import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { cohorts as cohortTable, type Grain } from './support/duckdb.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Expected figures: DuckDB SQL over the sample CSV (tests/e2e/support/duckdb.ts), written from
 * DESIGN.md's cohort definition, not the app's engine.
 */
async function matrix(grain: Grain) {
  const rows = await cohortTable(grain);
  return { rows, row: (label: string) => rows.find((r) => r.cohort === label)! };
}

const percent = (v: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
const count = (v: number) => new Intl.NumberFormat('en').format(v);
const money = (v: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(v);

test.beforeEach(async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('the monthly customer matrix matches SQL over the CSV; a cell lists its customers', async ({
  page,
}) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  const expected = await matrix('month');
  const first = expected.row('2022-01');
  const inK1 = first.cells[1]!.customers;

  // Defaults: month, customers, classic, percent.
  await expect(cohorts.grain).toHaveValue('month');
  await expect(cohorts.metric).toHaveValue('customers');
  await expect(cohorts.classic).toBeChecked();
  await expect(cohorts.percent).toBeChecked();

  const tooltip = await cohorts.tooltipOf('2022-01', 1);
  expect(tooltip).toContain(percent(inK1 / first.size));
  expect(tooltip).toContain(`Size ${first.size}`);
  expect(tooltip).toContain('2022-02');

  await cohorts.cell('2022-01', 1).click();
  await expect(cohorts.drillDown).toContainText(`(${inK1})`);
  const listed = page.waitForEvent('download');
  await cohorts.drillDown.getByRole('button', { name: 'CSV' }).click();
  const lines = (await readFile(await (await listed).path(), 'utf8')).trim().split('\r\n');
  expect(lines).toHaveLength(inK1 + 1);

  // The heat map's CSV holds the shown values (fractions in percent mode).
  const download = await cohorts.exportCsv(cohorts.heatmapCard);
  expect(download.suggestedFilename()).toBe('cohorts-month-customers.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
  expect(csv[0]).toMatch(/^Cohort,Size,k = 0,k = 1,/);
  const row = csv.find((line) => line.startsWith('2022-01,'))!.split(',');
  expect(Number(row[1])).toBe(first.size);
  // Rounded as shown (one decimal of a percent); the unrounded file has every digit.
  expect(Number(row[3])).toBe(Number((inK1 / first.size).toFixed(3)));
  expect(csv).toHaveLength(expected.rows.length + 2);

  await page.screenshot({ path: 'test-results/cohorts-month.png', fullPage: true });
});

test('keyboard: arrow keys move over the heat map and Enter drills down', async ({ page }) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  const expected = await matrix('month');
  await cohorts.heatmap.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const second = expected.rows[1]!;
  await expect(cohorts.drillDown).toContainText(`Cohort ${second.cohort}, k = 2`);
  await expect(cohorts.drillDown).toContainText(`(${second.cells[2]!.customers})`);
  await cohorts.curves.focus();
  await page.keyboard.press('ArrowRight');
  await expect(cohorts.curves).toHaveAttribute('aria-valuetext', /^k = 2; Weighted mean: /);
});

test('every control recomputes; rolling is refused for cumulative revenue', async ({ page }) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();

  await cohorts.metric.selectOption('revenue');
  await cohorts.absolute.check();
  const jan = (await matrix('month')).row('2022-01').cells;
  expect(await cohorts.tooltipOf('2022-01', 3)).toContain(money(jan[3]!.revenue));

  // Percent of revenue: relative to the cohort's k = 0 revenue.
  await cohorts.percent.check();
  expect(await cohorts.tooltipOf('2022-01', 3)).toContain(
    percent(jan[3]!.revenue / jan[0]!.revenue),
  );

  await cohorts.rolling.check();
  expect(await cohorts.tooltipOf('2022-01', 3)).toContain(
    percent(jan[3]!.rollingRevenue / jan[0]!.rollingRevenue),
  );

  await cohorts.metric.selectOption('cumulativeRevenuePerCustomer');
  await expect(cohorts.rolling).toBeDisabled();
  await expect(cohorts.classic).toBeChecked();
  await expect(cohorts.rollingReason).toBeVisible();
  await cohorts.absolute.check();
  expect(await cohorts.tooltipOf('2022-01', 6)).toContain(money(jan[6]!.cumulativePerCustomer));
  await page.screenshot({ path: 'test-results/cohorts-cumulative.png', fullPage: true });

  await cohorts.metric.selectOption('customers');
  await cohorts.grain.selectOption('quarter');
  const q1 = (await matrix('quarter')).row('2022-Q1');
  expect(await cohorts.tooltipOf('2022-Q1', 1)).toContain(`Value ${count(q1.cells[1]!.customers)}`);

  await cohorts.grain.selectOption('week');
  const weeks = await matrix('week');
  await expect(cohorts.heatmap.locator('rect[data-k="0"]')).toHaveCount(weeks.rows.length);
  await page.screenshot({ path: 'test-results/cohorts-week.png', fullPage: true });

  await cohorts.grain.selectOption('month');
  await cohorts.percent.check();
  await cohorts.split.selectOption('segment');
  await expect(cohorts.cell('2022-01', 1, 'Consumer')).toBeVisible();
  await cohorts.cell('2022-01', 1, 'Consumer').click();
  await expect(cohorts.drillDown).toContainText('2022-01 · Consumer');
  await page.screenshot({ path: 'test-results/cohorts-split.png', fullPage: true });
});
