import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test('a report export: title lines skipped, "Итого" rejected, the second "Сумма" chosen', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose('tests/fixtures/report-export-ru.csv');

  // 3 title lines and a blank line above the header on line 5.
  await expect(importer.warnings).toBeVisible();
  await expect(importer.warning('preamble')).toContainText(
    'Lines 1–4 above the header (line 5) are a title or blank, not data: they are skipped.',
  );
  await expect(importer.setting('Table starts on line')).toHaveValue('5');
  await expect(importer.warning('duplicate-header')).toContainText(
    'Several columns are named “Сумма” (columns 3 and 4). Column 3 is read as Amount.',
  );
  await expect(importer.warning('total-rows')).toContainText('on lines 11');
  await expect(importer.setting('Amount (required)')).toHaveValue('2');
  const firstRow = importer.preview.locator('tbody tr').first();
  await expect(firstRow).toContainText('6');
  await expect(firstRow).toContainText('Иван');
  await expect(firstRow).toContainText('100.50');
  await expect(importer.preview.locator('tbody tr').last()).toContainText('total row');
  await page.screenshot({ path: 'test-results/import-report-mapping.png', fullPage: true });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // The user picks the other "Сумма" column.
  await page.getByRole('button', { name: 'Read column 4 instead' }).click();
  await expect(importer.setting('Amount (required)')).toHaveValue('3');
  await expect(firstRow).toContainText('120.60');

  await importer.start();
  await expect(importer.rejectedTable).toContainText('11');
  await expect(importer.rejectedTable).toContainText('total row');
  await importer.keepValidRows();
  // 120,60 + 240,00 + 60,30 + 360,90 + 119,99; customers Иван, Олег, Мария.
  await expect(workspace.rows).toHaveText('5');
  await expect(workspace.customers).toHaveText('3');
  await expect(workspace.revenue).toHaveText('$901.79');
});

test('windows-1251 names after an ASCII megabyte: the file is read again as windows-1251', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  const lines = ['customer_id,date,amount'];
  while (lines.length < 60_001) lines.push(`c${lines.length % 999},2024-01-02,1.00`);
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const tail = Buffer.from(
    [...'Иван,2024-02-01,7.00\nОлег,2024-02-02,9.00\n'].map((c) => table.get(c)!),
  );
  const head = Buffer.from(lines.join('\n') + '\n');
  expect(head.length).toBeGreaterThan(1 << 20);
  await importer.choose({
    name: 'late.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([head, tail]),
  });
  await expect(importer.setting('Encoding')).toHaveValue('utf-8');
  await importer.start();

  // Nothing was rejected, but the changed encoding is shown before anything is kept.
  await expect(importer.warning('encoding-changed')).toContainText(
    'Bytes after the start of the file (lines 60002–60003) are not utf-8: the whole file was read again as windows-1251.',
  );
  await importer.keepValidRows();
  // 60 000 rows of 1.00 by 999 customers, then Иван 7.00 and Олег 9.00.
  await expect(workspace.rows).toHaveText('60,002');
  await expect(workspace.customers).toHaveText('1,001');
  await expect(workspace.revenue).toHaveText('$60,016.00');
});

test('dates of 1900 and 2199 among 2024 are shown and can be excluded', async ({ page }) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose('tests/fixtures/orders-far-dates.csv');
  await expect(importer.warning('dates-far')).toContainText(
    'Dates far outside the rest of the file: 2 (years 1900, 2199; lines 7, 16). The other dates run from Jan 1, 2024 to Dec 31, 2024.',
  );
  await page.getByLabel('Exclude rows dated outside Jan 1, 2024 – Dec 31, 2024').check();
  await expect(importer.warning('dates-excluded')).toContainText('on lines 7, 16');
  await importer.start();
  await expect(importer.rejectedTable).toContainText('excluded: date far outside the file');
  await importer.keepValidRows();
  // 20 rows of 2024, 10.00 … 29.00; customers c1 … c7.
  await expect(workspace.rows).toHaveText('20');
  await expect(workspace.customers).toHaveText('7');
  await expect(workspace.revenue).toHaveText('$390.00');
  await expect(workspace.firstDate).toHaveText('Jan 1, 2024');
  await expect(workspace.lastDate).toHaveText('Dec 12, 2024');
});
