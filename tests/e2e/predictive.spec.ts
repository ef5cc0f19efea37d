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
  type DayNumber,
} from '../../src/core/index.ts';
import { discountedClv, expectedPurchases, pAlive, pNoPurchase } from '../support/bgnbd.ts';
import { customerFacts } from './support/duckdb-customers.ts';
import { PredictivePage } from './pages/predictive-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const fmt = (value: number, digits: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

test('the predictive screen shows the engine’s fit, follows the horizon and drills into the grid', async ({
  page,
}) => {
  // The parameters shown are the core fitter's on the sample (kept: this test is about the
  // screen showing the fit; the fit itself is checked against the published CDNOW figures in
  // the next test and the unit tests). Everything downstream is independent: the summary by
  // DuckDB SQL over the CSV, predictions by the published formulas (tests/support/bgnbd.ts).
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const end = customerTimeline(columns).maxDay as DayNumber;
  const bg = fitBgNbd(customerSummary(columns, { unit: 'week', end }));
  const gg = fitGammaGamma(customerSummary(columns, { unit: 'week', end }));
  const people = (await customerFacts(1)).map((c) => ({
    id: c.customer_id,
    x: c.orders - 1,
    tx: c.span / 7,
    T: c.age / 7,
    mean: c.repeat_mean,
  }));

  const workspace = new WorkspacePage(page);
  const predictive = new PredictivePage(page);
  await workspace.open();
  await workspace.loadSample();
  await page.setViewportSize({ width: 1366, height: 768 });
  await predictive.open();
  await predictive.settled();
  await expect(predictive.totalCustomers).toHaveText(fmt(people.length, 0));

  // The first screenful: the key figures and the value × risk grid; the parameters are in the
  // collapsed "Model details".
  await expect(predictive.headline).toBeInViewport();
  await expect(predictive.grid).toBeInViewport();
  await expect(predictive.details).not.toHaveAttribute('open');
  await expect(predictive.r).toBeHidden();
  const headlineBox = (await predictive.headline.boundingBox())!;
  const detailsBox = (await predictive.details.boundingBox())!;
  expect(headlineBox.y).toBeLessThan(detailsBox.y);

  // P(alive) of repeat buyers beside the mean over everyone (one-time buyers count as 1).
  const alive = people.map((c) => pAlive(bg.params, c.x, c.tx, c.T));
  const repeat = people.flatMap((c, i) => (c.x > 0 ? [alive[i]!] : []));
  const pct = (v: number) =>
    new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  await expect(page.getByTestId('alive-repeat')).toContainText(pct(mean(repeat)));
  await expect(page.getByTestId('alive-all')).toHaveText(`all customers: ${pct(mean(alive))}`);
  await expect(page.getByTestId('alive-note')).toContainText(
    `${fmt(repeat.length, 0)} customers bought more than once`,
  );
  await expect(page.getByTestId('alive-note')).toContainText(
    `the ${fmt(people.length - repeat.length, 0)} who bought only once`,
  );
  await page.screenshot({ path: 'test-results/predictive-first-screen.png' });

  await predictive.openDetails();
  await expect(predictive.r).toHaveText(fmt(bg.params.r, 4));
  await expect(predictive.alpha).toHaveText(fmt(bg.params.alpha, 4));
  await page.screenshot({ path: 'test-results/predictive.png', fullPage: true });

  await predictive.setHorizon(26);
  const options = { horizon: 26, discount: 0.002, margin: 1 };
  const clv = people.map((c) => discountedClv(bg.params, gg.params, c, options));
  const noPurchase = people.map((c) => pNoPurchase(bg.params, c.x, c.tx, c.T, 26));
  const top = clv.indexOf(Math.max(...clv));
  const best = people[top]!;
  await expect(predictive.topRow(1)).toContainText(best.id);
  await expect(predictive.topRow(1)).toContainText(
    fmt(expectedPurchases(bg.params, best.x, best.tx, best.T, 26), 2),
  );

  // Value × risk, high value × high risk: CLV above the upper tertile, P(no purchase) > 0.8.
  const upper = quantile(clv, 2 / 3)!;
  const highHigh = clv.filter((v, i) => v > upper && noPurchase[i]! > 0.8).length;
  const mediumLow = clv.filter(
    (v, i) => v > quantile(clv, 1 / 3)! && v <= upper && noPurchase[i]! < 0.5,
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
  expect(lines[0]).toBe(
    'customer_id,name,repeat_purchases,revenue (USD),p_alive,expected_purchases,clv (USD)',
  );
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
  await predictive.openDetails();
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
