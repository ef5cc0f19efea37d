import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SimulatorPage } from './pages/simulator-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/**
 * The simulator as a workshop uses it: the playbook's loss said in words and undone by
 * "Optimise from here"; the scenario being edited kept across screens and reloads with an
 * unsaved-changes marker; unique scenario names; the results bar in view at the bottom of the
 * page; and each segment's Net column inside the window at 1 024 and 1 366 px, in four languages.
 */

const parseMoney = (text: string) => Number(text.replace(/[,\s\u00a0$]/g, '').replace('−', '-'));

/** Every segment's spend per customer, as its number field shows it. */
async function spends(sim: SimulatorPage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const row of await sim.segmentRows.all()) {
    const key = (await row.getAttribute('data-segment'))!;
    out[key] = await row.locator('td.spend input[type="number"]').inputValue();
  }
  return out;
}

test('workshop: playbook loss, optimise from here, nothing lost, unique names, results in view', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const workspace = new WorkspacePage(page);
  const sim = new SimulatorPage(page);
  await workspace.open();
  await workspace.loadSample();
  await sim.open();
  // A fresh scenario has nothing unsaved.
  await expect(sim.resultsBar).toBeVisible();
  await expect(sim.unsaved).toHaveCount(0);

  // The playbook loses money on the sample: the result line says so, with the figures of the
  // results bar, and the losing rows say "loses money" in words.
  await sim.playbook.click();
  const cost = parseMoney(await sim.totalCost.innerText());
  const saved = parseMoney(await sim.totalValueSaved.innerText());
  const net = parseMoney(await sim.totalNet.innerText());
  console.log(`playbook: cost ${cost}, value saved ${saved}, net ${net}`);
  expect(net).toBeLessThan(0);
  expect(Math.abs(saved - cost - net)).toBeLessThan(0.011);
  await expect(sim.message).toContainText(
    `Playbook applied: cost ${await sim.totalCost.innerText()}, value saved ${await sim.totalValueSaved.innerText()}, net ${await sim.totalNet.innerText()}.`,
  );
  await expect(sim.message).toContainText('This plan loses money');
  await expect(sim.page.getByTestId('losing-rows')).toContainText(/segments? lose/);
  const losing = sim.segmentRows.filter({ has: page.locator('[data-field="loses"]') });
  expect(await losing.count()).toBeGreaterThan(0);
  await expect(losing.first().locator('[data-field="loses"]')).toHaveText('loses money');
  await expect(sim.unsaved).toBeVisible();
  // The loss state, a segment's details open and a word's explanation shown: no serious
  // accessibility violation.
  await sim.toggleDetails('winBack');
  await expect(sim.row('winBack').getByLabel(/^Churn probability/)).toBeVisible();
  await sim.row('winBack').getByRole('button', { name: 'Marginal return' }).focus();
  await expect(sim.row('winBack').getByRole('tooltip').last()).toBeVisible();
  await expect(sim.row('winBack').getByRole('tooltip').last()).toHaveText(
    'What the next 1 spent on this segment brings back: above 1 it pays, below 1 it loses.',
  );
  const { violations } = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await sim.toggleDetails('winBack');

  // Optimise from here: the same money or less, spent where it pays — no loss.
  await sim.fromHere.click();
  await expect(sim.message).toContainText('Optimised within the same budget');
  const after = {
    cost: parseMoney(await sim.totalCost.innerText()),
    net: parseMoney(await sim.totalNet.innerText()),
  };
  console.log(`optimised from here: cost ${after.cost}, net ${after.net}`);
  expect(after.net).toBeGreaterThanOrEqual(0);
  expect(after.cost).toBeLessThanOrEqual(cost + 0.01);
  await expect(sim.fromHere).toHaveCount(0);
  await expect(page.locator('[data-field="loses"]')).toHaveCount(0);

  // The optimiser's sentences agree with each other and with the frontier's marks: the most
  // the plan can earn is never below what the optimiser just reached, and the chart labels
  // the same budgets as the text.
  await sim.runOptimiser(5000);
  const result = await sim.optimiserResult.innerText();
  const reached = parseMoney(/net (-?\$?[\d,.]+)\./.exec(result)![1]!);
  const line = await sim.breakEven.innerText();
  console.log(`optimiser at 5000: ${result} | ${line}`);
  const most = /earn is a net (-?\$?[\d,.]+)/.exec(line);
  if (most) expect(parseMoney(most[1]!)).toBeGreaterThanOrEqual(reached - 0.005);
  else expect(line).toContain('That is the most this plan can earn');
  const compact = (v: number) =>
    new Intl.NumberFormat('en', {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(v);
  const peak = parseMoney(
    /beyond (\$?[\d,.]+)|spending (\$?[\d,.]+)/.exec(line)!.slice(1).find(Boolean)!,
  );
  await expect(page.getByTestId('frontier-chart')).toContainText(`most net at ${compact(peak)}`);
  const loss = /Spending (\$?[\d,.]+) or more loses money/.exec(line);
  if (loss) {
    await expect(page.getByTestId('frontier-loss')).toHaveText(
      `loses money from ${compact(parseMoney(loss[1]!))}`,
    );
  }

  // A spend of the user's own; then to Churn and back: every spend is still there, unsaved.
  await sim
    .row('v1r1')
    .getByRole('spinbutton', { name: /^Spend per customer/ })
    .fill('1.5');
  await sim
    .row('v1r1')
    .getByRole('spinbutton', { name: /^Spend per customer/ })
    .press('Enter');
  const kept = await spends(sim);
  expect(kept['v1r1']).toBe('1.5');
  await page.getByRole('navigation').getByRole('link', { name: 'Churn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Retention spend/);
  await sim.open();
  await expect.poll(() => spends(sim)).toEqual(kept);
  await expect(sim.unsaved).toBeVisible();
  // A reload restores it too.
  await page.reload();
  await sim.open();
  await expect.poll(() => spends(sim)).toEqual(kept);
  await expect(sim.unsaved).toBeVisible();

  // Saved: the marker goes; a second scenario under the same name is refused, with a message.
  await sim.saveAs('Workshop plan');
  await expect(sim.unsaved).toHaveCount(0);
  await expect(page.getByTestId('saved')).toBeVisible();
  await sim.saveAsNew.click();
  await expect(sim.message).toContainText(
    'A scenario named “Workshop plan” already exists: choose another name.',
  );
  await expect(page.locator('li[data-scenario]')).toHaveCount(1);
  // Duplicating numbers the copy; a rename onto a taken name is refused.
  await page
    .locator('li[data-scenario="Workshop plan"]')
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(page.locator('li[data-scenario="Workshop plan (copy)"]')).toBeVisible();
  await page
    .locator('li[data-scenario="Workshop plan (copy)"]')
    .getByRole('button', { name: 'Rename' })
    .click();
  await page.getByLabel('New name for Workshop plan (copy)').fill('workshop plan');
  await page.getByLabel('New name for Workshop plan (copy)').press('Enter');
  await expect(sim.message).toContainText('A scenario named “workshop plan” already exists');
  await expect(page.locator('li[data-scenario]')).toHaveCount(2);
  // After a reload, the saved scenario is still the open one, with nothing unsaved.
  await page.reload();
  await sim.open();
  await expect.poll(() => spends(sim)).toEqual(kept);
  await expect(page.getByTestId('saved')).toBeVisible();
  await expect(sim.unsaved).toHaveCount(0);

  // The big budget slider spends a budget the best way: never a loss, never over the budget.
  await sim.budgetSlider.fill('1000');
  await expect(page.getByTestId('budget-value')).toHaveText('$1,000.00');
  await expect(page.getByTestId('you-are-here')).toBeVisible();
  const spent = parseMoney(await sim.totalCost.innerText());
  expect(spent).toBeLessThanOrEqual(1000.01);
  expect(parseMoney(await sim.totalNet.innerText())).toBeGreaterThanOrEqual(0);
  await expect(sim.unsaved).toBeVisible();

  // The results stay in view at the bottom of the page.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(sim.resultsBar).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/simulator-workshop-bottom.png' });
});

const LANGUAGES = [
  { code: 'en', name: 'English', scenario: 'Scenario 1' },
  { code: 'ru', name: 'Русский', scenario: 'Сценарий 1' },
  { code: 'bg', name: 'Български', scenario: 'Сценарий 1' },
  { code: 'ro', name: 'Română', scenario: 'Scenariul 1' },
];

/** The right edges of every segment's Net cell and of the window. */
async function netEdges(page: Page) {
  return page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    nets: [...document.querySelectorAll('tbody[data-segment] [data-field="net"]')].map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width };
    }),
  }));
}

