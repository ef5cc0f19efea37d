import { expect, test } from '@playwright/test';
import { hostileFiles, largeFile } from '../fixtures/hostile.ts';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test.setTimeout(180_000);

test('hostile and broken files get a clear message and never harm stored data', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  const importer = new ImportPage(page);
  await workspace.open();
  await workspace.loadSample();
  const sampleRows = await workspace.rows.textContent();

  for (const file of hostileFiles()) {
    await test.step(file.name, async () => {
      await importer.open();
      await importer.fileInput.setInputFiles({
        name: file.name,
        mimeType: 'text/csv',
        buffer: file.bytes,
      });
      const detectionError = page.getByRole('alert').filter({ hasText: 'Import failed' });
      await expect(importer.startButton.or(detectionError)).toBeVisible({ timeout: 30_000 });
      if (await detectionError.isVisible()) {
        expect(file.outcome, `${file.name} refused at detection`).toBe('error');
        await expect(detectionError).toContainText(file.message!);
        return;
      }
      await importer.start();
      if (file.outcome === 'error') {
        await expect(detectionError).toContainText(file.message!, { timeout: 30_000 });
        await detectionError.getByRole('button', { name: 'Dismiss' }).click();
      } else if (file.outcome === 'review') {
        await expect(page.getByRole('heading', { name: /were rejected/ })).toContainText(
          `${file.rejected} were rejected`,
          { timeout: 30_000 },
        );
        await expect(importer.rejectedTable).toContainText(file.message!);
        await importer.discard();
      } else {
        await expect(workspace.customers).toBeVisible({ timeout: 60_000 });
        if (file.customers) {
          await expect(workspace.customers).toHaveText(file.customers.toLocaleString('en'));
        }
        await workspace.deleteOpenDataset();
      }
    });
  }

  // The data set that was there before is intact.
  await workspace.open();
  await workspace.switcher.selectOption({ label: 'Sample coffee shop' });
  await expect(workspace.rows).toHaveText(sampleRows!);
});

test('names and headers with HTML or script are shown as text', async ({ page }) => {
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await importer.open();
  await importer.choose({
    name: '<img src=x onerror=alert(1)>.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'customer,date,amount,<script>alert(2)</script>\n<b>c1</b>,2024-01-05,10.00,<img src=x onerror=alert(3)>\n',
    ),
  });
  await expect(importer.preview).toContainText('<b>c1</b>');
  await importer.start();
  await expect(workspace.title).toHaveText('<img src=x onerror=alert(1)>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a 300 MB file streams in with progress and its summary is right', async ({ page }) => {
  const path = await largeFile();
  const importer = new ImportPage(page);
  const workspace = new WorkspacePage(page);
  await importer.open();
  await importer.choose(path);
  await importer.start();
  await expect(importer.progress).toBeVisible();
  await expect(workspace.rows).toHaveText('11,500,000', { timeout: 150_000 });
  await expect(workspace.rejected).toHaveText('0');
  await workspace.deleteOpenDataset();
  await workspace.expectEmpty();
});
