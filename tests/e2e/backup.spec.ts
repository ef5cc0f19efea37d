import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { WorkspacePage } from './pages/workspace-page.ts';

test('backup → delete all → restore brings back the same data set and summary', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  // The sample's customers file joins after its transactions: back up once it has.
  await expect(page.getByText('Customers file: Sample customers.csv')).toBeVisible();
  const before = {
    rows: await workspace.rows.textContent(),
    customers: await workspace.customers.textContent(),
    revenue: await workspace.revenue.textContent(),
  };

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up workspace' }).click(),
  ]);
  const backup = readFileSync(await download.path());
  expect(download.suggestedFilename()).toMatch(/^tenure-backup-\d{4}-\d{2}-\d{2}\.tenure$/);

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete all my data' }).click();
  await workspace.expectEmpty();

  // A damaged copy is refused and changes nothing.
  const damaged = Buffer.from(backup);
  damaged[damaged.length - 10]! ^= 0xff;
  await page.getByTestId('restore-input').setInputFiles({
    name: 'damaged.tenure',
    mimeType: 'application/octet-stream',
    buffer: damaged,
  });
  await expect(page.getByRole('alert')).toContainText('damaged');
  await workspace.expectEmpty();

  await page.getByTestId('restore-input').setInputFiles({
    name: 'backup.tenure',
    mimeType: 'application/octet-stream',
    buffer: backup,
  });
  const preview = page.getByRole('region', { name: 'Backup contents' });
  await expect(preview).toContainText('Sample coffee shop');
  await expect(preview).toContainText('5,000 customers');
  await page.getByRole('button', { name: 'Restore these data sets' }).click();
  await expect(workspace.title).toHaveText('Sample coffee shop');
  await expect(workspace.rows).toHaveText(before.rows!);
  await expect(workspace.customers).toHaveText(before.customers!);
  await expect(workspace.revenue).toHaveText(before.revenue!);
  await expect(page.getByText('Customers file: Sample customers.csv')).toBeVisible();
  await page.screenshot({ path: 'test-results/workspace-panel.png', fullPage: true });
});
