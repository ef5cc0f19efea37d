import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The folder the config built the app into and serves from (vite preview reads files afresh
// on every request). Playwright cannot intercept the browser's own fetch of a service worker
// script, so a new deployment is simulated by changing the served sw.js for a moment.
const SW_FILE = join(process.env.E2E_OUTDIR ?? 'dist', 'sw.js');

test('a new version waiting to take over is announced, and "Later" puts the prompt away', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Tenure is ready' });
  await expect(prompt).toHaveCount(0);

  // A new deployment: the same service worker with a byte changed.
  const original = readFileSync(SW_FILE, 'utf8');
  try {
    writeFileSync(SW_FILE, `${original}\n// new version ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(prompt).toBeVisible();
  } finally {
    writeFileSync(SW_FILE, original);
  }

  // No import runs, so Reload is offered; nothing reloads by itself.
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/update-prompt.png' });
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  // The old version still controls the page; the new one waits for the user.
  const waiting = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state ?? null;
  });
  expect(waiting).toBe('installed');

  // On the next visit the waiting version is announced again; Reload hands over to it.
  await page.reload();
  await expect(prompt).toBeVisible();
  await Promise.all([
    page.waitForEvent('framenavigated'),
    prompt.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting ?? null,
          controlled: !!navigator.serviceWorker.controller,
        };
      }),
    )
    .toEqual({ waiting: null, controlled: true });
  await expect(prompt).toHaveCount(0);
});
