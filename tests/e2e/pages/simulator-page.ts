import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Retention spend simulator: segments, totals, optimiser, scenarios. */
export class SimulatorPage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly segmentation: Locator;
  readonly segmentRows: Locator;
  readonly totalNet: Locator;
  readonly totalCost: Locator;
  readonly totalValueSaved: Locator;
  readonly playbook: Locator;
  readonly budget: Locator;
  readonly optimise: Locator;
  readonly applyAllocation: Locator;
  readonly optimiserResult: Locator;
  readonly breakEven: Locator;
  readonly scenarioName: Locator;
  readonly save: Locator;
  readonly saveAsNew: Locator;
  readonly exportScenario: Locator;
  readonly importInput: Locator;
  readonly exportTargets: Locator;
  readonly compareTable: Locator;
  readonly message: Locator;
  readonly resultsBar: Locator;
  readonly unsaved: Locator;
  readonly fromHere: Locator;
  readonly budgetSlider: Locator;

  constructor(readonly page: Page) {
    this.navLink = page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Retention spend' });
    this.heading = page.getByRole('heading', { name: 'Retention spend simulator', level: 1 });
    this.segmentation = page.getByLabel('Segment by');
    this.segmentRows = page.locator('section[aria-labelledby="sim-segments"] tbody[data-segment]');
    this.totalNet = page.locator('[data-total="net"]');
    this.totalCost = page.locator('[data-total="cost"]');
    this.totalValueSaved = page.locator('[data-total="valueSaved"]');
    this.playbook = page.getByRole('button', { name: 'Apply the value × risk playbook' });
    this.budget = page.getByLabel('Total budget', { exact: true });
    this.optimise = page.getByRole('button', { name: 'Optimise', exact: true });
    this.applyAllocation = page.getByRole('button', { name: 'Use this allocation' });
    this.optimiserResult = page.getByTestId('opt-result');
    this.breakEven = page.getByTestId('break-even');
    this.scenarioName = page.getByLabel('Scenario name');
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.saveAsNew = page.getByRole('button', { name: 'Save as new' });
    this.exportScenario = page.getByRole('button', { name: 'Export scenario' });
    this.importInput = page.locator('input[type="file"][accept*="json"]');
    this.exportTargets = page.getByRole('button', { name: 'Export target list' });
    this.compareTable = page.getByTestId('compare-table');
    this.message = page.getByTestId('sim-message');
    this.resultsBar = page.getByTestId('results-bar');
    this.unsaved = page.getByTestId('unsaved');
    this.fromHere = page.getByRole('button', { name: 'Optimise from here' });
    this.budgetSlider = page.getByRole('slider', { name: 'Total budget, spent the best way' });
  }

  async open(): Promise<void> {
    // Right after an import the app may still be switching to the data set's summary.
    await expect(async () => {
      await this.navLink.click();
      await expect(this.heading).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(this.segmentRows.first()).toBeVisible({ timeout: 45_000 });
  }

  /** A segment: its row and its folded details (one tbody). */
  row(key: string): Locator {
    return this.page.locator(
      `section[aria-labelledby="sim-segments"] tbody[data-segment="${key}"]`,
    );
  }

  /** The customers of a segment as its row shows them ("1,234 customers"). */
  async customers(key: string): Promise<number> {
    const text = await this.row(key).locator('[data-field="customers"]').innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }

  /** Opens or closes a segment's assumptions and details. */
  async toggleDetails(key: string): Promise<void> {
    await this.row(key)
      .getByRole('button', { name: /^Assumptions and details of/ })
      .click();
  }

  /** N, p (fraction) and V of a segment row as the screen shows them. */
  async segmentFigures(key: string): Promise<{ n: number; p: number; value: number }> {
    const row = this.row(key);
    const n = await this.customers(key);
    const p = Number(await row.getByLabel(/^Churn probability/).inputValue()) / 100;
    const value = Number(await row.getByLabel(/^Value of a retained customer/).inputValue());
    return { n, p, value };
  }

  async setSpend(key: string, spend: number): Promise<void> {
    await this.row(key).getByRole('slider').fill(String(spend));
  }

  async setChannel(key: string, channel: string): Promise<void> {
    await this.row(key)
      .getByLabel(/^Channel/)
      .selectOption({ label: channel });
  }

  field(key: string, field: string): Locator {
    return this.row(key).locator(`[data-field="${field}"]`);
  }

  async runOptimiser(budget: number): Promise<void> {
    await this.budget.fill(String(budget));
    await this.optimise.click();
    await expect(this.optimiserResult).toBeVisible();
  }

  async saveAs(name: string): Promise<void> {
    await this.scenarioName.fill(name);
    if (await this.saveAsNew.isVisible()) await this.saveAsNew.click();
    else await this.save.click();
    await expect(this.page.locator(`li[data-scenario="${name}"]`)).toBeVisible();
  }

  async compare(...names: string[]): Promise<void> {
    for (const name of names) {
      await this.page.getByRole('checkbox', { name: `Compare ${name}` }).check();
    }
  }

  async download(button: Locator): Promise<Download> {
    const waiting = this.page.waitForEvent('download');
    await button.click();
    return waiting;
  }
}
