import { expect, type Locator, type Page } from '@playwright/test';

/** The Lifetime value screen: simple LTV inputs and result, concentration, RFM segments. */
export class LtvPage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly grain: Locator;
  readonly margin: Locator;
  readonly discount: Locator;
  readonly trailing: Locator;
  readonly window: Locator;
  readonly ampu: Locator;
  readonly churn: Locator;
  readonly ltv: Locator;
  readonly ltvDiscounted: Locator;
  readonly cac: Locator;
  readonly ratio: Locator;
  readonly message: Locator;
  readonly byGroup: Locator;
  readonly splitBy: Locator;
  readonly byCohort: Locator;
  readonly gini: Locator;
  readonly top20: Locator;
  readonly pareto: Locator;
  readonly asOf: Locator;
  readonly segments: Locator;
  readonly rfmGrid: Locator;

  constructor(readonly page: Page) {
    this.navLink = page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Lifetime value' });
    this.heading = page.getByRole('heading', { name: 'Lifetime value', level: 1 });
    this.grain = page.getByLabel('Period', { exact: true });
    this.margin = page.getByLabel('Margin, % of revenue');
    this.discount = page.getByLabel('Discount rate per period, %');
    this.trailing = page.getByLabel('Periods averaged for churn');
    this.window = page.getByLabel('Inactive after (days)');
    this.ampu = page.getByTestId('ltv-ampu');
    this.churn = page.getByTestId('ltv-churn');
    this.ltv = page.getByTestId('ltv-value');
    this.ltvDiscounted = page.getByTestId('ltv-discounted');
    this.cac = page.getByTestId('ltv-cac');
    this.ratio = page.getByTestId('ltv-ratio');
    this.message = page.getByTestId('ltv-message');
    this.byGroup = page.getByRole('region', { name: /^LTV by (?!acquisition cohort)/ });
    this.splitBy = this.byGroup.getByLabel('Split by');
    this.byCohort = page.getByRole('region', { name: 'LTV by acquisition cohort' });
    this.gini = page.getByTestId('conc-gini');
    this.top20 = page.getByTestId('conc-top-20');
    this.pareto = page.getByRole('region', { name: 'Pareto curve' });
    this.asOf = page.getByLabel('As of');
    this.segments = page.getByRole('region', { name: 'Segments' });
    this.rfmGrid = page.getByRole('region', { name: 'Recency × frequency' });
  }

  async open(): Promise<void> {
    await this.navLink.click();
    await expect(this.heading).toBeVisible();
    await expect(this.ltv).toBeVisible({ timeout: 30_000 });
  }

  /** Types a new value into a number input, as a user replacing the old one. */
  async set(input: Locator, value: string): Promise<void> {
    await input.fill(value);
    await input.press('Tab');
  }

  segmentButton(name: string): Locator {
    return this.segments.getByRole('button', { name: new RegExp(`^${name}: `) });
  }

  segmentCustomers(name: string): Locator {
    return this.page.getByRole('region', { name: `Customers in “${name}”` });
  }

  /** Switches a chart card to its table view. */
  async showTable(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Table', exact: true }).click();
  }

  /** Clicks a card's CSV button and returns the downloaded text. */
  async exportCsv(card: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      card.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
