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
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Manifest;
  expect(manifest).toMatchObject({
    name: expect.any(String),
    start_url: '/',
    display: 'standalone',
    theme_color: expect.any(String),
  });

  // Icons: 192 and 512 PNGs that exist with those sizes, and a maskable one.
  const png = (size: number) =>
    manifest.icons.filter((i) => i.type === 'image/png' && i.sizes === `${size}x${size}`);
  expect(png(192).length).toBeGreaterThan(0);
  expect(png(512).length).toBeGreaterThan(0);
  const maskable = manifest.icons.filter((i) => i.purpose?.split(' ').includes('maskable'));
  expect(maskable.map((i) => i.sizes)).toContain('512x512');
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const response = await page.request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    const bytes = await response.body();
    // PNG header: width and height are big-endian at bytes 16 and 20.
    const [width, height] = icon.sizes.split('x').map(Number);
    expect(bytes.readUInt32BE(16), icon.src).toBe(width);
    expect(bytes.readUInt32BE(20), icon.src).toBe(height);
  }

  // File handling: .csv, .tsv and .txt open in the app's start page.
  const handler = manifest.file_handlers[0]!;
  expect(handler.action).toBe('/');
  const extensions = Object.values(handler.accept).flat();
  expect(extensions).toEqual(expect.arrayContaining(['.csv', '.tsv', '.txt', '.xlsx']));
  expect(Object.keys(handler.accept)).toContain('text/csv');
});

test('a file opened with the installed app goes straight into the import flow', async ({
  page,
}) => {
  // Stands in for the File Handling API: the launch queue hands the app one CSV file.
  await page.addInitScript(() => {
    const text = 'customer_id,date,amount\nA,2024-01-05,10.50\nB,2024-02-01,20\n';
    const file = new File([text], 'launched orders.csv', { type: 'text/csv' });
    const handle = { kind: 'file', name: file.name, getFile: () => Promise.resolve(file) };
    Object.defineProperty(window, 'launchQueue', {
      value: { setConsumer: (consumer: (p: unknown) => void) => consumer({ files: [handle] }) },
    });
  });
  await page.goto('/');
  await expect(page).toHaveURL(/#\/import$/);
  await expect(page.getByRole('heading', { name: /launched orders\.csv/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
});

interface Manifest {
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  file_handlers: { action: string; accept: Record<string, string[]> }[];
}
