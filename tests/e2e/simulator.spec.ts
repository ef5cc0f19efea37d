import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DEFAULT_CHANNELS, parseScenarioFile, segmentOutcome } from '../../src/core/index.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const money = (n: number) =>
  new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

test('simulator: slider, optimiser, scenarios, export and import, target list', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const workspace = new WorkspacePage(page);
  const sim = new SimulatorPage(page);
  await workspace.open();
  await workspace.loadSample();
  await sim.open();
  await page.screenshot({ path: 'test-results/simulator-initial.png', fullPage: true });

  // Move a slider: the net value shown follows the core formula on the figures shown.
  const key = 'v2r2';
  await sim.setChannel(key, 'Phone call');
  await sim.setSpend(key, 12);
  const phone = DEFAULT_CHANNELS.find((c) => c.id === 'phone')!;
  const { n, p, value } = await sim.segmentFigures(key);
  const expected = segmentOutcome({
    customers: n,
    p,
    value,
    spend: 12,
    fixedCost: 0,
    curve: phone,
  });
  // p is shown to 0.1 % and V to the cent: compare with a tolerance of those roundings.
  const shown = Number((await sim.field(key, 'net').innerText()).replace(/,/g, ''));
  expect(Math.abs(shown - expected.net)).toBeLessThan(Math.abs(expected.net) * 0.002 + 1);
  await expect(sim.field(key, 'cost')).toHaveText(money(n * 12));

  await page.screenshot({ path: 'test-results/simulator-slider.png', fullPage: true });
});
