import { expect, type Locator, type Page } from '@playwright/test';

/** The Report screen: its settings (texts, blocks), the document and printing. */
export class ReportPage {
  readonly navLink: Locator;
  readonly documentTitle: Locator;
  readonly title: Locator;
  readonly client: Locator;
  readonly summary: Locator;
  readonly progress: Locator;
  readonly customers: Locator;
  readonly revenue: Locator;
  readonly ltv: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Report' });
    this.documentTitle = page.locator('#report-title');
    this.title = page.getByLabel('Title', { exact: true });
    this.client = page.getByLabel('Client', { exact: true });
    this.summary = page.getByLabel('Summary', { exact: true });
    this.progress = page.getByTestId('report-progress');
    this.customers = page.getByTestId('report-customers');
    this.revenue = page.getByTestId('report-revenue');
    this.ltv = page.getByTestId('report-block-ltv').getByTestId('ltv-value');
  }

  /**
   * Opens the screen. Retries: right after the sample loads, the import may still switch to
   * Data sets once (it asks for persistent storage first), so the screen must stay put.
   */
  async open(): Promise<void> {
    await expect(async () => {
      await this.navLink.click();
      await expect(this.documentTitle).toBeVisible({ timeout: 15_000 });
      await this.page.waitForTimeout(500);
      await expect(this.documentTitle).toBeVisible({ timeout: 100 });
    }).toPass({ timeout: 45_000 });
  }

  block(id: string): Locator {
    return this.page.getByTestId(`report-block-${id}`);
  }

  /** Waits until every switched-on block is computed. */
  async ready(): Promise<void> {
    await expect(this.customers).toBeVisible({ timeout: 30_000 });
    await expect(this.progress).toBeHidden({ timeout: 60_000 });
  }
}
