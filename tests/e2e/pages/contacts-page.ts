import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Contact plan screen: settings, the month calendar, the day's list and the exports. */
export class ContactsPage {
  readonly navLink: Locator;
  readonly settings: Locator;
  readonly capacity: Locator;
  readonly cooldown: Locator;
  readonly summary: Locator;
  readonly calendar: Locator;
  readonly dayList: Locator;
  readonly dayCount: Locator;
  readonly exportCsvButton: Locator;
  readonly exportIcsButton: Locator;
  readonly lapsed: Locator;
  readonly noRhythm: Locator;
  readonly customerDetail: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation').getByRole('link', { name: 'Contact plan' });
    this.settings = page.getByRole('form', { name: 'Plan settings' });
    this.capacity = page.getByRole('spinbutton', { name: /^Capacity/ });
    this.cooldown = page.getByRole('spinbutton', { name: /^Cooldown/ });
    this.summary = page.getByTestId('plan-summary');
    this.calendar = page.getByRole('group', { name: 'Calendar' });
    this.dayList = page.getByRole('listbox');
    this.dayCount = page.getByTestId('day-count');
    this.exportCsvButton = page.getByRole('button', { name: 'Export the plan (CSV)' });
    this.exportIcsButton = page.getByRole('button', { name: 'Export to a calendar (.ics)' });
    this.lapsed = page.getByRole('region', { name: 'Lapsed: the win-back playbook' });
    this.noRhythm = page.getByRole('region', { name: 'No rhythm yet: onboarding' });
    this.customerDetail = page.getByTestId('customer-detail');
  }

  /** Opens the screen (retrying while the sample import may still switch screens once). */
  async open(): Promise<void> {
    await expect(async () => {
      await this.navLink.click();
      await expect(this.summary).toBeVisible({ timeout: 20_000 });
      await this.page.waitForTimeout(500);
      await expect(this.summary).toBeVisible({ timeout: 100 });
    }).toPass({ timeout: 60_000 });
  }

  /** The calendar button of a day (YYYY-MM-DD). */
  day(iso: string): Locator {
    return this.calendar.locator(`button[data-day="${iso}"]`);
  }

  /** The load shown on a day's button. */
  async dayLoad(iso: string): Promise<number> {
    return Number((await this.day(iso).locator('.load').textContent())?.replace(/\D/g, ''));
  }

  async setCapacity(value: number | null): Promise<void> {
    await this.capacity.fill(value === null ? '' : String(value));
    await this.capacity.press('Enter');
    await this.capacity.blur();
  }

  async pickDay(iso: string): Promise<void> {
    await this.day(iso).click();
  }

  /** Opens the customer of the index-th row of the day's list with the keyboard. */
  async openWithKeyboard(index: number): Promise<void> {
    await this.dayList.focus();
    await this.dayList.press('Home');
    for (let i = 0; i < index; i++) await this.dayList.press('ArrowDown');
    await this.dayList.press('Enter');
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportCsvButton.click();
    return download;
  }

  async exportIcs(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportIcsButton.click();
    return download;
  }
}
