import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page.ts';

test.setTimeout(120_000);

/** Serious and critical axe violations on the page as it is now (WCAG 2.1 A and AA). */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the empty state and the import screen have no serious accessibility violation', async ({
  page,
}) => {
  await page.goto('/');
  await new WorkspacePage(page).expectEmpty();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/#/import');
  await expect(page.getByRole('button', { name: 'Choose a file' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/orders-bad-rows.csv');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every screen with the sample loaded has no serious accessibility violation', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  expect(await seriousViolations(page), 'Data sets').toEqual([]);
  const links = await page.getByRole('navigation').getByRole('link').all();
  for (const link of links) {
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForLoadState('networkidle');
    // Let lazy screens finish computing before checking.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    expect(await seriousViolations(page), name).toEqual([]);
  }
});
