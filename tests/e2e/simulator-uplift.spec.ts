import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { customerFacts, rfm } from './support/duckdb-customers.ts';
import { query, suggestedWindow } from './support/duckdb.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * Ex-post uplift: a campaign file of 300 sample customers (150 treated by SMS, 150 held out)
 * is picked on the simulator screen; the retention the page shows per group is checked
 * against DuckDB SQL over the raw transactions, and the uplift's e_max is put into
 * the channel library.
 */

const FIXTURE = 'tests/fixtures/campaign-sms.csv';
const pct = (x: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(x);
const points = (x: number) =>
  `${x > 0 ? '+' : ''}${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(x * 100)}`;

/** Serious and critical axe violations (WCAG 2.1 A/AA) inside one section of the page. */
async function violations(page: Page, section: string) {
  const { violations } = await new AxeBuilder({ page })
    .include(`section[aria-labelledby="${section}"]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Retention per group, by DuckDB SQL over the sample and the campaign file: a member is
 * retained with any transaction in (date, date + W]; a normal-approximation 95 % interval of
 * the difference of the two proportions.
 */
async function expected(window: number, file = FIXTURE, channel: string | null = null) {
  const rows = await query(`
    WITH members AS (
      SELECT * FROM read_csv('${file}', header = true, columns = {
        'customer_id': 'VARCHAR', 'group': 'VARCHAR', 'channel': 'VARCHAR', 'since': 'DATE'})
      ${channel === null ? '' : `WHERE channel = '${channel}'`})
    SELECT m."group" AS grp, count(*) AS n,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM tx WHERE tx.customer_id = m.customer_id
               AND tx.day > m.since AND tx.day <= m.since + ${window})) AS retained
    FROM members m GROUP BY m."group"`);
  const of = (g: string) => rows.find((r) => r.grp === g)!;
  const n = { treatment: of('treatment').n as number, control: of('control').n as number };
  const r = {
    treatment: of('treatment').retained as number,
    control: of('control').retained as number,
  };
  const rt = r.treatment / n.treatment;
  const rc = r.control / n.control;
  const se = Math.sqrt((rt * (1 - rt)) / n.treatment + (rc * (1 - rc)) / n.control);
  return { n, r, rt, rc, diff: rt - rc, low: rt - rc - 1.96 * se, high: rt - rc + 1.96 * se };
}

test('simulator: campaign uplift per segment, used as a channel response', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  const workspace = new WorkspacePage(page);
  const sim = new SimulatorPage(page);
  await workspace.open();
  await workspace.loadSample();
  await sim.open();

  const card = page.locator('section[aria-labelledby="sim-uplift"]');
  await expect(card).toContainText('No campaign file yet');
  await card.getByLabel('Campaign file (CSV)').setInputFiles(FIXTURE);

  // Default window: the data's suggestion.
  const w = await suggestedWindow();
  const want = await expected(w);
  const summary = page.getByTestId('uplift-summary');
  await expect(summary).toContainText(`300 customers measured (150 treated, 150 control)`);
  await expect(summary).toContainText(`within ${w} days`);
  const total = card.locator('tr[data-uplift="all"]');
  await expect(total.locator('[data-field="treated"]')).toContainText(
    `${pct(want.rt)} (${want.r.treatment}/${want.n.treatment})`,
  );
  await expect(total.locator('[data-field="control"]')).toContainText(
    `${pct(want.rc)} (${want.r.control}/${want.n.control})`,
  );
  await expect(total.locator('[data-field="uplift"]')).toHaveText(points(want.diff));
  await expect(total.locator('[data-field="interval"]')).toHaveText(
    `${points(want.low)} … ${points(want.high)}`,
  );
  expect(want.low).toBeGreaterThan(0);
  await expect(total.locator('[data-field="significance"]')).toHaveText('significant');

  // Segment rows (value × risk) split the same customers.
  const rows = card.locator('tbody tr[data-uplift]:not([data-uplift="all"])');
  expect(await rows.count()).toBeGreaterThan(2);
  let treated = 0;
  for (const text of await rows.locator('[data-field="treated"]').allInnerTexts()) {
    treated += Number(/\/(\d+)\)/.exec(text)![1]);
  }
  expect(treated).toBe(150);
  await expect(card.getByText('not significant').first()).toBeVisible();

  // Use the total's uplift as the SMS response: e_max = reduction / (1 − exp(−c / k)).
  await expect(card.getByLabel('Channel of the campaign')).toHaveValue('sms');
  const reduction = want.diff / (1 - want.rc);
  const eMax = Math.min(1, reduction / (1 - Math.exp(-0.15 / 0.5)));
  await total
    .getByRole('button', { name: /All campaign customers as the response for SMS/ })
    .click();
  await expect(card.getByRole('status')).toContainText(
    `SMS: the most it can cut churn is now ${pct(eMax)}`,
  );
  const smsEMax = page
    .locator('section[aria-labelledby="sim-channels"] tr[data-channel="sms"] input')
    .nth(1);
  await expect(smsEMax).toHaveValue(String(Number((eMax * 100).toFixed(2))));
  await card.screenshot({ path: 'test-results/simulator-uplift.png' });
  expect(await violations(page, 'sim-uplift')).toEqual([]);

  // A shorter window recounts.
  await card.getByLabel('Retention window W (days)').fill('60');
  await card.getByLabel('Retention window W (days)').press('Enter');
  const short = await expected(60);
  await expect(summary).toContainText('within 60 days');
  await expect(total.locator('[data-field="control"]')).toContainText(
    `(${short.r.control}/${short.n.control})`,
  );

  // A file with two channels: measure the email rows only; the library channel follows.
  const two = testInfo.outputPath('campaign-two.csv');
  const source = (await readFile(FIXTURE, 'utf8')).trim().split('\n');
  await writeFile(
    two,
    [source[0], ...source.slice(1).map((l, i) => (i % 2 ? l.replace(',sms,', ',email,') : l))].join(
      '\n',
    ),
  );
  await card.getByLabel('Campaign file (CSV)').setInputFiles(two);
  await card.getByLabel('Rows of the file').selectOption('email');
  const email = await expected(w, two, 'email');
  await expect(summary).toContainText(
    `${email.n.treatment + email.n.control} customers measured (${email.n.treatment} treated`,
  );
  await expect(total.locator('[data-field="treated"]')).toContainText(
    `(${email.r.treatment}/${email.n.treatment})`,
  );
  await expect(card.getByLabel('Channel of the campaign')).toHaveValue('email');
});

/**
 * Customers per user-built segment, from DuckDB SQL over the CSV: "Recent" = last purchase
 * within 30 days of the data's last day; "Best" = the rest whose RFM segment on that day is
 * Champions or Loyal; everyone else.
 */
async function filterCounts() {
  const facts = await customerFacts(1);
  const [{ last }] = (await query('SELECT max(day) AS last FROM tx')) as [{ last: string }];
  const best = new Set(
    (await rfm(last))
      .filter((c) => c.segment === 'Champions' || c.segment === 'Loyal')
      .map((c) => c.customer_id),
  );
  const recent = facts.filter((c) => c.recency <= 30);
  const bestRest = facts.filter((c) => c.recency > 30 && best.has(c.customer_id));
  return {
    recent: recent.length,
    best: bestRest.length,
    rest: facts.length - recent.length - bestRest.length,
  };
}

test('simulator: a segment the user builds from conditions becomes a row', async ({ page }) => {
  test.setTimeout(60_000);
  const workspace = new WorkspacePage(page);
  const sim = new SimulatorPage(page);
  await workspace.open();
  await workspace.loadSample();
  await sim.open();
  const want = await filterCounts();

  const card = page.locator('section[aria-labelledby="sim-filters"]');
  const addSegment = card.getByRole('button', { name: 'Add segment' });
  await expect(addSegment).toBeDisabled();

  // "Recent": bought within the last 30 days.
  await card.getByLabel('New segment’s name').fill('Recent');
  await card
    .getByLabel('Field', { exact: true })
    .selectOption({ label: 'Days since the last purchase' });
  await card.getByLabel('To (days)').fill('30');
  await card.getByRole('button', { name: 'Add condition' }).click();
  await expect(card.getByRole('list', { name: 'Conditions of the new segment' })).toContainText(
    'Days since the last purchase from any to 30',
  );
  await addSegment.click();
  await expect(sim.segmentation).toHaveValue(/^custom:/);
  await expect(sim.row('custom:0:Recent')).toBeVisible();

  // "Best": RFM Champions or Loyal (alternatives of one field), keyboard only for the value.
  await card.getByLabel('New segment’s name').fill('Best');
  await card.getByLabel('Field', { exact: true }).selectOption({ label: 'RFM segment' });
  await card.getByLabel('Is', { exact: true }).selectOption('Champions');
  await card.getByRole('button', { name: 'Add condition' }).click();
  await card.getByLabel('Is', { exact: true }).selectOption('Loyal');
  await card.getByRole('button', { name: 'Add condition' }).press('Enter');
  await addSegment.click();
  await expect(card.locator('li[data-filter-segment="Best"]')).toContainText(
    'RFM segment is Champions or RFM segment is Loyal',
  );

  const n = async (key: string) => sim.customers(key);
  await expect(sim.row('custom:1:Best')).toBeVisible();
  expect(await n('custom:0:Recent')).toBe(want.recent);
  expect(await n('custom:1:Best')).toBe(want.best);
  expect(await n('custom:rest')).toBe(want.rest);
  await expect(sim.row('custom:rest')).toContainText('Everyone else');
  await page.locator('section[aria-labelledby="sim-segments"]').screenshot({
    path: 'test-results/simulator-filters-rows.png',
  });
  await card.screenshot({ path: 'test-results/simulator-filters.png' });
  expect(await violations(page, 'sim-filters')).toEqual([]);

  // The target list follows the user's segments: spend on "Best" lists exactly its customers.
  await sim.setSpend('custom:1:Best', 0.1);
  const targets = await sim.download(sim.exportTargets);
  const csv = (await readFile(await targets.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/).slice(1);
  expect(lines).toHaveLength(want.best);
  expect(lines.every((l) => l.split(',')[1] === 'Best')).toBe(true);

  // Remove the first: its customers fall to the next match or to everyone else.
  await card.getByRole('button', { name: 'Remove the segment Recent' }).click();
  await expect(sim.row('custom:0:Recent')).toHaveCount(0);
  await expect(sim.row('custom:0:Best')).toBeVisible();
});
