import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const fixture = (name: string) => `tests/fixtures/${name}`;

/** Counts the records of an IndexedDB store of the app's database, straight from the browser. */
async function countStored(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tenure');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    store,
  );
}

test('a Windows-1251 file with ; and decimal commas imports with the right summary', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose(fixture('orders-ru-cp1251.csv'));

  await expect(importer.setting('Encoding')).toHaveValue('windows-1251');
  await expect(importer.setting('Delimiter')).toHaveValue(';');
  await expect(importer.setting('Decimal separator')).toHaveValue(',');
  await expect(importer.setting('Date format')).toHaveValue('dmy');
  // Parsed values: Cyrillic ids decoded, "1 234,50" read as 1,234.50, 05.01.2024 as a date.
  const firstRow = importer.preview.locator('tbody tr').first();
  await expect(firstRow).toContainText('К-001');
  await expect(firstRow).toContainText('Jan 5, 2024');
  await expect(firstRow).toContainText('1,234.50');
  await page.screenshot({ path: 'test-results/import-mapping.png', fullPage: true });

  await importer.start();
  // The fixture: 5 rows, 3 customers, 1 234,50 + 99,90 + 2 500,00 − 150,00 + 10 000,00.
  await expect(workspace.rows).toHaveText('5');
  await expect(workspace.customers).toHaveText('3');
  await expect(workspace.revenue).toHaveText('$13,684.40');
  await expect(workspace.refunds).toContainText('-$150.00');
  await expect(workspace.firstDate).toHaveText('Jan 5, 2024');
  await expect(workspace.lastDate).toHaveText('Mar 1, 2024');
});

test('rejected rows are listed by line, can be downloaded, and the valid rows kept', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose(fixture('orders-bad-rows.csv'));
  await expect(importer.preview.locator('tr.problem')).toHaveCount(5);

  await importer.start();
  await expect(
    page.getByRole('heading', { name: '4 rows are valid, 5 were rejected' }),
  ).toBeVisible();
  const lines = importer.rejectedTable.locator('tbody tr');
  await expect(lines).toHaveCount(5);
  // Physical lines; the quoted two-line note on lines 6–7 shifts the next row to line 8.
  await expect(lines.nth(0)).toContainText('3customer_idempty customer id');
  await expect(lines.nth(1)).toContainText('unreadable date "2024-02-31"');
  await expect(lines.nth(2)).toContainText('unreadable amount "12,3,4"');
  await expect(lines.nth(3)).toContainText('8—wrong number of fields: 3, expected 4');
  await expect(lines.nth(4)).toContainText('9datedate out of range');
  await page.screenshot({ path: 'test-results/import-review.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('line,column,reason');
  expect(csv).toContain('8,,"wrong number of fields: 3, expected 4"');

  await importer.keepValidRows();
  await expect(workspace.rows).toHaveText('4');
  await expect(workspace.rejected).toHaveText('5');
  await page.getByRole('button', { name: 'Show rejected rows' }).click();
  await expect(importer.rejectedTable.locator('tbody tr')).toHaveCount(5);
});

test('cancelling at review or mid-import leaves nothing behind', async ({ page }) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose(fixture('orders-bad-rows.csv'));
  await importer.start();
  await importer.discard();
  await workspace.open();
  await workspace.expectEmpty();

  // 800 000 rows (~20 MB): long enough to cancel while it runs.
  const rows = ['customer;date;amount'];
  for (let i = 0; i < 800_000; i++)
    rows.push(`c${i % 50_000};${1 + (i % 28)}.03.2024;${i % 997},50`);
  await importer.open();
  await importer.choose({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await importer.start();
  await expect(importer.cancelButton).toBeVisible();
  await importer.cancelButton.click();
  await expect(page.getByRole('button', { name: 'Choose a file' })).toBeVisible();
  await workspace.open();
  await workspace.expectEmpty();
  expect(await countStored(page, 'datasets')).toBe(0);
  expect(await countStored(page, 'chunks')).toBe(0);
});

test('bad files get a clear message and change nothing', async ({ page }) => {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.fileInput.setInputFiles({
    name: 'empty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(0),
  });
  await expect(importer.error).toContainText('empty');
  await importer.fileInput.setInputFiles({
    name: 'report.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('504b0304140000000800', 'hex'),
  });
  // The start of a ZIP archive: read as a workbook, and found cut off.
  await expect(importer.error).toContainText('This workbook is incomplete');
  expect(await countStored(page, 'datasets')).toBe(0);
});

test('a per-customer summary file becomes a data set of its own kind', async ({ page }) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose('tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv');
  await expect(importer.setting('File type')).toHaveValue('summary');
  await importer.start();
  // 2 357 customers in the CDNOW sample summary (Fader, Hardie & Lee 2005).
  await expect(workspace.customers).toHaveText('2,357');
});

test('the sample joins its customers file', async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  await expect(page.getByText('Customers file: Sample customers.csv')).toBeVisible();
});
