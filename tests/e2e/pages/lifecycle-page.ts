import { expect, type Locator, type Page } from '@playwright/test';

/** The Lifecycle board: lanes of cards, toolbar, rules panel, move log, stage flow. */
export class LifecyclePage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly board: Locator;
  readonly announcer: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly search: Locator;
  readonly reason: Locator;
  readonly rulesButton: Locator;
  readonly logButton: Locator;
  readonly log: Locator;
  readonly flow: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.navLink = page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Lifecycle' });
    this.heading = page.getByRole('heading', { name: 'Lifecycle board', level: 1 });
    this.board = page.getByTestId('board');
    this.announcer = page.getByTestId('announcer');
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    this.redoButton = page.getByRole('button', { name: 'Redo', exact: true });
    this.search = page.getByLabel('Find a customer (id or name)');
    this.reason = page.getByLabel('Reason for moves (optional)');
    this.rulesButton = page.getByRole('button', { name: 'Rules and lanes' });
    this.logButton = page.getByRole('button', { name: 'Move log' });
    this.log = page.getByRole('region', { name: 'Move log' });
    this.flow = page.getByRole('region', { name: /^Stage (flow|moves)/ });
    this.toast = page.getByTestId('toast');
  }

  async open(): Promise<void> {
    await this.navLink.click();
    await expect(this.heading).toBeVisible();
    await expect(this.lane('new').getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  }

  lane(id: string): Locator {
    return this.page.locator(`[data-lane-id="${id}"]`);
  }

  count(id: string): Locator {
    return this.lane(id).getByTestId('lane-count');
  }

  cards(id: string): Locator {
    return this.lane(id).getByRole('option');
  }

  /** Drags a card onto another lane with the mouse (press, move in steps, release). */
  async drag(card: Locator, toLane: string): Promise<void> {
    const from = await card.boundingBox();
    const to = await this.lane(toLane).locator('.viewport').boundingBox();
    if (!from || !to) throw new Error('card or lane not visible');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, {
      steps: 2,
    });
    await this.page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Drags a card onto another lane with a finger: real touch input through the DevTools
   * protocol (touch emulation on for the gesture), a sideways move first as a user would.
   * Returns the pointerType the page saw on pointerdown.
   */
  async touchDrag(card: Locator, toLane: string): Promise<string> {
    return this.#touchGesture(card, async (x, y, move) => {
      const to = await this.lane(toLane).locator('.viewport').boundingBox();
      if (!to) throw new Error('lane not visible');
      await move(x + 20, y);
      for (let i = 1; i <= 8; i++) {
        await move(
          x + 20 + ((to.x + to.width / 2 - x - 20) * i) / 8,
          y + ((to.y + 40 - y) * i) / 8,
        );
      }
    });
  }

  /** Swipes up with a finger on a card (to scroll its lane); returns the pointerType seen. */
  async touchSwipeUp(card: Locator, distance: number): Promise<string> {
    return this.#touchGesture(card, async (x, y, move) => {
      for (let i = 1; i <= 8; i++) await move(x, y - (distance * i) / 8);
    });
  }

  async #touchGesture(
    card: Locator,
    moves: (x: number, y: number, move: (x: number, y: number) => Promise<void>) => Promise<void>,
  ): Promise<string> {
    const box = await card.boundingBox();
    if (!box) throw new Error('card not visible');
    await this.page.evaluate(() => {
      const w = window as unknown as { seenPointer: string };
      w.seenPointer = '';
      addEventListener('pointerdown', (e) => (w.seenPointer = e.pointerType), { once: true });
    });
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await moves(x, y, async (mx, my) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: mx, y: my }],
      });
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();
    return this.page.evaluate(() => (window as unknown as { seenPointer: string }).seenPointer);
  }

  /** Reads the paint timings the board publishes (ms). */
  async timings(): Promise<{ paint: number; total: number; seq: number }> {
    return this.board.evaluate((el) => ({
      paint: Number(el.getAttribute('data-paint-ms')),
      total: Number(el.getAttribute('data-total-ms')),
      seq: Number(el.getAttribute('data-view-seq')),
    }));
  }

  async download(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
