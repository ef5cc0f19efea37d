import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bomb, craft } from '../unit/storage/backup-craft.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/** Resident memory of every Chromium process, in bytes (Linux `ps`). */
function chromiumRss(): number {
  try {
    const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((l) => Number(l.trim()) * 1024)
      .reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  } catch {
    return 0;
  }
}

test('a restore asks before replacing data sets, refuses crafted files plainly, and refuses a gzip bomb fast', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  const revenue = await workspace.revenue.textContent();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up workspace' }).click(),
  ]);
  const backup = new Uint8Array(readFileSync(await download.path()));
  const input = page.getByTestId('restore-input');
  const pick = (name: string, bytes: Uint8Array) =>
    input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });

  // $typed "constructor": refused with a plain message, once, and nothing changes.
  await pick(
    'crafted.tenure',
    craft(backup, (json) => {
      const tables = json.tables as Record<string, Record<string, Record<string, unknown>>[]>;
      tables.chunks![0]!.customer!.$typed = 'constructor';
    }),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('array of an unknown kind');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(alert).not.toContainText('is not a');
  await expect(workspace.revenue).toHaveText(revenue!);

  // A gzip bomb (1 GiB of zeros behind a real backup): refused as too large, fast.
  const file = await bomb(backup, 1 << 30);
  const base = chromiumRss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, chromiumRss())), 50);
  const t0 = Date.now();
  await pick('bomb.tenure', file);
  await expect(alert).toContainText('too large');
  const ms = Date.now() - t0;
  clearInterval(timer);
  console.log(
    `browser: ${(file.length / 2 ** 20).toFixed(2)} MB bomb (1 GiB inflated) refused in ${ms} ms; Chromium RSS ${(base / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MB`,
  );
  expect(ms).toBeLessThan(10_000);

  // The real backup while its data set exists: the preview names what it replaces and asks.
  await pick('backup.tenure', backup);
  const replaces = page.getByTestId('restore-replaces');
  await expect(replaces).toContainText('replaces this data set');
  await expect(replaces).toContainText('Sample coffee shop');
  await page.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(page.getByText(/^Restored 1 data set/)).toBeVisible();
  await expect(workspace.revenue).toHaveText(revenue!);
});
