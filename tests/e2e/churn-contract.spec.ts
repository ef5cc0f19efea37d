import { expect, test } from '@playwright/test';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Contract mode on four subscriptions (tests/fixtures/subscriptions-*.csv), worked by hand,
 * monthly, judged on each month's last day (June: on the data's last day, 2024-06-01):
 *   Jan: s1, s2, s4 sign up → 3 active at the end.
 *   Feb: s3 signs up, s4's contract ends 20 Feb → lost 1 of 3 = 33.3 %.
 *   Mar: s1 ends 15 Mar → lost 1 of 3 = 33.3 %.   Apr: s3 ends 10 Apr → lost 1 of 2 = 50 %.
 *   May: nobody lost of 1 → 0 %.
 */
test('churn in contract mode: lost when the contract ends', async ({ page }) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose('tests/fixtures/subscriptions-transactions.csv');
  await importer.start();
  await expect(workspace.customers).toHaveText('4');
  await importer.open();
  await importer.choose('tests/fixtures/subscriptions-customers.csv');
  await expect(importer.setting('File type')).toHaveValue('customers');
  await importer.start();
  await expect(page.getByText('Customers file: subscriptions-customers.csv')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Churn' }).click();
  await page.getByRole('radio', { name: 'under contract (customers file)' }).check();
  await expect(page.getByText('lost in the period the contract ends')).toBeVisible();
  const rateCard = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /churn rate/i }) })
    .first();
  await rateCard.getByRole('button', { name: 'Table' }).click();
  const row = (period: string) => rateCard.getByRole('row').filter({ hasText: period });
  await expect(row('2024-02')).toContainText('33.3%');
  await expect(row('2024-03')).toContainText('33.3%');
  await expect(row('2024-04')).toContainText('50%');
  await expect(row('2024-05')).toContainText('0%');
  await page.screenshot({ path: 'test-results/churn-contract.png', fullPage: true });
});
