import { expect, test } from '@playwright/test';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import {
  customerSummary,
  customerTimeline,
  defaultThresholds,
  fitBgNbd,
  laneCounts,
  presetConfig,
  probabilityAliveAll,
  ruleLanes,
  suggestWindow,
  type DayNumber,
  type TransactionColumns,
} from '../../src/core/index.ts';
import { LifecyclePage } from './pages/lifecycle-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The board on the sample: lane counts against core placement computed here in Node (the
 * CLI loader, BG/NBD fitted in weeks as the worker does), moves by mouse and keyboard,
 * undo, reload, clear, a threshold change, the move log's CSV.
 */
/** Where screenshots go (test-results is shared with other runs). */
const shots = process.env.E2E_SHOTS ?? 'test-results';
const number = (n: number) => new Intl.NumberFormat('en').format(n);
const LANES = ['new', 'active', 'loyal', 'atRisk', 'lapsed', 'wonBack'];

let columns: TransactionColumns;
let pAlive: Float64Array;

test.beforeAll(async () => {
  columns = (await loadTransactionsFile('public/sample/transactions.csv')).columns;
  const timeline = customerTimeline(columns);
  const summary = customerSummary(columns, { unit: 'week', end: timeline.maxDay as DayNumber });
  const alive = probabilityAliveAll(fitBgNbd(summary).params, summary);
  pAlive = new Float64Array(columns.customerIds.length).fill(NaN);
  summary.customer.forEach((c, i) => (pAlive[c] = alive[i]!));
});

function expectedCounts(window: number): number[] {
  const timeline = customerTimeline(columns);
  const config = presetConfig('default', defaultThresholds(window));
  return Array.from(laneCounts(ruleLanes(timeline, pAlive, timeline.maxDay, config), 6));
}