test('workshop layout: every segment’s Net in the window at 1 024 and 1 366 px, four languages', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const workspace = new WorkspacePage(page);
  const sim = new SimulatorPage(page);
  await page.setViewportSize({ width: 1366, height: 800 });
  await workspace.open();
  await workspace.loadSample();
  await sim.open();
  await sim.playbook.click();
  const playbook = await spends(sim);
  expect(Object.values(playbook).every((v) => Number(v) > 0)).toBe(true);
  const picker = page.getByRole('combobox', { name: /Language|Язык|Език|Limbă/ });
  for (const language of LANGUAGES) {
    await picker.selectOption({ label: language.name });
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    // The screen is drawn again in the new language: the playbook's spends are still there,
    // still unsaved.
    await expect(sim.unsaved).toBeVisible();
    await expect.poll(() => spends(sim)).toEqual(playbook);
    // A scenario never saved nor renamed is named in the language of the screen.
    await expect(
      page.locator('section[aria-labelledby="sim-scenarios"] input[type="text"]'),
    ).toHaveValue(language.scenario);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(sim.segmentRows.first()).toBeVisible();
      const { width: client, nets } = await netEdges(page);
      expect(nets.length).toBeGreaterThan(5);
      for (const net of nets) {
        expect(net.width, `${language.code} ${width}`).toBeGreaterThan(0);
        expect(net.left, `${language.code} ${width}`).toBeGreaterThanOrEqual(0);
        expect(net.right, `${language.code} ${width}`).toBeLessThanOrEqual(client);
      }
      // No sideways scroll in the segments table.
      const table = page.locator('section[aria-labelledby="sim-segments"] .table-scroll');
      const overflow = await table.evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(overflow, `${language.code} ${width}`).toBeLessThanOrEqual(1);
      await page.screenshot({
        path: `test-results/simulator-${language.code}-${width}.png`,
        fullPage: true,
      });
    }
  }
});
