import { expect, type Page } from '@playwright/test';

/** Every screen the address opens (`/#/<screen>`): the data sets, the analyses, the import. */
export const SCREENS = [
  'data',
  'cohorts',
  'churn',
  'ltv',
  'predictive',
  'customers',
  'lifecycle',
  'contacts',
  'simulator',
  'report',
  'import',
] as const;

/** Waits until the screen shows its title and nothing on it is loading any more. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('main h1, h1').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
}
