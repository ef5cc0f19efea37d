import { expect, test } from '@playwright/test';
import { quantile } from 'd3-array';
import { readFileSync } from 'node:fs';
import { ImportPage } from './pages/import-page.ts';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import {
  customerSummary,
  customerTimeline,
  fitBgNbd,
  fitGammaGamma,
  predictCustomers,
  type DayNumber,
} from '../../src/core/index.ts';
import { PredictivePage } from './pages/predictive-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const fmt = (value: number, digits: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

test('the predictive screen shows the engine’s fit, follows the horizon and drills into the grid', async ({
  page,
}) => {
  // Independent computation: the core engine on the sample file.
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const end = customerTimeline(columns).maxDay as DayNumber;
  const summary = customerSummary(columns, { unit: 'week', end });
  const bg = fitBgNbd(summary);
  const gg = fitGammaGamma(summary);

  const workspace = new WorkspacePage(page);
  const predictive = new PredictivePage(page);
  await workspace.open();
  await workspace.loadSample();
  await predictive.open();
  await predictive.settled();
  await expect(predictive.r).toHaveText(fmt(bg.params.r, 4));
  await expect(predictive.alpha).toHaveText(fmt(bg.params.alpha, 4));
  await expect(predictive.totalCustomers).toHaveText(fmt(summary.x.length, 0));
  await page.screenshot({ path: 'test-results/predictive.png', fullPage: true });

  await predictive.setHorizon(26);
  const p26 = predictCustomers(summary, bg.params, gg.params, {
    horizonPeriods: 26,
    periodLength: 1,
    discountPerPeriod: 0.002,
    margin: 1,
  });
  const top = p26.clv.reduce((best, v, i) => (v > p26.clv[best]! ? i : best), 0);
  await expect(predictive.topRow(1)).toContainText(columns.customerIds[summary.customer[top]!]!);
  await expect(predictive.topRow(1)).toContainText(fmt(p26.expectedPurchases[top]!, 2));

  // Value × risk, high value × high risk: CLV above the upper tertile, P(no purchase) > 0.8.
  const clv = Array.from(p26.clv);
  const upper = quantile(clv, 2 / 3)!;
  const highHigh = clv.filter((v, i) => v > upper && p26.pNoPurchase[i]! > 0.8).length;
  const mediumLow = clv.filter(
    (v, i) => v > quantile(clv, 1 / 3)! && v <= upper && p26.pNoPurchase[i]! < 0.5,
  ).length;
  await expect(predictive.cell(2, 2).locator('.count')).toHaveText(fmt(highHigh, 0));
  await expect(predictive.cell(1, 0).locator('.count')).toHaveText(fmt(mediumLow, 0));
  await predictive.cell(1, 0).click();
  const list = predictive.list(/Customers with medium value and low risk/);
  await expect(list).toContainText(`(${fmt(mediumLow, 0)})`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .replace(/^\ufeff/, '')
    .trim();
  const lines = csv.split(/\r?\n/);
  expect(lines[0]).toBe('customer_id,name,repeat_purchases,revenue,p_alive,expected_purchases,clv');
  expect(lines).toHaveLength(mediumLow + 1);

  // Days instead of weeks: same customers, α in days (r is unit-free).
  await predictive.setUnit('day');
  const daily = fitBgNbd(customerSummary(columns, { unit: 'day', end }));
  await expect(predictive.alpha).toHaveText(fmt(daily.params.alpha, 4));
  await expect(predictive.horizon).toHaveValue('182');
  await expect(page.getByLabel('Discount rate per day (%)')).toHaveValue('0.0285');
  await expect(predictive.holdoutActual).toBeVisible();
  await page.screenshot({ path: 'test-results/predictive-days.png', fullPage: true });
});

test('a per-customer summary file is fitted to the CDNOW parameters', async ({ page }) => {
  const importer = new ImportPage(page);
  const predictive = new PredictivePage(page);
  await importer.open();
  await importer.choose('tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv');
  await importer.start();
  await expect(page.getByTestId('summary-customers')).toHaveText('2,357');
  await predictive.open();
  await predictive.settled();
  // FHL 2005 / lifetimes on the CDNOW sample: r 0.2426, α 4.4135, a 0.7929, b 2.4258.
  await expect(predictive.r).toHaveText('0.2426');
  await expect(predictive.alpha).toHaveText(/^4\.41/);
  await expect(predictive.a).toHaveText(/^0\.79/);
  await expect(predictive.b).toHaveText(/^2\.42/);
  await expect(predictive.totalCustomers).toHaveText('2,357');
  await expect(page.getByText('A holdout check needs the transactions')).toBeVisible();
  await expect(page.getByLabel('Observation end (last day counted)')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/predictive-summary.png', fullPage: true });
});
