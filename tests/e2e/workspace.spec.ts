import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Expected figures of the bundled sample, computed here straight from the CSV with a plain
 * split (the file has no quoted fields), independently of the app's importer.
 */
function sampleFigures() {
  const lines = readFileSync('public/sample/transactions.csv', 'utf8').trim().split('\n').slice(1);
  const customers = new Set<string>();
  let revenue = 0;
  let refunds = 0;
  for (const line of lines) {
    const [id, , , , , , amount] = line.split(',');
    customers.add(id!);
    revenue += Number(amount);
    if (Number(amount) < 0) refunds++;
  }
  return { rows: lines.length, customers: customers.size, revenue, refunds };
}

const format = (n: number, digits = 0) =>
  new Intl.NumberFormat('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);

test('a first visit offers import and sample data; the sample loads with the right summary', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.expectEmpty();
  await workspace.loadSample();

  const expected = sampleFigures();
  await expect(workspace.rows).toHaveText(format(expected.rows));
  await expect(workspace.customers).toHaveText(format(expected.customers));
  await expect(workspace.revenue).toHaveText(`$${format(expected.revenue, 2)}`);
  await expect(workspace.refunds).toContainText(`${format(expected.refunds)} rows`);
  await expect(workspace.firstDate).toHaveText('Jan 1, 2022');
  await expect(workspace.rejected).toHaveText('0');
  await page.screenshot({ path: 'test-results/workspace-sample.png', fullPage: true });
});

test('a screen chosen while the sample loads stays chosen when it is done', async ({ page }) => {
  // On a busy machine a link's hashchange can wait behind the import's last answer. Here it is
  // held back 3 s, and the sample's customers file until the click, so the import finishes in
  // between: the app must go by the address, not by the screen it has not heard of yet.
  await page.addInitScript(() => {
    let replaying = false;
    addEventListener('hashchange', (event) => {
      if (replaying) return;
      event.stopImmediatePropagation();
      setTimeout(() => {
        replaying = true;
        dispatchEvent(new HashChangeEvent('hashchange'));
        replaying = false;
      }, 3000);
    });
  });
  let clicked = () => {};
  const click = new Promise<void>((resolve) => (clicked = resolve));
  await page.route('**/sample/customers.csv', async (route) => {
    await click;
    await route.continue();
  });
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.sampleButton.click();
  const customersLink = page.getByRole('navigation').getByRole('link', { name: 'Customers' });
  await customersLink.click();
  clicked();
  await expect(page.getByRole('heading', { name: '5,000 customers' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(customersLink).toHaveAttribute('aria-current', 'page');
});

test('a data set survives a reload, can be renamed, and deleted', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  await page.reload();
  await expect(workspace.title).toHaveText('Sample coffee shop');

  await workspace.rename('Client A');
  await expect(workspace.title).toHaveText('Client A');
  await page.reload();
  await expect(workspace.title).toHaveText('Client A');

  await workspace.deleteOpenDataset();
  await workspace.expectEmpty();
  await page.reload();
  await workspace.expectEmpty();
});
