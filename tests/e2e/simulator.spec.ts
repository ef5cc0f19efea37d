import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import {
  DEFAULT_CHANNELS,
  VALUE_RISK_KEYS,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  parseScenarioFile,
  predictCustomers,
  scenarioOutcome,
  segmentOutcome,
  valueRiskGroups,
  type DayNumber,
} from '../../src/core/index.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The simulator driven as a user would, its figures checked against the core engines run
 * here in Node on the same sample file (read with the CLI's loader).
 */

const money = (n: number) =>
  new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const parseMoney = (text: string) => Number(text.replace(/,/g, ''));

/** Customers per value × risk segment (win-back carved out), from the core in Node. */
async function segmentCounts(): Promise<Map<string, number>> {
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  let end = 0;
  for (const d of columns.day) end = Math.max(end, d);
  const summary = customerSummary(columns, { unit: 'week', end: end as DayNumber });
  const revenueById = new Float64Array(columns.customerIds.length);
  columns.customer.forEach((c, i) => (revenueById[c]! += columns.amount[i]!));
  const revenue = Float64Array.from(summary.customer, (c) => revenueById[c]!);
  const predictions = predictCustomers(
    summary,
    fitBgNbd(summary).params,
    fitGammaGamma(summary).params,
    { horizonPeriods: 52, periodLength: 1, discountPerPeriod: 0.002, margin: 1 },
  );
  const { group } = valueRiskGroups(
    predictions.clv,
    predictions.pNoPurchase,
    predictions.pAlive,
    revenue,
  );
  const counts = new Map<string, number>();
  group.forEach((g) => {
    const key = VALUE_RISK_KEYS[g];
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

test('simulator: slider, playbook, optimiser, scenarios, export and import, target list', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const workspace = new WorkspacePage(page);
  const sim = new SimulatorPage(page);
  await workspace.open();
  await workspace.loadSample();
  await sim.open();

  // Segments: the customers per value × risk cell match the core in Node.
  const counts = await segmentCounts();
  for (const [key, n] of counts) {
    if (n > 0) expect((await sim.segmentFigures(key)).n, key).toBe(n);
  }

  // Move a slider: the net value shown follows the core formula on the figures shown.
  const key = 'v2r0';
  await sim.setChannel(key, 'Direct mail');
  await sim.setSpend(key, 3);
  const mail = DEFAULT_CHANNELS.find((c) => c.id === 'mail')!;
  const { n, p, value } = await sim.segmentFigures(key);
  const expected = segmentOutcome({ customers: n, p, value, spend: 3, fixedCost: 0, curve: mail });
  // p is shown to 0.1 % and V to the cent: allow for those roundings.
  const shown = parseMoney(await sim.field(key, 'net').innerText());
  expect(Math.abs(shown - expected.net)).toBeLessThan(Math.abs(expected.valueSaved) * 0.002 + 1);
  await expect(sim.field(key, 'cost')).toHaveText(money(n * 3));
  await expect(sim.totalCost).toHaveText(money(n * 3));

  // Slider recompute + repaint time, measured in the page (printed, not asserted).
  // From the input event to the DOM update (MutationObserver), and to the next frame.
  const timings = await page.evaluate(async (segment) => {
    const slider = document.querySelector<HTMLInputElement>(
      `tr[data-segment="${segment}"] input[type="range"]`,
    )!;
    const net = document.querySelector('[data-total="net"]')!;
    const update: number[] = [];
    const frame: number[] = [];
    for (let i = 1; i <= 20; i++) {
      const start = performance.now();
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(net, { characterData: true, childList: true, subtree: true });
      });
      slider.value = String(i * 0.2);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      update.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(r));
      frame.push(performance.now() - start);
    }
    return { update, frame };
  }, key);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(
    `slider: recompute + DOM update median ${median(timings.update).toFixed(1)} ms (max ${Math.max(...timings.update).toFixed(1)}); ` +
      `to the next frame median ${median(timings.frame).toFixed(1)} ms (max ${Math.max(...timings.frame).toFixed(1)}), 20 moves`,
  );

  // The value × risk playbook in one click: high value at high risk by phone, low value by email.
  await sim.playbook.click();
  await expect(sim.row('v2r2').getByLabel(/^Channel/)).toHaveValue('phone');
  await expect(sim.row('v0r2').getByLabel(/^Channel/)).toHaveValue('email');
  await expect(sim.row('winBack').getByLabel(/^Channel/)).toHaveValue('mail');
  await page.screenshot({ path: 'test-results/simulator-playbook.png', fullPage: true });

  // Save the playbook, then an optimised scenario.
  await sim.saveAs('Playbook');
  await sim.runOptimiser(5000);
  await expect(sim.optimiserResult).toContainText('Spent');
  await expect(sim.breakEven).toContainText('Spend beyond');
  await sim.applyAllocation.click();
  const cost = parseMoney(await sim.totalCost.innerText());
  expect(cost).toBeLessThanOrEqual(5000.01);
  await sim.saveAs('Optimised');

  // Compare the two side by side.
  await sim.compare('Playbook', 'Optimised');
  await expect(sim.compareTable).toBeVisible();
  await expect(sim.compareTable.locator('thead th')).toHaveText([
    'Measure',
    'Playbook',
    'Optimised',
  ]);
  await page.screenshot({ path: 'test-results/simulator-compare.png', fullPage: true });

  // Export the scenario: a versioned file whose outcome (core) is the net value shown.
  const exported = await sim.download(sim.exportScenario);
  const exportPath = testInfo.outputPath('scenario.json');
  await exported.saveAs(exportPath);
  const file = parseScenarioFile(await readFile(exportPath, 'utf8'));
  expect(file.version).toBe(1);
  expect(file.scenario.name).toBe('Optimised');
  await expect(sim.totalNet).toHaveText(money(scenarioOutcome(file.scenario).totals.net));

  // A newer-version file is refused with a clear message, and nothing changes.
  const newer = testInfo.outputPath('newer.json');
  await writeFile(
    newer,
    JSON.stringify({ ...JSON.parse(await readFile(exportPath, 'utf8')), version: 99 }),
  );
  await sim.importInput.setInputFiles(newer);
  await expect(sim.message).toContainText('written by a newer version of Tenure');
  await expect(page.locator('li[data-scenario]')).toHaveCount(2);

  // Files beyond the scenario limits are refused, naming the field, and nothing changes.
  const exportedJson = JSON.parse(await readFile(exportPath, 'utf8')) as {
    scenario: { model: { horizon: number }; segments: { key: string }[] };
  };
  const beyond: [string, (s: typeof exportedJson.scenario) => void, string][] = [
    [
      'duplicate-key.json',
      (s) => (s.segments[3]!.key = s.segments[0]!.key),
      `scenario.segments[3].key: duplicate "${exportedJson.scenario.segments[0]!.key}"`,
    ],
    [
      'fractional-horizon.json',
      (s) => (s.model.horizon = 1.5),
      'scenario.model.horizon must be a whole number in 1–3660',
    ],
  ];
  for (const [name, edit, message] of beyond) {
    const copy = structuredClone(exportedJson);
    edit(copy.scenario);
    const path = testInfo.outputPath(name);
    await writeFile(path, JSON.stringify(copy));
    await sim.importInput.setInputFiles(path);
    await expect(sim.message).toContainText(message);
    await expect(page.locator('li[data-scenario]')).toHaveCount(2);
  }

  // Import it back: a third saved scenario with the same outcome.
  await sim.importInput.setInputFiles(exportPath);
  await expect(sim.message).toContainText('Scenario imported');
  await expect(page.locator('li[data-scenario="Optimised"]')).toHaveCount(2);
  await expect(sim.totalNet).toHaveText(money(scenarioOutcome(file.scenario).totals.net));

  // The target list: one row per customer of a funded segment.
  const targets = await sim.download(sim.exportTargets);
  const csv = (await readFile(await targets.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('customer_id,segment,channel,spend');
  const funded = file.scenario.segments.filter((s) => s.spend > 0);
  expect(lines.length - 1).toBe(funded.reduce((sum, s) => sum + s.customers, 0));
  await page.screenshot({ path: 'test-results/simulator-final.png', fullPage: true });

  // Lifecycle lanes as segments (aggregated by the lifecycle board).
  await sim.segmentation.selectOption({ label: 'Lifecycle lanes' });
  await expect(sim.segmentRows.first()).toHaveAttribute('data-segment', /^lane:/);
  await page.screenshot({ path: 'test-results/simulator-lanes.png', fullPage: true });
});
