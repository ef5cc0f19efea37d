import { expect, test, type Locator } from '@playwright/test';
import { query } from './support/duckdb.ts';
import { LifecyclePage } from './pages/lifecycle-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The Lifecycle screen's stage flow on the sample. Start → end counts each customer once: the
 * total equals the customers whose first purchase is on or before the end of the range, and the
 * "not yet a customer" origin holds those whose first purchase falls inside it (DuckDB SQL over
 * the CSV). The per-period mode counts moves: a customer once per step at whose end they are a
 * customer.
 */
const shots = process.env.E2E_SHOTS ?? 'test-results';
const number = (n: number) => new Intl.NumberFormat('en').format(n);

/** Customers with a first purchase in (after, upTo] (ISO days; after may be null). */
async function firstBuyers(after: string | null, upTo: string): Promise<number> {
  const [row] = await query(`
    WITH f AS (SELECT customer_id, min(day) AS first FROM tx GROUP BY customer_id)
    SELECT count(*) AS n FROM f
    WHERE first <= DATE '${upTo}' ${after ? `AND first > DATE '${after}'` : ''}`);
  return row!.n as number;
}

/** The sum of the counts in the accessible names of a chart's marks. */
async function sumOf(marks: Locator, pattern: RegExp): Promise<number> {
  let sum = 0;
  for (const name of await marks.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  )) {
    const m = pattern.exec(name);
    if (m) sum += Number(m[1]!.replace(/,/g, ''));
  }
  return sum;
}

test('stage flow: each customer once from start to end, a Sankey beside, moves per period', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  const board = new LifecyclePage(page);
  await board.open();
  const flow = board.flow;
  await flow.scrollIntoViewIfNeeded();
  await expect(flow).toHaveAccessibleName(
    'Stage flow: where customers started and where they are at the end',
  );

  // Default range: the last four quarters, from the end of 2023-Q4 to the end of 2024-Q4.
  await expect(flow.getByLabel('From period')).toHaveValue('8');
  await expect(flow.getByText('End of 2023-Q4 → end of 2024-Q4')).toBeVisible();
  const total = await firstBuyers(null, '2024-12-31');
  const joined = await firstBuyers('2023-12-31', '2024-12-31');
  expect(total).toBe(5000);
  await expect(flow.getByTestId('flow-note')).toContainText(
    `Customers who had bought by the end of 2024-Q4: ${number(total)}.`,
  );
  const cells = flow.getByRole('button', { name: / → .*: [\d,]+ customers$/ });
  await expect(cells.first()).toBeVisible();
  expect(await sumOf(cells, /: ([\d,]+) customers$/)).toBe(total);
  // Nobody ends in "not yet": the matrix has no such column.
  await expect(flow.getByRole('button', { name: /→ Not yet a customer:/ })).toHaveCount(0);

  // The Sankey: start nodes (not yet included) and end nodes of the stages, each side = total.
  const sankey = flow.getByTestId('flow-sankey');
  const starts = sankey.locator('[data-testid^="sankey-node-start-"]');
  const ends = sankey.locator('[data-testid^="sankey-node-end-"]');
  await expect(sankey.getByTestId('sankey-node-end-0')).toHaveAccessibleName(
    /^New at the end of 2024-Q4: [\d,]+ customers$/,
  );
  await expect(sankey.getByTestId('sankey-node-end-1')).toHaveAccessibleName(/^Active at/);
  await expect(sankey.getByTestId('sankey-node-start-6')).toHaveAccessibleName(
    `Not yet a customer at the end of 2023-Q4: ${number(joined)} customers`,
  );
  expect(await ends.count()).toBeGreaterThanOrEqual(4);
  expect(await sumOf(starts, /: ([\d,]+) customers$/)).toBe(total);
  expect(await sumOf(ends, /: ([\d,]+) customers$/)).toBe(total);
  await page.screenshot({ path: `${shots}/lifecycle-flow-range.png`, fullPage: false });
  await flow.screenshot({ path: `${shots}/lifecycle-flow-card.png` });

  // An earlier range: end of 2022-Q4 → end of 2023-Q2, fewer customers counted.
  await flow.getByLabel('From period').selectOption({ label: '2022-Q4' });
  await flow.getByLabel('To period').selectOption({ label: '2023-Q2' });
  const earlier = await firstBuyers(null, '2023-06-30');
  expect(earlier).toBeLessThan(total);
  await expect(flow.getByTestId('flow-note')).toContainText(
    `Customers who had bought by the end of 2023-Q2: ${number(earlier)}.`,
  );
  await expect(sankey.getByTestId('sankey-node-start-6')).toHaveAccessibleName(
    `Not yet a customer at the end of 2022-Q4: ${number(await firstBuyers('2022-12-31', '2023-06-30'))} customers`,
  );
  await expect.poll(() => sumOf(cells, /: ([\d,]+) customers$/)).toBe(earlier);

  // Per period: the title says it counts moves; a customer counts once per step at whose end
  // they are a customer: the customers of the end of 2023-Q1 plus those of the end of 2023-Q2.
  await flow.getByRole('button', { name: 'Period by period (moves)' }).click();
  await expect(flow).toHaveAccessibleName(
    'Stage moves between consecutive periods (counts moves, not customers)',
  );
  const stepped = (await firstBuyers(null, '2023-03-31')) + earlier;
  await expect(flow.getByTestId('flow-note')).toContainText(
    `(2 steps): a customer counts once per step at whose end they are a customer. Moves in all: ${number(stepped)}.`,
  );
  const moves = flow.getByRole('button', { name: / → .*: [\d,]+ moves$/ });
  await expect(moves.first()).toBeVisible();
  expect(await sumOf(moves, /: ([\d,]+) moves$/)).toBe(stepped);
  await expect(flow.getByTestId('flow-sankey')).toHaveCount(0);
  await flow.screenshot({ path: `${shots}/lifecycle-flow-moves.png` });

  // Back to start → end, then in Russian (the screen opens afresh on the last four quarters):
  // lane names in the chart are translated.
  await flow.getByRole('button', { name: 'Start → end (customers)' }).click();
  await expect(flow.getByTestId('flow-sankey')).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const ru = page.getByRole('region', { name: /^Поток по стадиям/ });
  await expect(ru.getByTestId('sankey-node-end-0')).toHaveAccessibleName(
    /^Новые на конец 2024-Q4: клиентов: /,
  );
  await expect(ru.getByRole('button', { name: /^Новые → Активные: клиентов: / })).toBeVisible();
  await ru.screenshot({ path: `${shots}/lifecycle-flow-ru.png` });

  // On a phone the matrix and the Sankey stack, and the Sankey fits the width.
  await page.setViewportSize({ width: 390, height: 844 });
  const narrow = ru.getByTestId('flow-sankey').locator('svg');
  await expect
    .poll(async () => (await narrow.boundingBox())?.width ?? 999)
    .toBeLessThanOrEqual(390);
  await ru.getByTestId('flow-sankey').screenshot({ path: `${shots}/lifecycle-flow-phone.png` });
});
