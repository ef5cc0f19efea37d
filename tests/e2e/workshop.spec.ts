import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { WorkspacePage } from './pages/workspace-page.ts';

/** Customer ids and names of the sample's customers file (its first column and second). */
function sampleIdentities(): string[] {
  const lines = readFileSync('public/sample/customers.csv', 'utf8').trim().split('\n').slice(1);
  return lines.flatMap((line) => line.split(',').slice(0, 2));
}

test('a workshop pack of the sample restores as an anonymised copy with the same figures', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  // The sample names no currency: the English interface's dollar, changed here to the euro.
  await expect(workspace.revenue).toHaveText(/^\$[\d,]+\.\d\d$/);
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await expect(workspace.revenue).toHaveText(/^€[\d,]+\.\d\d$/);
  const before = {
    rows: await workspace.rows.textContent(),
    customers: await workspace.customers.textContent(),
    revenue: await workspace.revenue.textContent(),
  };
  await expect(workspace.firstDate).toHaveText('Jan 1, 2022');

  await page.getByRole('button', { name: 'Export for a workshop…' }).click();
  const form = page.getByRole('form', { name: 'Export for a workshop' });
  await expect(form.getByLabel('Sample coffee shop')).toBeChecked();
  await expect(form.getByLabel('Names (otherwise replaced by the pseudonym)')).not.toBeChecked();
  await form.getByRole('button', { name: '28 years earlier' }).click();
  await expect(form.getByLabel('Days added to every date (negative: earlier)')).toHaveValue(
    '-10227',
  );
  await page.screenshot({ path: 'test-results/workshop-form.png', fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Export the pack' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tenure-workshop-\d{4}-\d{2}-\d{2}\.tenure$/);
  const pack = readFileSync(await download.path());

  // No customer id or name of the sample anywhere in the file, compressed or not.
  const text = gunzipSync(pack.subarray(40)).toString('latin1') + pack.toString('latin1');
  const identities = sampleIdentities();
  expect(identities.length).toBe(10_000);
  expect(identities.filter((s) => text.includes(s))).toEqual([]);

  await page.getByTestId('restore-input').setInputFiles({
    name: 'workshop.tenure',
    mimeType: 'application/octet-stream',
    buffer: pack,
  });
  const preview = page.getByRole('region', { name: 'Backup contents' });
  await expect(preview).toContainText('Sample coffee shop');
  await expect(page.getByTestId('restore-replaces')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore these data sets' }).click();

  const list = page.getByRole('region', { name: 'Your data sets' });
  const copy = list.getByRole('button', { name: /Sample coffee shop\s+anonymised/ });
  await expect(copy).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(2);
  await copy.click();
  await expect(workspace.title).toContainText('anonymised');
  await expect(workspace.rows).toHaveText(before.rows!);
  await expect(workspace.customers).toHaveText(before.customers!);
  await expect(workspace.revenue).toHaveText(before.revenue!);
  await expect(workspace.firstDate).toHaveText('Jan 1, 1994');
  await page.screenshot({ path: 'test-results/workshop-restored.png', fullPage: true });
});
