import { expect, test } from '@playwright/test';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import {
  customerSummary,
  customerTimeline,
  fitBgNbd,
  type DayNumber,
} from '../../src/core/index.ts';
import { pAlive, type BgNbd } from '../support/bgnbd.ts';
import { customerFacts } from './support/duckdb-customers.ts';
import { suggestedWindow } from './support/duckdb.ts';
import { LifecyclePage } from './pages/lifecycle-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The board on the sample: lane counts against the default rules applied here to per-customer
 * facts from DuckDB SQL over the CSV, moves by mouse and keyboard, undo, reload, clear, a
 * threshold change, the move log's CSV. P(alive) is the published BG/NBD formula
 * (tests/support/bgnbd.ts) on the SQL summary; only its four parameters come from the core's
 * fitter (weeks, as the worker fits), which the unit tests check against the published CDNOW fit.
 */
/** Where screenshots go (test-results is shared with other runs). */
const shots = process.env.E2E_SHOTS ?? 'test-results';
const number = (n: number) => new Intl.NumberFormat('en').format(n);
const LANES = ['new', 'active', 'loyal', 'atRisk', 'lapsed', 'wonBack'];

let params: BgNbd;

test.beforeAll(async () => {
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const end = customerTimeline(columns).maxDay as DayNumber;
  params = fitBgNbd(customerSummary(columns, { unit: 'week', end })).params;
});

/**
 * Lane counts of the default board on the data's last day, rules tried in order: lapsed (no
 * purchase in the last W days), new (first purchase within W days), won back (a purchase
 * after a gap of W days or more, within the last W days), at risk (P(alive) < 0.5, or days
 * since the last purchase above twice the customer's mean gap), loyal (4+ purchase days),
 * else active.
 */
async function expectedCounts(window: number): Promise<number[]> {
  const counts = new Map<string, number>();
  for (const c of await customerFacts(window)) {
    const alive = pAlive(params, c.orders - 1, c.span / 7, c.age / 7);
    const lane =
      c.recency >= window
        ? 'lapsed'
        : c.age < window
          ? 'new'
          : c.since_return < window
            ? 'wonBack'
            : alive < 0.5 || (c.orders >= 2 && c.recency > (2 * c.span) / (c.orders - 1))
              ? 'atRisk'
              : c.orders >= 4
                ? 'loyal'
                : 'active';
    counts.set(lane, (counts.get(lane) ?? 0) + 1);
  }
  return LANES.map((lane) => counts.get(lane) ?? 0);
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

  const window = await suggestedWindow();
  const expected = await expectedCounts(window);
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
  await expect(board.announcer).toHaveText(`Moved 1 customer (${id}) to Loyal.`);
  // Visible feedback: a toast with Undo, the card shown and flashed in its new lane.
  await expect(board.toast).toBeVisible();
  await expect(board.toast).toContainText(`Moved 1 customer (${id}) to Loyal.`);
  await expect(board.toast.getByRole('button', { name: 'Undo' })).toBeVisible();
  const moved = board.lane('loyal').locator(`[data-customer]`, { hasText: id });
  await expect(moved).toBeInViewport();
  await expect(moved).toBeFocused();
  await expect(moved).toHaveClass(/highlighted/);
  await expect(moved).toContainText('by hand');
  await page.screenshot({ path: `${shots}/lifecycle-toast.png` });
  // The P(alive) bar says what it shows.
  const bar = moved.getByRole('img');
  await expect(bar).toHaveAttribute(
    'title',
    /^Chance the customer is still active \(P\(alive\)\): \d+%/,
  );
  await expect(bar).toHaveAccessibleName(/^Chance the customer is still active/);
  await board.search.fill(id);
  await board.search.press('Enter');
  await expect(moved).toBeFocused();

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
  const activeId = (await active.getAttribute('aria-label'))!.split(' ')[0]!;
  await active.focus();
  await page.keyboard.press('Space');
  await expect(board.announcer).toHaveText(/^Picked up 1 customer from Active\./);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(board.announcer).toHaveText('Target lane: At risk.');
  await page.keyboard.press('Enter');
  await expect(board.announcer).toHaveText(`Moved 1 customer (${activeId}) to At risk.`);
  await expect(board.count('active')).toHaveText(number(expected[1]! - 1));

  // Undo the keyboard move with the toast's Undo: visible feedback, the card back in Active.
  await board.toast.getByRole('button', { name: 'Undo' }).click();
  const undone = 'Undid the last move: 1 customer is back in its lane.';
  await expect(board.announcer).toHaveText(undone);
  await expect(board.toast).toContainText(undone);
  await expect(board.toast.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(board.count('active')).toHaveText(number(expected[1]!));
  const back = board.lane('active').locator('[data-customer]', { hasText: activeId });
  await expect(back).toBeInViewport();
  await expect(back).toHaveClass(/highlighted/);

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

  // Rules: a shorter inactivity window re-places customers; counts follow the rules.
  await board.rulesButton.click();
  const windowInput = page.getByLabel('Inactive after (days, W)');
  await expect(windowInput).toHaveValue(String(window));
  const before = await board.timings();
  await windowInput.fill(String(window - 30));
  await windowInput.press('Tab');
  const narrower = await expectedCounts(window - 30);
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
  // The log names the customers moved.
  await expect(
    board.log.getByRole('row').filter({ hasText: id }).filter({ hasText: 'Called, keen' }),
  ).toContainText('New');
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
