import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Cohorts screen: its controls, the heat map, the retention curves and the drill-down. */
export class CohortsPage {
  readonly navLink: Locator;
  readonly grain: Locator;
  readonly metric: Locator;
  readonly classic: Locator;
  readonly rolling: Locator;
  readonly percent: Locator;
  readonly absolute: Locator;
  readonly split: Locator;
  readonly heatmap: Locator;
  readonly heatmapCard: Locator;
  readonly curves: Locator;
  readonly drillDown: Locator;
  readonly rollingReason: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Cohorts' });
    this.grain = page.getByLabel('Period', { exact: true });
    this.metric = page.getByLabel('Measure');
    this.classic = page.getByLabel('In period k (classic)');
    this.rolling = page.getByLabel('In k or later (rolling)');
    this.percent = page.getByLabel('Percent', { exact: true });
    this.absolute = page.getByLabel('Absolute', { exact: true });
    this.split = page.getByLabel('Split by');
    this.heatmap = page.getByRole('grid');
    this.heatmapCard = page.getByRole('region', { name: 'Cohort matrix' });
    this.curves = page.getByRole('slider');
    this.drillDown = page.getByRole('region', { name: /^Cohort .*, k = / });
    this.rollingReason = page.getByText('Rolling does not apply to cumulative revenue');
  }

  /**
   * Opens the screen. Retries: right after the sample loads, the import may still switch to
   * Data sets once (it asks for persistent storage first), so the screen must stay put.
   */
  async open(): Promise<void> {
    await expect(async () => {
      await this.navLink.click();
      await expect(this.heatmap).toBeVisible({ timeout: 15_000 });
      await this.page.waitForTimeout(500);
      await expect(this.heatmap).toBeVisible({ timeout: 100 });
    }).toPass({ timeout: 45_000 });
  }

  /** A heat-map cell by cohort label and offset k (and split group). */
  cell(cohort: string, k: number, group?: string): Locator {
    const groupAttr = group === undefined ? '' : `[data-group="${group}"]`;
    return this.heatmap.locator(`rect[data-cohort="${cohort}"][data-k="${k}"]${groupAttr}`);
  }

  /** Hovers a cell and returns the tooltip's text. */
  async tooltipOf(cohort: string, k: number): Promise<string> {
    await this.cell(cohort, k).hover();
    const tooltip = this.heatmap.getByRole('status');
    await expect(tooltip).toBeVisible();
    return ((await tooltip.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async showTable(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Table' }).click();
  }

  async exportCsv(card: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await card.getByRole('button', { name: 'CSV' }).click();
    return download;
  }
}
