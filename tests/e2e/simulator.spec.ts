import { expect, test } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { loadTransactionsFile } from '../../src/cli/load.ts';
import {
  DEFAULT_CHANNELS,
  customerSummary,
  customerTimeline,
  fitBgNbd,
  fitGammaGamma,
  parseScenarioFile,
  scenarioOutcome,
  type DayNumber,
} from '../../src/core/index.ts';
import { discountedClv, pAlive, pNoPurchase, quantile } from '../support/bgnbd.ts';
import { customerFacts } from './support/duckdb-customers.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The simulator driven as a user would. The segments' figures are computed here: per-customer
 * (x, t_x, T, mean repeat spend, revenue) by DuckDB SQL over the sample CSV, CLV (52 weeks,
 * 0.2 %/week) and P(no purchase in 52 weeks) by the published BG/NBD and Gamma-Gamma formulas
 * (tests/support/bgnbd.ts). Only the six model parameters come from the core's fitters, which
 * the unit tests check against the published CDNOW fits.
 */

const money = (n: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(n);
const parseMoney = (text: string) => Number(text.replace(/[,$]/g, ''));

/**
 * Customers, mean P(no purchase) and mean CLV per value × risk segment: value tier by CLV
 * tertiles, risk tier by P(no purchase) (low < 0.5 ≤ mid ≤ 0.8 < high), and the win-back
 * group carved out first (P(alive) < 0.1 and revenue above its upper tertile).
 */
async function segmentFigures(): Promise<Map<string, { n: number; p: number; value: number }>> {
  const { columns } = await loadTransactionsFile('public/sample/transactions.csv');
  const end = customerTimeline(columns).maxDay as DayNumber;
  const summary = customerSummary(columns, { unit: 'week', end });
  const bg = fitBgNbd(summary).params;
  const gg = fitGammaGamma(summary).params;
  const people = (await customerFacts(1)).map((c) => {
    const x = c.orders - 1;
    const [tx, T] = [c.span / 7, c.age / 7];
    return {
      revenue: c.revenue,
      alive: pAlive(bg, x, tx, T),
      p: pNoPurchase(bg, x, tx, T, 52),
      clv: discountedClv(
        bg,
        gg,
        { x, tx, T, mean: c.repeat_mean },
        {
          horizon: 52,
          discount: 0.002,
          margin: 1,
        },
      ),
    };
  });
  const clvs = people.map((c) => c.clv);
  const [low, mid] = [quantile(clvs, 1 / 3), quantile(clvs, 2 / 3)];
  const valuable = quantile(
    people.map((c) => c.revenue),
    2 / 3,
  );
  const sums = new Map<string, { n: number; p: number; value: number }>();
  for (const c of people) {
    const value = c.clv > mid ? 2 : c.clv > low ? 1 : 0;
    const risk = c.p > 0.8 ? 2 : c.p >= 0.5 ? 1 : 0;
    const key = c.alive < 0.1 && c.revenue > valuable ? 'winBack' : `v${value}r${risk}`;
    const s = sums.get(key) ?? { n: 0, p: 0, value: 0 };
    sums.set(key, { n: s.n + 1, p: s.p + c.p, value: s.value + c.clv });
  }
  return new Map([...sums].map(([k, s]) => [k, { n: s.n, p: s.p / s.n, value: s.value / s.n }]));
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

  // Segments: customers, churn probability (shown to 0.1 %) and value (to the cent) per cell.
  for (const [key, want] of await segmentFigures()) {
    const shown = await sim.segmentFigures(key);
    expect(shown.n, key).toBe(want.n);
    expect(Math.abs(shown.p - want.p), key).toBeLessThanOrEqual(0.0005 + 1e-9);
    expect(Math.abs(shown.value - want.value), key).toBeLessThanOrEqual(0.005 + 1e-9);
  }

  // Move a slider: the net value shown follows DESIGN.md's response formula on the figures
  // shown: saved value N · p · e_max (1 − e^(−c/k)) · V, minus the cost N · c. The channel's
  // e_max and k are the app's default library (configuration, not a computation).
  const key = 'v2r0';
  await sim.setChannel(key, 'Direct mail');
  await sim.setSpend(key, 3);
  const mail = DEFAULT_CHANNELS.find((c) => c.id === 'mail')!;
  const { n, p, value } = await sim.segmentFigures(key);
  const valueSaved = n * p * mail.eMax * (1 - Math.exp(-3 / mail.k)) * value;
  // p is shown to 0.1 % and V to the cent: allow for those roundings.
  const shown = parseMoney(await sim.field(key, 'net').innerText());
  expect(Math.abs(shown - (valueSaved - n * 3))).toBeLessThan(Math.abs(valueSaved) * 0.002 + 1);
  await expect(sim.field(key, 'cost')).toHaveText(money(n * 3));
  await expect(sim.totalCost).toHaveText(money(n * 3));

  // Slider recompute + repaint time, measured in the page (printed, not asserted).
  // From the input event to the DOM update (MutationObserver), and to the next frame.
  const timings = await page.evaluate(async (segment) => {
    const slider = document.querySelector<HTMLInputElement>(
      `tbody[data-segment="${segment}"] input[type="range"]`,
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
  await expect(sim.breakEven).toContainText('each extra unit saves less than it costs');
  await sim.applyAllocation.click();
  const cost = parseMoney(await sim.totalCost.innerText());
  expect(cost).toBeLessThanOrEqual(5000.01);
  await sim.saveAs('Optimised');

  // Compare the two side by side.
  await sim.compare('Playbook', 'Optimised');
  await expect(sim.compareTable).toBeVisible();
  await expect(sim.compareTable.locator('thead th')).toHaveText([
    'Measure',
    /^Playbook/,
    /^Optimised/,
  ]);
  // The scenario with the higher net value is marked best.
  await expect(sim.compareTable.locator('thead th').nth(2)).toContainText('best net value');
  await page.screenshot({ path: 'test-results/simulator-compare.png', fullPage: true });

  // Export the scenario: a versioned file whose outcome (core scenarioOutcome, kept: this is
  // about the file carrying the scenario shown) is the net value shown.
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

  // Import it back: a third saved scenario with the same outcome, its name numbered (names
  // are unique within a data set).
  await sim.importInput.setInputFiles(exportPath);
  await expect(sim.message).toContainText('Scenario imported');
  await expect(page.locator('li[data-scenario="Optimised"]')).toHaveCount(1);
  await expect(page.locator('li[data-scenario="Optimised (2)"]')).toHaveCount(1);
  await expect(sim.totalNet).toHaveText(money(scenarioOutcome(file.scenario).totals.net));

  // The target list: one row per customer of a funded segment.
  const targets = await sim.download(sim.exportTargets);
  const csv = (await readFile(await targets.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('customer_id,segment,channel,spend (USD)');
  const funded = file.scenario.segments.filter((s) => s.spend > 0);
  expect(lines.length - 1).toBe(funded.reduce((sum, s) => sum + s.customers, 0));
  await page.screenshot({ path: 'test-results/simulator-final.png', fullPage: true });

  // Lifecycle lanes as segments (aggregated by the lifecycle board).
  await sim.segmentation.selectOption({ label: 'Lifecycle lanes' });
  await expect(sim.segmentRows.first()).toHaveAttribute('data-segment', /^lane:/);
  await page.screenshot({ path: 'test-results/simulator-lanes.png', fullPage: true });
});
