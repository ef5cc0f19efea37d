import { expect, test, type Page } from '@playwright/test';
import { MobilePage } from './pages/mobile-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { CohortsPage } from './pages/cohorts-page.ts';
import { ChurnPage } from './pages/churn-page.ts';
import { CustomersPage } from './pages/customers-page.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { ContactsPage } from './pages/contacts-page.ts';

// Phones and tablets (issue 18): every screen fits the viewport, the header is one row, and
// each screen's main control works by tap.
test.setTimeout(120_000);

async function loadSample(page: Page): Promise<void> {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
}

/** Each screen (its name in the menu) and a tap on its main control, with what must follow. */
const SCREENS: { name: string; tap: (page: Page) => Promise<void> }[] = [
  {
    name: 'Data sets',
    tap: async (page) => {
      await page.getByRole('button', { name: 'Rename' }).tap();
      await expect(page.getByLabel('Data set name')).toBeVisible();
    },
  },
  {
    name: 'Cohorts',
    tap: async (page) => {
      const cohorts = new CohortsPage(page);
      await expect(cohorts.heatmap).toBeVisible();
      await page.locator('rect[role="gridcell"][data-k="1"]').first().tap();
      await expect(cohorts.drillDown).toBeVisible();
    },
  },
  {
    name: 'Churn',
    tap: async (page) => {
      const churn = new ChurnPage(page);
      await churn.rateChart.tap();
      await expect(churn.drillDown).toBeVisible();
    },
  },
  {
    name: 'Lifetime value',
    tap: async (page) => {
      // A bar's tooltip opens on tap: nothing is shown on hover only.
      await page.locator('g.bar').first().tap();
      await expect(page.locator('.tooltip[role="status"]').first()).toBeVisible();
    },
  },
  {
    name: 'Predictive CLV',
    tap: async (page) => {
      const cell = page.getByTestId('grid-2-2');
      await cell.tap();
      await expect(cell).toHaveAttribute('aria-pressed', 'true');
    },
  },
  {
    name: 'Customers',
    tap: async (page) => {
      const customers = new CustomersPage(page);
      await customers.rows.first().tap();
      await expect(customers.detail).toBeVisible();
    },
  },
  {
    name: 'Lifecycle',
    tap: async (page) => {
      const card = page.locator('[data-lane-id="new"]').getByRole('option').first();
      await card.tap();
      await expect(card).toHaveAttribute('aria-selected', 'true');
    },
  },
  {
    name: 'Retention spend',
    tap: async (page) => {
      const sim = new SimulatorPage(page);
      await expect(sim.segmentRows.first()).toBeVisible();
      const before = await sim.totalCost.innerText();
      // A finger drags the first segment's spend slider three quarters along.
      const slider = sim.segmentRows.first().getByRole('slider');
      expect((await slider.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      await new MobilePage(page).dragSlider(slider, 0.75);
      await expect(sim.totalCost).not.toHaveText(before);
      expect(Number(await slider.inputValue())).toBeGreaterThan(0);
    },
  },
  {
    name: 'Contact plan',
    tap: async (page) => {
      const contacts = new ContactsPage(page);
      await expect(contacts.summary).toBeVisible({ timeout: 60_000 });
      // A tap on the plan's second day selects it and lists its contacts.
      const day = contacts.calendar.locator('button[data-day]').nth(1);
      await day.tap();
      await expect(day).toHaveAttribute('aria-pressed', 'true');
      await expect(contacts.dayCount).toBeVisible();
    },
  },
  {
    name: 'Report',
    tap: async (page) => {
      // A tap on a block's box takes the block out of the report.
      const box = page.getByRole('checkbox', { name: 'Definitions' });
      await box.tap();
      await expect(box).not.toBeChecked();
      await expect(page.getByTestId('report-block-appendix')).toHaveCount(0);
    },
  },
  {
    name: 'Import',
    tap: async (page) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose a file' }).tap();
      await chooser;
    },
  },
];

test.describe('at 390 × 844 on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the header is one row with a menu that works by tap and by keyboard', async ({ page }) => {
    await loadSample(page);
    const mobile = new MobilePage(page);
    expect(await mobile.headerHeight()).toBeLessThanOrEqual(72);
    await expect(mobile.current).toHaveText('Data sets');
    await expect(mobile.nav).toBeHidden();
    await expect(mobile.menuButton).toHaveAttribute('aria-expanded', 'false');
    const box = await mobile.menuButton.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);

    await mobile.menuButton.tap();
    await expect(mobile.menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(mobile.nav.getByRole('link', { name: 'Cohorts' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Data set', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    for (const link of await mobile.nav.getByRole('link').all()) {
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    // Escape closes the menu and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await expect(mobile.nav).toBeHidden();
    await expect(mobile.menuButton).toBeFocused();
    // The keyboard opens it again; the screens follow the button in the tab order.
    await page.keyboard.press('Enter');
    await expect(mobile.menuButton).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(mobile.nav.getByRole('link', { name: 'Data sets' })).toBeFocused();
    await page.keyboard.press('Escape');

    await mobile.goTo('Churn');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  for (const screen of SCREENS) {
    test(`${screen.name}: fits the width, one-row header, main control by tap`, async ({
      page,
    }) => {
      await loadSample(page);
      const mobile = new MobilePage(page);
      if (screen.name !== 'Data sets') await mobile.goTo(screen.name);
      await mobile.settled();
      const { scroll, viewport } = await mobile.widths();
      expect(viewport).toBe(390);
      expect(scroll, `${screen.name} is wider than the screen`).toBe(viewport);
      expect(await mobile.headerHeight()).toBeLessThanOrEqual(72);
      await screen.tap(page);
      expect((await mobile.widths()).scroll).toBe(390);
    });
  }
});

/** Opens every screen of the navigation and checks that none is wider than the viewport. */
async function everyScreenFits(page: Page, width: number): Promise<void> {
  await loadSample(page);
  const mobile = new MobilePage(page);
  const narrow = width <= 640;
  if (narrow) await mobile.menuButton.click();
  const names = (await mobile.nav.getByRole('link').allInnerTexts()).map((n) => n.trim());
  if (narrow) await mobile.menuButton.click();
  expect(names.length).toBeGreaterThanOrEqual(9);
  const widths: Record<string, number> = {};
  for (const name of names) {
    if (narrow) await mobile.goTo(name);
    else await mobile.nav.getByRole('link', { name, exact: true }).click();
    await mobile.settled();
    widths[name] = (await mobile.widths()).scroll;
  }
  expect(widths).toEqual(Object.fromEntries(names.map((n) => [n, width])));
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('no screen is wider than the viewport', async ({ page }) => {
    test.setTimeout(240_000);
    await everyScreenFits(page, 360);
  });
});

test.describe('at 1 024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('no screen is wider than the viewport', async ({ page }) => {
    test.setTimeout(240_000);
    await everyScreenFits(page, 1024);
  });
});