test('lifecycle board: rule counts, mouse and keyboard moves, undo, reload, clear, rules, log', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  await expect(page.getByText('Customers file: Sample customers.csv')).toBeVisible({
    timeout: 30_000,
  });
  const board = new LifecyclePage(page);
  await board.open();
  const first = await board.timings();
  console.log(
    `initial board render: ${first.paint} ms after the data was ready (${first.total} ms from the request)`,
  );

  const window = suggestWindow(columns).days;
  const expected = expectedCounts(window);
  for (const [i, id] of LANES.entries()) {
    await expect(board.count(id)).toHaveText(number(expected[i]!));
  }
  await page.screenshot({ path: `${shots}/lifecycle-board.png`, fullPage: true });

  // Mouse: drag the first "New" card to "Loyal".
  const newCount = expected[0]!;
  const loyalCount = expected[2]!;
  const card = board.cards('new').first();
  const id = (await card.getAttribute('aria-label'))!.split(' ')[0]!;
  await board.reason.fill('Called, keen to return');
  await board.drag(card, 'loyal');
  await expect(board.count('new')).toHaveText(number(newCount - 1));
  await expect(board.count('loyal')).toHaveText(number(loyalCount + 1));
  await expect(board.announcer).toHaveText(/Moved 1 customers to Loyal/);
  await board.search.fill(id);
  await board.search.press('Enter');
  const moved = board.lane('loyal').locator(`[data-customer]`, { hasText: id });
  await expect(moved).toBeFocused();
  await expect(moved).toContainText('by hand');

  // Multi-selection by mouse: Ctrl-click two "Lapsed" cards, drag them to "Won back".
  const lapsed = board.cards('lapsed');
  await lapsed.nth(0).click();
  await lapsed.nth(1).click({ modifiers: ['Control'] });
  await board.drag(lapsed.nth(1), 'wonBack');
  await expect(board.count('lapsed')).toHaveText(number(expected[4]! - 2));
  await expect(board.count('wonBack')).toHaveText(number(expected[5]! + 2));

  // Touch: a vertical swipe on a card scrolls its lane (nothing moves); a sideways finger
  // drag takes an "At risk" card to "Won back".
  const lapsedList = board.lane('lapsed').locator('.viewport');
  expect(await board.touchSwipeUp(board.cards('lapsed').nth(2), 150)).toBe('touch');
  await expect.poll(() => lapsedList.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(board.count('lapsed')).toHaveText(number(expected[4]! - 2));
  expect(await board.touchDrag(board.cards('atRisk').first(), 'wonBack')).toBe('touch');
  await expect(board.count('atRisk')).toHaveText(number(expected[3]! - 1));
  await expect(board.count('wonBack')).toHaveText(number(expected[5]! + 3));

  // Keyboard: Space picks up an "Active" card, → → moves the target to "At risk", Enter drops.
  const active = board.cards('active').first();
  await active.focus();
  await page.keyboard.press('Space');
  await expect(board.announcer).toHaveText(/Picked up 1 customers from Active/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(board.announcer).toHaveText('Target lane: At risk.');
  await page.keyboard.press('Enter');
  await expect(board.announcer).toHaveText('Moved 1 customers to At risk.');
  await expect(board.count('active')).toHaveText(number(expected[1]! - 1));

  // Undo the keyboard move with Ctrl+Z.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(board.announcer).toHaveText('Undid the last move (1 customers).');
  await expect(board.count('active')).toHaveText(number(expected[1]!));

  // Reload: the mouse moves are kept.
  await page.reload();
  await board.open();
  await expect(board.count('loyal')).toHaveText(number(loyalCount + 1));
  await board.search.fill(id);
  await board.search.press('Enter');
  const kept = board.lane('loyal').locator('[data-customer]', { hasText: id });
  await expect(kept).toContainText('by hand');
  await kept.click();
  await expect(page.getByTestId('override-info')).toContainText('Moved by hand from New');
  await expect(page.getByTestId('override-info')).toContainText('Called, keen to return');
  await page.screenshot({ path: `${shots}/lifecycle-detail.png`, fullPage: true });

  // Clear the override: back to its rule lane.
  await page.getByRole('button', { name: 'Clear override' }).click();
  await expect(board.count('loyal')).toHaveText(number(loyalCount));
  await expect(board.count('new')).toHaveText(number(newCount));

  // Rules: a shorter inactivity window re-places customers; counts follow core.
  await board.rulesButton.click();
  const windowInput = page.getByLabel('Inactive after (days, W)');
  await expect(windowInput).toHaveValue(String(window));
  const before = await board.timings();
  await windowInput.fill(String(window - 30));
  await windowInput.press('Tab');
  const narrower = expectedCounts(window - 30);
  // The two lapsed → won back overrides still hold.
  await expect(board.count('new')).toHaveText(number(narrower[0]!));
  await expect.poll(async () => (await board.timings()).seq).toBeGreaterThan(before.seq);
  const repaint = await board.timings();
  console.log(
    `rule change to repaint: ${repaint.total} ms (worker + render; paint after data ${repaint.paint} ms)`,
  );
  await page.screenshot({ path: `${shots}/lifecycle-rules.png`, fullPage: true });

  // Move log: view and export as CSV.
  await board.logButton.click();
  await expect(board.log.getByRole('row')).toHaveCount(6); // header + 5 moves
  const csv = await board.download(board.log.getByRole('button', { name: 'CSV' }));
  expect(csv.name).toBe('lifecycle-moves.csv');
  const lines = csv.text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('at,customer_id,from_lane,to_lane,reason,undone');
  expect(lines.some((l) => l.includes(`${id},New,Loyal,"Called, keen to return",no`))).toBe(true);

  await board.flow.scrollIntoViewIfNeeded();
  await expect(board.flow.getByRole('button', { name: /New → Active: / })).toBeVisible();
  await page.screenshot({ path: `${shots}/lifecycle-flow.png`, fullPage: true });
});
