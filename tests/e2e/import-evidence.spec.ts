import { expect, test } from '@playwright/test';
import { ruDotThousands } from '../fixtures/evidence.ts';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf-8'),
});

test('an ambiguous 1.500 is said in the mapping step, the other reading one click away', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(csv('ru.csv', ruDotThousands().text));
  const warnings = page.getByTestId('import-warnings');
  await expect(warnings).toContainText('“1.500”');
  await expect(warnings).toContainText('thousands separator');
  await expect(warnings).toContainText('line 2, 3, 4');
  await expect(importer.setting('Decimal separator')).toHaveValue(',');
  await warnings.getByRole('button', { name: 'Use the other reading' }).first().click();
  await expect(importer.setting('Decimal separator')).toHaveValue('.');
  await expect(warnings).toContainText('decimal mark');
});

test('a file that contradicts its first megabyte is read again, and the change is shown', async ({
  page,
}) => {
  const rows = 40_000;
  const at = Math.floor(rows * 0.9);
  const lines = ['customer_id,date,amount,note'];
  for (let i = 0; i < rows; i++) {
    const [m, d] = i === at ? [3, 13] : [1 + (i % 12), 1 + (Math.floor(i / 12) % 12)];
    lines.push(`customer-${i % 3000},${m}/${d}/2023,10.00,some padding to pass one megabyte`);
  }
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose(csv('late.csv', lines.join('\n') + '\n'));
  await expect(importer.setting('Date format')).toHaveValue('dmy');
  await importer.start();
  // Nothing stored yet: back in the mapping step with the file's own reading, and why.
  const warnings = page.getByTestId('import-warnings');
  await expect(warnings).toContainText('Changed after reading the whole file', { timeout: 60_000 });
  await expect(warnings).toContainText(`line ${at + 2}`);
  await expect(importer.setting('Date format')).toHaveValue('mdy');
  await importer.start();
  await expect(workspace.rows).toHaveText('40,000', { timeout: 60_000 });
});

test('in the Russian UI, detection notes and warnings are in Russian', async ({ page }) => {
  const importer = new ImportPage(page);
  await importer.open();
  await page.getByRole('combobox', { name: /Language/ }).selectOption({ label: 'Русский' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByTestId('file-input').setInputFiles(csv('ru.csv', ruDotThousands().text));
  const warnings = page.getByTestId('import-warnings');
  await expect(warnings).toContainText('прочитан как разделитель разрядов');
  await expect(warnings).toContainText('строка 2, 3, 4');
  await expect(page.locator('.mapping')).toContainText('Точка с запятой ;: число полей — 3');
  await expect(page.locator('.mapping')).toContainText('Все столбцы распознаны по названиям');
});
