import { expect, test } from '@playwright/test';
import { ChurnPage } from './pages/churn-page.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Feedback in view: a drill-down opens where the eye is (scrolled into view), takes the focus,
 * and Escape or Close gives the focus back to what opened it.
 */
const shots = process.env.E2E_SHOTS ?? 'test-results';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
});

test('cohort drill-down: in view and focused; Escape and Close return to the heat map', async ({
  page,
}) => {
  const cohorts = new CohortsPage(page);
  await cohorts.open();

  // Keyboard: Enter on a cell.
  await cohorts.heatmap.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(cohorts.drillDown).toBeFocused();
  await expect(cohorts.drillDown).toBeInViewport();
  await page.screenshot({ path: `${shots}/feedback-cohort-drill.png` });
  await page.keyboard.press('Escape');
  await expect(cohorts.drillDown).toHaveCount(0);
  await expect(cohorts.heatmap).toBeFocused();
  await expect(cohorts.heatmap).toBeInViewport();

  // Mouse: a click on a cell, then the Close button.
  await cohorts.cell('2022-01', 1).click();
  await expect(cohorts.drillDown).toBeFocused();
  await expect(cohorts.drillDown).toBeInViewport();
  await cohorts.drillDown.getByRole('button', { name: 'Close' }).click();
  await expect(cohorts.drillDown).toHaveCount(0);
  await expect(cohorts.heatmap).toBeFocused();
});

test('churn drill-down: in view and focused; a group switch keeps the focus; Escape returns', async ({
  page,
}) => {
  const churn = new ChurnPage(page);
  await churn.open();
  await churn.showChart(churn.rateCard);
  await churn.drillWithKeyboard(churn.rateChart, 12);
  const panel = page.getByRole('group', { name: /^Lost in / });
  await expect(panel).toBeFocused();
  await expect(churn.drillDown).toBeInViewport();

  const reactivated = page.getByRole('radio', { name: 'Reactivated' });
  await reactivated.check();
  await expect(churn.drillDown).toContainText('Reactivated in');
  await expect(reactivated).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(churn.drillDown).toHaveCount(0);
  await expect(churn.rateChart).toBeFocused();
});
