import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { cohorts as cohortTable } from './support/duckdb.ts';
import { ChurnPage } from './pages/churn-page.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Exports for decks: chart images carry title, data set, period, legend, notes and a source
 * line; CSVs are rounded as shown, with an unrounded variant; the Customers screen exports CSV.
 */
const shots = process.env.E2E_SHOTS ?? 'test-results';

async function saved(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  const waiting = page.waitForEvent('download');
  await button.click();
  const download: Download = await waiting;
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

const csvLines = (body: Buffer) =>
  body
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('chart images carry title, data set, period, legend and source; CSVs round as shown', async ({
  page,
}) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();
  const card = cohorts.heatmapCard;

  // CSV as shown: percentages to one decimal (fractions to 3 places); unrounded: every digit.
  const rows = await cohortTable('month');
  const first = rows.find((r) => r.cohort === '2022-01')!;
  const share = first.cells[1]!.customers / first.size;
  const shown = csvLines((await saved(page, card.getByRole('button', { name: 'CSV' }))).body);
  const full = await saved(page, card.getByRole('button', { name: 'Unrounded' }));
  expect(full.name).toBe('cohorts-month-customers-full.csv');
  const cell = (lines: string[]) =>
    Number(lines.find((l) => l.startsWith('2022-01,'))!.split(',')[3]);
  expect(cell(shown)).toBe(Number(share.toFixed(3)));
  expect(cell(csvLines(full.body))).toBeCloseTo(share, 12);
  for (const line of shown.slice(1)) {
    for (const value of line.split(',').slice(1)) {
      expect(value, line).toMatch(/^-?\d*(\.\d{1,3})?$/);
    }
  }

  // SVG: framed with title, data set and period, and the source line.
  const svg = await saved(page, card.getByRole('button', { name: 'SVG' }));
  expect(svg.name).toBe('cohorts-month-customers.svg');
  const text = svg.body.toString('utf8');
  expect(text).toContain('>Cohort matrix</text>');
  expect(text).toContain('Sample coffee shop · Jan 1, 2022 – Dec 31, 2024');
  expect(text).toMatch(/>Tenure · Sample coffee shop · [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  expect(text).toContain('Click a cell, or focus the map'); // the note under the heat map

  // PNG: the framed image at twice the size, taller than the chart alone.
  const chartBox = (await card.locator('.chart svg').first().boundingBox())!;
  const png = await saved(page, card.getByRole('button', { name: 'PNG' }));
  expect(png.name).toBe('cohorts-month-customers.png');
  expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
  const height = png.body.readUInt32BE(20);
  expect(height).toBeGreaterThan(chartBox.height * 2 + 100);

  // A chart with a legend: growth accounting's colour keys are in the image.
  const churn = new ChurnPage(page);
  await churn.open();
  const growth = await saved(page, churn.growthCard.getByRole('button', { name: 'SVG' }));
  const growthText = growth.body.toString('utf8');
  expect(growthText).toContain('>Growth accounting</text>');
  for (const key of ['New', 'Resurrected', 'Lost', 'Quick ratio']) {
    expect(growthText).toContain(`>${key}</text>`);
  }
  await page.setContent(growthText);
  await page.screenshot({ path: `${shots}/export-growth.png` });
});

test('the Customers screen exports every selected customer as CSV, rounded or unrounded', async ({
  page,
}) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { name: '5,000 customers' })).toBeVisible({
    timeout: 60_000,
  });
  const shown = await saved(page, page.getByRole('button', { name: 'CSV' }));
  expect(shown.name).toBe('customers.csv');
  const lines = csvLines(shown.body);
  expect(lines[0]).toBe(
    'customer_id,name,first_purchase,last_purchase,transactions,revenue,p_alive,expected_purchases,clv,rfm_segment',
  );
  expect(lines).toHaveLength(5001);
  const pAlive = lines.slice(1).map((l) => l.split(',')[6]!);
  expect(pAlive.every((v) => /^(0|1)(\.\d{1,3})?$/.test(v))).toBe(true);

  const full = await saved(page, page.getByRole('button', { name: 'Unrounded' }));
  expect(full.name).toBe('customers-full.csv');
  const fullLines = csvLines(full.body);
  expect(fullLines).toHaveLength(5001);
  expect(fullLines.slice(1).some((l) => /\.\d{4,}/.test(l.split(',')[6]!))).toBe(true);
  // Same customers in the same order.
  expect(fullLines.map((l) => l.split(',')[0])).toEqual(lines.map((l) => l.split(',')[0]));
});
