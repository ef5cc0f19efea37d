import { expect, type Locator, type Page } from '@playwright/test';

/** The Predictive CLV screen: model settings, fitted parameters, charts, value × risk grid. */
export class PredictivePage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly unit: Locator;
  readonly horizon: Locator;
  readonly margin: Locator;
  readonly discount: Locator;
  readonly r: Locator;
  readonly alpha: Locator;
  readonly a: Locator;
  readonly b: Locator;
  readonly totalCustomers: Locator;
  readonly topCustomers: Locator;
  readonly holdoutActual: Locator;
  readonly busy: Locator;
  readonly headline: Locator;
  readonly details: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Predictive CLV' });
    this.heading = page.getByRole('heading', { name: 'Predictive lifetime value' });
    this.unit = page.getByLabel('Time unit', { exact: false });
    this.horizon = page.getByLabel(/^Horizon/);
    this.margin = page.getByLabel('Margin (% of revenue)');
    this.discount = page.getByLabel(/^Discount rate per/);
    this.r = page.getByTestId('param-r');
    this.alpha = page.getByTestId('param-alpha');
    this.a = page.getByTestId('param-a');
    this.b = page.getByTestId('param-b');
    this.totalCustomers = page.getByTestId('total-customers');
    this.topCustomers = page.getByTestId('top-customers');
    this.holdoutActual = page.getByTestId('holdout-actual');
    this.busy = page.locator('.body[aria-busy="true"]');
    this.headline = page.getByRole('region', { name: /at a glance$/ });
    this.details = page.getByTestId('model-details');
    this.grid = page.getByRole('region', { name: 'Value × risk: where retention money goes' });
  }

  async open(): Promise<void> {
    // Right after an import the app shows the data set; click again if that won the race.
    await expect(async () => {
      await this.navLink.click();
      await expect(this.heading).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(this.totalCustomers).toBeVisible({ timeout: 30_000 });
  }

  /** Opens the collapsed "Model details" (parameters, fit check, holdout). */
  async openDetails(): Promise<void> {
    if ((await this.details.getAttribute('open')) === null) {
      await this.details.locator('summary').click();
    }
    await expect(this.r).toBeVisible();
  }

  /** Waits until no recomputation is under way. */
  async settled(): Promise<void> {
    await expect(this.busy).toHaveCount(0, { timeout: 30_000 });
  }

  async setHorizon(periods: number): Promise<void> {
    await this.horizon.fill(String(periods));
    await this.horizon.press('Enter');
    await this.horizon.blur();
    await this.settled();
  }

  async setUnit(unit: 'week' | 'day'): Promise<void> {
    await this.unit.selectOption(unit);
    await this.settled();
  }

  /** A value × risk cell (value and risk tiers 0 = low … 2 = high). */
  cell(value: number, risk: number): Locator {
    return this.page.getByTestId(`grid-${value}-${risk}`);
  }

  topRow(rank: number): Locator {
    return this.topCustomers.locator('tbody tr').nth(rank - 1);
  }

  list(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }
}
