import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page.ts';

test('after one visit the app loads and imports with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  const workspace = new WorkspacePage(page);
  await workspace.expectEmpty();
  await workspace.loadSample();
  await expect(workspace.customers).toHaveText('5,000');
});

test('the app asks for nothing outside its own origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  for (const link of await page.getByRole('navigation').getByRole('link').all()) {
    await link.click();
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('the page declares a strict Content-Security-Policy and a web manifest', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as unknown;
  expect(manifest).toMatchObject({
    name: expect.any(String),
    start_url: '/',
    display: 'standalone',
  });
});
