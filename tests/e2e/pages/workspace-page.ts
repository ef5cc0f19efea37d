import { expect, type Locator, type Page } from '@playwright/test';

/** The data sets screen: empty state, the open data set's summary, rename and delete. */
export class WorkspacePage {
  readonly importButton: Locator;
  readonly sampleButton: Locator;
  readonly title: Locator;
  readonly rows: Locator;
  readonly customers: Locator;
  readonly firstDate: Locator;
  readonly lastDate: Locator;
  readonly revenue: Locator;
  readonly refunds: Locator;
  readonly rejected: Locator;
  readonly switcher: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByRole('button', { name: 'Import a file' });
    this.sampleButton = page.getByRole('button', { name: 'Try sample data' });
    this.title = page.locator('#summary-title');
    this.rows = page.getByTestId('summary-rows');
    this.customers = page.getByTestId('summary-customers');
    this.firstDate = page.getByTestId('summary-first');
    this.lastDate = page.getByTestId('summary-last');
    this.revenue = page.getByTestId('summary-revenue');
    this.refunds = page.getByTestId('summary-refunds');
    this.rejected = page.getByTestId('summary-rejected');
    this.switcher = page.getByRole('combobox', { name: 'Data set', exact: true });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/data');
  }

  async expectEmpty(): Promise<void> {
    await expect(this.importButton).toBeVisible();
    await expect(this.sampleButton).toBeVisible();
  }

  async loadSample(): Promise<void> {
    await this.sampleButton.click();
    await expect(this.title).toHaveText('Sample coffee shop', { timeout: 30_000 });
  }

  async rename(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename' }).click();
    await this.page.getByLabel('Data set name').fill(name);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async deleteOpenDataset(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
  }
}
