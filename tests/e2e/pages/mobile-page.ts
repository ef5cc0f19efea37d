import { expect, type Locator, type Page } from '@playwright/test';

/** The app on a phone: the compact header, its menu, and the page's width. */
export class MobilePage {
  readonly header: Locator;
  readonly menuButton: Locator;
  readonly nav: Locator;
  readonly current: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('#app > header');
    this.menuButton = page.getByRole('button', { name: 'Menu' });
    this.nav = page.getByRole('navigation', { name: 'Screens' });
    this.current = page.locator('header .current');
  }

  /** Opens a screen through the header's menu, by taps only. */
  async goTo(screen: string): Promise<void> {
    // Right after the sample loads the app may still switch to Data sets once: retry.
    await expect(async () => {
      if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true') {
        await this.menuButton.tap();
      }
      await this.nav.getByRole('link', { name: screen, exact: true }).tap({ timeout: 2_000 });
      await expect(this.nav).toBeHidden({ timeout: 1_000 });
      await expect(this.current).toHaveText(screen, { timeout: 1_000 });
      await this.page.waitForTimeout(300);
      await expect(this.current).toHaveText(screen, { timeout: 100 });
    }).toPass({ timeout: 30_000 });
  }

  /** Waits until the screen has finished computing. */
  async settled(): Promise<void> {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 45_000 });
  }

  /**
   * Drags a slider's thumb with a finger from its left end to `fraction` of its width: real
   * touch input through the DevTools protocol, in small steps as a finger moves.
   */
  async dragSlider(slider: Locator, fraction: number): Promise<void> {
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('slider not visible');
    const y = box.y + box.height / 2;
    const from = box.x + 8;
    const to = box.x + box.width * fraction;
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: from, y }],
    });
    for (let i = 1; i <= 10; i++) {
      const x = from + ((to - from) * i) / 10;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await this.page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  async headerHeight(): Promise<number> {
    const box = await this.header.boundingBox();
    if (!box) throw new Error('header not visible');
    return box.height;
  }

  /** The document's scroll width and the viewport's width. */
  async widths(): Promise<{ scroll: number; viewport: number }> {
    return this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
  }
}
