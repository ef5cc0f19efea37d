import { expect, test } from '@playwright/test';
import { ImportPage } from './pages/import-page.ts';
import { LifecyclePage } from './pages/lifecycle-page.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test('two tabs on one workspace follow each other: imports and renames, without reload', async ({
  context,
}) => {
  const a = new WorkspacePage(await context.newPage());
  const b = new WorkspacePage(await context.newPage());
  await a.open();
  await b.open();
  await a.expectEmpty();
  await b.expectEmpty();

  // An import in tab A appears in tab B: its switcher and, as B has nothing open, its summary.
  await a.loadSample();
  await expect(b.switcher.locator('option')).toHaveText(['Sample coffee shop']);
  await expect(b.title).toHaveText('Sample coffee shop');
  await expect(b.customers).toHaveText('5,000');

  // A rename in tab B shows in tab A's switcher and in its open summary.
  await b.rename('Coffee — client copy');
  await expect(b.title).toHaveText('Coffee — client copy');
  await expect(a.title).toHaveText('Coffee — client copy');
  await expect(a.switcher.locator('option')).toHaveText(['Coffee — client copy']);

  // A second import in A is listed in B, while B keeps the data set it has open.
  const importer = new ImportPage(a.page);
  await importer.open();
  await importer.choose('tests/fixtures/orders-ru-cp1251.csv');
  await importer.start();
  await expect(a.title).toHaveText('orders-ru-cp1251');
  await expect(b.switcher.locator('option')).toHaveText([
    'orders-ru-cp1251',
    'Coffee — client copy',
  ]);
  await expect(b.title).toHaveText('Coffee — client copy');
  await expect(b.switcher).toHaveValue(
    (await b.switcher.locator('option', { hasText: 'Coffee' }).getAttribute('value'))!,
  );

  // Deleting in A: B falls back to the remaining data set instead of showing a stale one.
  await a.page.goto('/#/data');
  await a.switcher.selectOption({ label: 'Coffee — client copy' });
  await expect(a.title).toHaveText('Coffee — client copy');
  await a.deleteOpenDataset();
  await expect(b.switcher.locator('option')).toHaveText(['orders-ru-cp1251']);
  await expect(b.title).toHaveText('orders-ru-cp1251');
  await expect(b.customers).toHaveText('3');
  await b.page.screenshot({ path: 'test-results/tabs-b.png', fullPage: true });
});

test('a scenario saved in one tab appears in the other tab’s list without reload', async ({
  context,
}) => {
  const pageA = await context.newPage();
  const pageB = await context.newPage();
  const a = new WorkspacePage(pageA);
  await a.open();
  await a.loadSample();
  const simA = new SimulatorPage(pageA);
  const simB = new SimulatorPage(pageB);
  await pageB.goto('/#/data');
  await expect(new WorkspacePage(pageB).title).toHaveText('Sample coffee shop');
  await simA.open();
  await simB.open();
  await simA.saveAs('Plan from tab A');
  await expect(pageB.locator('li[data-scenario="Plan from tab A"]')).toBeVisible();
});

test('a lifecycle move in one tab shows on the other tab’s board without reload', async ({
  context,
}) => {
  const pageA = await context.newPage();
  const pageB = await context.newPage();
  const a = new WorkspacePage(pageA);
  await a.open();
  await a.loadSample();
  await pageB.goto('/#/data');
  await expect(new WorkspacePage(pageB).title).toHaveText('Sample coffee shop');
  const boardA = new LifecyclePage(pageA);
  const boardB = new LifecyclePage(pageB);
  await boardA.open();
  await boardB.open();
  const count = async (board: LifecyclePage, lane: string) =>
    Number((await board.count(lane).textContent())!.replace(/\D/g, ''));
  const before = await count(boardB, 'new');
  await boardA.drag(boardA.cards('new').first(), 'loyal');
  await expect(boardA.count('new')).toHaveText((before - 1).toLocaleString('en'));
  await expect(boardB.count('new')).toHaveText((before - 1).toLocaleString('en'));
  // Undo in B is seen in A too.
  await boardB.undoButton.click();
  await expect(boardA.count('new')).toHaveText(before.toLocaleString('en'));
});
