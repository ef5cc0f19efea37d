import { expect, test } from '@playwright/test';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import {
  customerSummary,
  customerTimeline,
  fitBgNbd,
  fitGammaGamma,
  type DayNumber,
} from '../../src/core/index.ts';
import { discountedClv, expectedPurchases, pAlive } from '../support/bgnbd.ts';
import { customerFacts } from './support/duckdb-customers.ts';
import { query } from './support/duckdb.ts';
import { CustomersPage } from './pages/customers-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const fmt = (value: number, digits: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

test('the explorer lists, sorts, searches and opens a customer with the model’s figures', async ({
  page,
}) => {
  // Default settings: 52 weeks, 0.2 %/week. The summary comes from DuckDB SQL over the CSV, the
  // predictions from the published BG/NBD and Gamma-Gamma formulas (tests/support/bgnbd.ts);
  // only the model parameters are the core fitters' (checked on CDNOW by the unit tests).
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const end = customerTimeline(columns).maxDay as DayNumber;
  const summary = customerSummary(columns, { unit: 'week', end });
  const bg = fitBgNbd(summary).params;
  const gg = fitGammaGamma(summary).params;
  const people = (await customerFacts(1)).map((c) => {
    const row = { id: c.customer_id, x: c.orders - 1, tx: c.span / 7, T: c.age / 7 };
    const clv = discountedClv(
      bg,
      gg,
      { ...row, mean: c.repeat_mean },
      {
        horizon: 52,
        discount: 0.002,
        margin: 1,
      },
    );
    return { ...row, clv };
  });
  const byClv = [...people].sort((u, v) => v.clv - u.clv);
  const idOf = (rank: number) => byClv[rank]!.id;

  const workspace = new WorkspacePage(page);
  const customers = new CustomersPage(page);
  await workspace.open();
  await workspace.loadSample();
  await customers.open();
  await expect(customers.count).toHaveText(`${fmt(people.length, 0)} customers`);
  // Sorted by CLV, highest first; only the visible rows are in the DOM.
  await expect(customers.rows.first()).toContainText(idOf(0));
  expect(await customers.rows.count()).toBeLessThan(40);

  // Scrolling far down fetches the rows there.
  await customers.viewport.evaluate((el) => (el.scrollTop = 4000 * 34));
  await expect(customers.rows.filter({ hasText: idOf(4000) })).toBeVisible();

  // Sort by transactions: most first; a second click flips to fewest first.
  await customers.sortBy('Transactions');
  const [most, next] = await query(
    'SELECT customer_id, count(*) AS n FROM tx GROUP BY customer_id ORDER BY n DESC LIMIT 2',
  );
  expect(most!.n).toBeGreaterThan(next!.n as number); // one customer has the most
  await expect(customers.rows.first()).toContainText(most!.customer_id as string);
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
  const id = idOf(10);
  await customers.searchFor(id);
  await expect(customers.count).toHaveText('1 customer');
  await customers.openCustomer(id);
  const c = byClv[10]!;
  await expect(page.getByTestId('detail-expected')).toHaveText(
    fmt(expectedPurchases(bg, c.x, c.tx, c.T, 52), 2),
  );
  await expect(page.getByTestId('detail-alive')).toHaveText(
    new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
      pAlive(bg, c.x, c.tx, c.T),
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
  await expect(customers.count).not.toHaveText(`${fmt(people.length, 0)} customers`);
});
