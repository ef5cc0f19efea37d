import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { ImportPage } from './pages/import-page.ts';
import { LtvPage } from './pages/ltv-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('a file in euros imports in euros, says why, and its currency can be changed', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  // 1 200,00 € + 49,50 € + €0,00 (tests/fixtures/make-fixtures.ts).
  await importer.choose(fixture('orders-eur.csv'));
  await expect(importer.setting('Currency')).toHaveValue('EUR');
  await expect(page.getByText('EUR: 3 of 3 amounts are written with “€”.')).toBeVisible();
  await expect(importer.preview.locator('tbody tr').first()).toContainText('€1,200.00');
  await importer.start();
  await expect(workspace.revenue).toHaveText('€1,249.50');

  await page.getByLabel('Currency', { exact: true }).selectOption('BGN');
  const leva = (locale: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'BGN' }).format(1249.5);
  await expect(workspace.revenue).toHaveText(leva('en'));
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
  await expect(workspace.revenue).toHaveText(leva('ru'));
  await page.reload();
  await expect(workspace.revenue).toHaveText(leva('ru'));
});

test('figures, chart axes and CSV headers of a screen follow the data set’s currency', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await expect(workspace.revenue).toHaveText(/^€/);
  const ltv = new LtvPage(page);
  await ltv.open();
  await expect(ltv.ltv).toHaveText(/^€[\d,]+\.\d\d$/);
  await expect(ltv.ampu).toHaveText(/^€/);
  // The LTV-by-cohort chart's value axis.
  await expect(ltv.byCohort.locator('svg text.tick').first()).toContainText('€');
  await ltv.segmentButton('At risk').click();
  const exported = await ltv.exportCsv(ltv.segmentCustomers('At risk'));
  expect(exported.text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
    'customer_id,name,first_purchase,last_purchase,transactions,revenue (EUR)',
  );
  await page.screenshot({ path: 'test-results/currency-ltv.png', fullPage: true });
});
