import { expect, test, type Page } from '@playwright/test';
import { largeFile } from '../fixtures/hostile.ts';
import { ImportPage } from './pages/import-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/** Data set records (id → status, chunkCount) and chunks per data set id, read from IndexedDB. */
async function storedState(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ datasets: Record<string, [string, number]>; chunks: Record<string, number> }>(
        (resolve, reject) => {
          const open = indexedDB.open('tenure');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const tx = open.result.transaction(['datasets', 'chunks'], 'readonly');
            const datasets: Record<string, [string, number]> = {};
            const chunks: Record<string, number> = {};
            const all = tx.objectStore('datasets').getAll();
            all.onsuccess = () => {
              for (const r of all.result as { id: string; status: string; chunkCount: number }[])
                datasets[r.id] = [r.status, r.chunkCount];
            };
            const keys = tx.objectStore('chunks').getAllKeys();
            keys.onsuccess = () => {
              for (const [id] of keys.result as [string, number][])
                chunks[id] = (chunks[id] ?? 0) + 1;
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve({ datasets, chunks });
            };
          };
        },
      ),
  );
}

test('opening a second tab mid-import neither destroys the import nor leaves orphan chunks', async ({
  context,
}) => {
  test.setTimeout(240_000);
  const rows = 3_000_000;
  const path = await largeFile(rows);
  const pageA = await context.newPage();
  const a = new WorkspacePage(pageA);
  const importer = new ImportPage(pageA);
  await importer.open();
  await importer.choose(path);
  await importer.start();
  await expect(importer.progress).toBeVisible();
  // Wait until chunks are being stored: the import is well under way.
  await expect
    .poll(async () => Object.values((await storedState(pageA)).chunks)[0] ?? 0, {
      timeout: 60_000,
    })
    .toBeGreaterThan(2);

  // Tab B starts (and runs its start-up sweep) while A is still importing.
  const pageB = await context.newPage();
  const b = new WorkspacePage(pageB);
  await b.open();
  await b.expectEmpty();
  await expect(importer.progress).toBeVisible(); // B's start happened mid-import

  // A finishes: it says "Imported" (and then its data set must exist with every chunk), or
  // it says the import failed.
  const outcome = await Promise.race([
    expect(pageA.getByText(/^Imported “/))
      .toBeVisible({ timeout: 200_000 })
      .then(() => 'imported' as const),
    expect(importer.error)
      .toBeVisible({ timeout: 200_000 })
      .then(() => 'failed' as const),
  ]);
  expect(outcome).toBe('imported');
  await expect(a.rows).toHaveText(rows.toLocaleString('en'));
  const state = await storedState(pageA);
  const ids = Object.keys(state.datasets);
  expect(ids).toHaveLength(1);
  const [status, chunkCount] = state.datasets[ids[0]!]!;
  expect(status).toBe('ready');
  expect(state.chunks).toEqual({ [ids[0]!]: chunkCount });
  // Tab B follows: the data set shows there too.
  await expect(b.rows).toHaveText(rows.toLocaleString('en'));
});

test('reloading mid-import leaves nothing behind once the page is back', async ({ page }) => {
  test.setTimeout(180_000);
  const path = await largeFile(3_000_000);
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(path);
  await importer.start();
  await expect
    .poll(async () => Object.values((await storedState(page)).chunks)[0] ?? 0, {
      timeout: 60_000,
    })
    .toBeGreaterThan(2);
  await page.reload();
  await new WorkspacePage(page).open();
  // The reloaded page's start sweeps the import the old page left (at once, or as soon as
  // the old page's worker has let go of its lock).
  await expect
    .poll(async () => storedState(page), { timeout: 30_000 })
    .toEqual({
      datasets: {},
      chunks: {},
    });
});
