import { expect, test } from '@playwright/test';
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
});
