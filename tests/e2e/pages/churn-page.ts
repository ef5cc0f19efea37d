import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Churn screen: window and grain controls, the three charts and the drill-down list. */
export class ChurnPage {
  readonly navLink: Locator;
  readonly windowInput: Locator;
  readonly windowSlider: Locator;
  readonly windowReason: Locator;
  readonly grain: Locator;
  readonly definition: Locator;
  readonly rateCard: Locator;
  readonly activeCard: Locator;
  readonly growthCard: Locator;
  readonly rateChart: Locator;
  readonly growthChart: Locator;
  readonly drillDown: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Churn' });
    this.windowInput = page.getByRole('spinbutton', { name: 'Inactivity window W (days)' });
    this.windowSlider = page.getByRole('slider', { name: 'Inactivity window W, slider' });
    this.windowReason = page.getByText(/^Suggested W = /);
    this.grain = page.getByLabel('Period', { exact: true });
    this.definition = page.getByText(/^Active on a day d:/);
    this.rateCard = page.getByRole('region', { name: 'Churn rate per period' });
    this.activeCard = page.getByRole('region', {
      name: 'Active customers at the end of each period',
    });
    this.growthCard = page.getByRole('region', { name: 'Growth accounting' });
    this.rateChart = this.rateCard.getByRole('slider');
    this.growthChart = this.growthCard.getByRole('slider');
    this.drillDown = page.getByRole('region', { name: / in \d{4}-/ });
  }

  /**
   * Opens the screen. Retries: right after the sample loads, the import may still switch to
   * Data sets once (it asks for persistent storage first), so the screen must stay put.
   */
  async open(): Promise<void> {
    await expect(async () => {
      await this.navLink.click();
      await expect(this.rateChart).toBeVisible({ timeout: 15_000 });
      await this.page.waitForTimeout(500);
      await expect(this.rateChart).toBeVisible({ timeout: 100 });
    }).toPass({ timeout: 45_000 });
  }

  /** The cells of a period's row in a chart card's table view. */
  async tableRow(card: Locator, period: string): Promise<string[]> {
    const button = card.getByRole('button', { name: 'Table' });
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    const row = card
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: period, exact: true }) });
    return row.getByRole('cell').allTextContents();
  }

  async showChart(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Chart' }).click();
  }

  /** Moves the keyboard focus of a period chart to the index-th period and presses Enter. */
  async drillWithKeyboard(chart: Locator, index: number): Promise<void> {
    await chart.focus();
    await chart.press('Home');
    for (let i = 0; i < index; i++) await chart.press('ArrowRight');
    await chart.press('Enter');
  }

  async exportCsv(card: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await card.getByRole('button', { name: 'CSV' }).click();
    return download;
  }
}
