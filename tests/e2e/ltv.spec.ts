import { expect, test } from '@playwright/test';
import { concentration, rfm, simpleLtv } from './support/duckdb-customers.ts';
import { query, suggestedWindow } from './support/duckdb.ts';
import { LtvPage } from './pages/ltv-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The figures the screen shows, checked against DuckDB SQL over the same sample files
 * (tests/e2e/support/duckdb*.ts): simple LTV, concentration and RFM written from DESIGN.md's
 * definitions, not the app's engine.
 */

const money = (n: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(n);
const percent = (n: number, digits: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: digits }).format(n);
const number = (n: number, digits = 0) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(n);

test('lifetime value follows margin, discount and trailing periods; concentration and RFM match SQL', async ({
  page,
}) => {
  const workspace = new WorkspacePage(page);
  await workspace.open();
  await workspace.loadSample();
  await expect(page.getByText('Customers file: Sample customers.csv')).toBeVisible({
    timeout: 30_000,
  });

  const ltv = new LtvPage(page);
  await ltv.open();
  const window = await suggestedWindow();
  await expect(ltv.window).toHaveValue(String(window));

  // Simple LTV after changing margin, discount and trailing periods.
  await ltv.set(ltv.margin, '30');
  await ltv.set(ltv.discount, '2');
  await ltv.set(ltv.trailing, '6');
  const options = { grain: 'month' as const, margin: 0.3, discount: 0.02, trailing: 6, window };
  const [o] = await simpleLtv(options);
  if (!o) throw new Error('no LTV row');
  expect(o.periodsUsed).toBe(6);
  expect(o.ltv).not.toBeNull();
  await expect(ltv.ltv).toHaveText(money(o.ltv!));
  await expect(ltv.ltvDiscounted).toHaveText(money(o.ltvDiscounted!));
  await expect(ltv.ampu).toHaveText(money(o.ampu));
  await expect(ltv.churn).toHaveText(percent(o.churnRate, 2));
  await expect(ltv.cac).toHaveText(money(o.cac!));
  await expect(ltv.ratio).toHaveText(`${number(o.ltvToCac!, 2)}×`);

  // By acquisition channel: the table view and its CSV carry the LTV and LTV/CAC.
  const groups = await simpleLtv({ ...options, splitBy: 'acquisition_channel' });
  const paid = groups.find((g) => g.group === 'Paid search')!;
  await expect(ltv.byGroup).toContainText('acquisition channel');
  await ltv.byGroup.screenshot({ path: 'test-results/ltv-groups.png' });
  await ltv.showTable(ltv.byGroup);
  const paidRow = ltv.byGroup.getByRole('row', { name: /^Paid search/ });
  await expect(paidRow).toContainText(money(paid.ltv!));
  await expect(paidRow).toContainText(`${number(paid.ltvToCac!, 2)}×`);
  const csv = await ltv.exportCsv(ltv.byGroup);
  expect(csv.name).toBe('ltv-by-acquisitionChannel.csv');
  const csvRows = csv.text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(csvRows).toHaveLength(groups.length + 1);
  const paidCells = csvRows.find((r) => r.startsWith('Paid search,'))!.split(',');
  expect(Number(paidCells[4])).toBeCloseTo(paid.ltv!, 2);
  // Rounded as shown: the ratio with two decimals.
  expect(Number(paidCells[7])).toBe(Number(paid.ltvToCac!.toFixed(2)));
  await expect(ltv.byCohort.locator('svg')).toBeVisible();
  await page.screenshot({ path: 'test-results/ltv-simple.png', fullPage: true });

  // Another attribute: the customers file's segment.
  await ltv.splitBy.selectOption({ label: 'segment' });
  const bySegment = await simpleLtv({ ...options, splitBy: 'segment' });
  const office = bySegment.find((g) => g.group === 'Office')!;
  await expect(ltv.byGroup).toContainText('LTV by segment');
  await expect(ltv.byGroup.getByRole('row', { name: /^Office/ })).toContainText(money(office.ltv!));

  // A window longer than the data: nobody churns, and the message says why.
  await ltv.set(ltv.window, '2000');
  const unbounded = (await simpleLtv({ ...options, window: 2000 }))[0]!;
  expect(unbounded.churnRate).toBe(0);
  await expect(ltv.ltv).toHaveText('unbounded');
  await expect(ltv.message).toHaveText('Churn is 0 over the last 6 periods: LTV is unbounded');
  await expect(ltv.ltvDiscounted).toHaveText(money(unbounded.ltvDiscounted!));
  await ltv.set(ltv.window, String(window));
  await expect(ltv.ltv).toHaveText(money(o.ltv!));

  // Concentration of revenue: Gini and the top-20 % share.
  const conc = await concentration();
  await expect(ltv.gini).toHaveText(number(conc.gini, 3));
  await expect(ltv.top20).toHaveText(percent(conc.top20, 1));
  const curve = ltv.pareto.locator('svg');
  const box = (await curve.boundingBox())!;
  await curve.hover({ position: { x: box.width * 0.4, y: box.height / 2 } });
  await expect(ltv.pareto.getByRole('status')).toHaveText(
    /^Top \d+% of customers: [\d.]+% of revenue$/,
  );
  await ltv.pareto.screenshot({ path: 'test-results/ltv-pareto-hover.png' });

  // RFM at the last day of the data, then at an earlier day.
  const [{ last }] = (await query('SELECT max(day) AS last FROM tx')) as [{ last: string }];
  const atEnd = await rfm(last);
  const champions = atEnd.filter((c) => c.segment === 'Champions').length;
  await expect(ltv.asOf).toHaveValue(last);
  await expect(ltv.segmentButton('Champions')).toHaveAccessibleName(
    new RegExp(`^Champions: ${number(champions)} customers`),
  );
  // The heat map's tooltip follows keyboard focus (the pointer parked out of the way).
  await page.mouse.move(0, 0);
  await page.getByTestId('rfm-cell-5-5').focus();
  await expect(ltv.rfmGrid.getByRole('status')).toHaveText(/^R 5, F 5: /);
  const r5f5 = atEnd.filter((c) => c.r === 5 && c.f === 5).length;
  await expect(page.getByTestId('rfm-cell-5-5')).toHaveAccessibleName(
    new RegExp(`^R 5, F 5: ${number(r5f5)} customers`),
  );
  // Tie-aware scores: every frequency column holds customers (the sample has far more than
  // five distinct purchase-day counts), and each cell matches the SQL computation.
  for (const f of [1, 2, 3, 4, 5]) {
    const column = atEnd.filter((c) => c.f === f);
    expect(column.length, `frequency score ${f}`).toBeGreaterThan(0);
    for (const r of [1, 2, 3, 4, 5]) {
      const cell = column.filter((c) => c.r === r).length;
      await expect(page.getByTestId(`rfm-cell-${r}-${f}`)).toHaveAccessibleName(
        new RegExp(`^R ${r}, F ${f}: ${number(cell)} customers`),
      );
    }
  }
  await expect(ltv.rfmGrid).toContainText(/equal values always share a score/i);

  await ltv.asOf.fill('2024-06-30');
  const atRisk = (await rfm('2024-06-30')).filter((c) => c.segment === 'At risk');
  const atRiskCount = atRisk.length;
  await expect(ltv.segmentButton('At risk')).toHaveAccessibleName(
    new RegExp(`^At risk: ${number(atRiskCount)} customers`),
  );
  await page.screenshot({ path: 'test-results/ltv-rfm.png', fullPage: true });

  // Drill into the segment from the keyboard and export its customers.
  await ltv.segmentButton('At risk').focus();
  await page.keyboard.press('Enter');
  const list = ltv.segmentCustomers('At risk');
  await expect(list).toContainText(`(${number(atRiskCount)})`);
  const exported = await ltv.exportCsv(list);
  expect(exported.name).toBe('rfm-at-risk-2024-06-30.csv');
  const lines = exported.text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('customer_id,name,first_purchase,last_purchase,transactions,revenue (USD)');
  expect(lines).toHaveLength(atRiskCount + 1);
  const expectedIds = atRisk.map((c) => c.customer_id).sort();
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual(expectedIds);
  await list.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/ltv-drill.png', fullPage: true });
});
