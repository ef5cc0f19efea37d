import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { countLines, estimateImportBytes } from '../../src/core/ingest/space.ts';

const FIXTURE = 'tests/fixtures/orders-ru-cp1251.csv';

test('an import that would not fit is announced with the figures and needs "Import anyway"', async ({
  page,
}) => {
  // The browser reports a nearly full, tiny quota: 40 of 100 bytes used.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: () => Promise.resolve({ usage: 40, quota: 100 }),
    });
  });
  const bytes = readFileSync(FIXTURE);
  const needed = estimateImportBytes(bytes.length, bytes.length, countLines(bytes));
  expect(needed).toBeGreaterThan(60);

  const importer = new ImportPage(page);
  await importer.open();
  await importer.fileInput.setInputFiles(FIXTURE);
  const warning = page.getByTestId('space-warning');
  await expect(warning).toContainText('This file may not fit in the browser’s storage');
  await expect(warning).toContainText(`needs about ${needed} byte`);
  await expect(warning).toContainText('only 60 byte is free');
  // The plain Import button is replaced: the user has to choose to go ahead.
  await expect(importer.startButton).toHaveCount(0);
  await page.screenshot({ path: 'test-results/storage-warning.png', fullPage: true });

  await page.getByRole('button', { name: 'Import anyway' }).click();
  const workspace = new WorkspacePage(page);
  await expect(workspace.rows).toHaveText('5');
  await expect(workspace.customers).toHaveText('3');
});

test('an import that fits shows no storage warning', async ({ page }) => {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(FIXTURE);
  await expect(page.getByTestId('space-warning')).toHaveCount(0);
});
