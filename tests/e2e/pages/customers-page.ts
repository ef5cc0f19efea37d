import { expect, type Locator, type Page } from '@playwright/test';

/** The Customers explorer: search, sort, filters, the virtualised table and the detail panel. */
export class CustomersPage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly segment: Locator;
  readonly cell: Locator;
  readonly count: Locator;
  readonly rows: Locator;
  readonly viewport: Locator;
  readonly detail: Locator;
  readonly story: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Customers' });
    this.heading = page.getByRole('heading', { name: 'Customers', level: 1 });
    this.search = page.getByLabel('Search by id or name');
    this.segment = page.getByRole('combobox', { name: 'RFM segment' });
    this.cell = page.getByRole('combobox', { name: 'Value × risk' });
    this.count = page.locator('#explorer-count');
    this.rows = page.getByTestId('explorer-row');
    this.viewport = page.locator('.viewport');
    this.detail = page.getByTestId('customer-detail');
    this.story = page.getByRole('slider', { name: /Purchase timeline/ });
  }

  async open(): Promise<void> {
    // Right after an import the app shows the data set; click again if that won the race.
    await expect(async () => {
      await this.navLink.click();
      await expect(this.heading).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(this.rows.first()).toBeVisible({ timeout: 30_000 });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sort by ${column}` }).click();
  }

  row(id: string): Locator {
    return this.rows.filter({ hasText: id });
  }

  async openCustomer(id: string): Promise<void> {
    await this.row(id).first().click();
    await expect(this.detail.getByRole('heading', { level: 2 })).toContainText(id);
  }
}
