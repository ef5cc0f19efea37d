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
import { CustomersPage } from './pages/customers-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const fmt = (value: number, digits: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

test('the explorer lists, sorts, searches and opens a customer with the engine’s figures', async ({
  page,
}) => {
  // Independent computation: the engine's predictions with the default settings (52 weeks, 0.2 %/week).
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const end = customerTimeline(columns).maxDay as DayNumber;
  const summary = customerSummary(columns, { unit: 'week', end });
  const bg = fitBgNbd(summary);
  const gg = fitGammaGamma(summary);
  const p = predictCustomers(summary, bg.params, gg.params, {
    horizonPeriods: 52,
    periodLength: 1,
    discountPerPeriod: 0.002,
    margin: 1,
  });
  const rowOf = (id: string) => summary.customer.indexOf(columns.customerIds.indexOf(id));
  const byClv = Array.from(p.clv.keys()).sort((a, b) => p.clv[b]! - p.clv[a]!);
  const idOf = (row: number) => columns.customerIds[summary.customer[row]!]!;

  const workspace = new WorkspacePage(page);
  const customers = new CustomersPage(page);
  await workspace.open();
  await workspace.loadSample();
  await customers.open();
  await expect(customers.count).toHaveText(`${fmt(columns.customerIds.length, 0)} customers`);
  // Sorted by CLV, highest first; only the visible rows are in the DOM.
  await expect(customers.rows.first()).toContainText(idOf(byClv[0]!));
  expect(await customers.rows.count()).toBeLessThan(40);

  // Scrolling far down fetches the rows there.
  await customers.viewport.evaluate((el) => (el.scrollTop = 4000 * 34));
  await expect(customers.rows.filter({ hasText: idOf(byClv[4000]!) })).toBeVisible();

  // Sort by transactions: most first; a second click flips to fewest first.
  await customers.sortBy('Transactions');
  const timeline = customerTimeline(columns);
  const most = Array.from(timeline.transactions.keys()).sort(
    (a, b) => timeline.transactions[b]! - timeline.transactions[a]! || a - b,
  )[0]!;
  await expect(customers.rows.first()).toContainText(columns.customerIds[most]!);
  await expect(page.getByRole('columnheader', { name: 'Sort by Transactions' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await customers.sortBy('Transactions');
  await expect(page.getByRole('columnheader', { name: 'Sort by Transactions' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  // Search one id and open it.
  const id = idOf(byClv[10]!);
  await customers.searchFor(id);
  await expect(customers.count).toHaveText('1 customer');
  await customers.openCustomer(id);
  const row = rowOf(id);
  await expect(page.getByTestId('detail-expected')).toHaveText(fmt(p.expectedPurchases[row]!, 2));
  await expect(page.getByTestId('detail-alive')).toHaveText(
    new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
      p.pAlive[row]!,
    ),
  );
  await expect(customers.story).toBeVisible();
  await customers.story.focus();
  await customers.story.press('Home');
  await expect(customers.story).toHaveAttribute('aria-valuenow', '1');
  await expect(customers.detail.getByRole('status')).toContainText('Purchase 1 of');
  await page.screenshot({ path: 'test-results/customers.png', fullPage: true });

  // Filters: an RFM segment and a value × risk cell.
  await customers.searchFor('');
  await customers.segment.selectOption({ label: 'Champions' });
  await expect(customers.rows.first()).toContainText('Champions');
  await customers.segment.selectOption({ label: 'All' });
  await customers.cell.selectOption({ label: 'high value, high risk' });
  await expect(customers.count).not.toHaveText(`${fmt(columns.customerIds.length, 0)} customers`);
});
