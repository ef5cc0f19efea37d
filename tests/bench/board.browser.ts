/**
 * The Lifecycle board at 100 000 customers, in headless Chromium against the built app
 * (BENCH_URL). A seeded transactions CSV (100 000 customers, ~0.5M rows, with a product
 * column; customer histories shaped so that each default lane is populated and Loyal and
 * Lapsed hold ~20 000 cards) is imported through the UI, then the board is opened and
 * measured:
 * - initial render: the board's own timer (worker answer → painted frame, and request →
 *   painted frame) and the wall time from the nav click to the first lane count;
 * - rule change → repaint: the inactivity window is changed in the rules panel;
 * - a mouse drag of a card from Loyal across At risk to Lapsed and back: requestAnimationFrame
 *   deltas recorded in the page during the page.mouse.move steps (worst, p95, median) and
 *   the long tasks meanwhile; the same with all Loyal cards selected; then one card dropped
 *   on Lapsed (request → paint).
 * The browser runs on a fresh on-disk profile (IndexedDB on disk as for a user), deleted
 * after. The first open of the board is COLD (the worker computes it); later opens and the
 * rule changes are WARM (the worker holds the data set). Prints figures (median over
 * BENCH_BOARD_RUNS repetitions, default 3) and the memory of this browser's renderer
 * processes; asserts nothing.
 */
import type { Page } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launchOnDisk, rendererMemory } from './chromium-profile.ts';

const url = process.env.BENCH_URL ?? 'http://127.0.0.1:4190';
const runs = Number(process.env.BENCH_BOARD_RUNS ?? 3);
const CUSTOMERS = 100_000;
const DAY = 86_400_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Writes (once) the board's benchmark file: per customer a shaped history ending on
 * 2024-12-31 — new (first purchase in the last weeks), active (a few recent orders), loyal
 * (many orders, regular), at risk (regular, then quiet), lapsed (quiet for months), won
 * back (a long pause, then a recent order) — with weights 14/14/22/14/22/14 %.
 */
function boardCsv(): string {
  const path = join(tmpdir(), `tenure-board-bench-${CUSTOMERS}.csv`);
  if (existsSync(path)) return path;
  const next = random(2024);
  const end = Date.UTC(2024, 11, 31);
  const products = ['Coffee', 'Tea', 'Mug', 'Grinder', 'Filter', 'Gift box', 'Syrup', 'Beans'];
  const channels = ['web', 'shop', 'phone'];
  const lines = ['customer_id,order_id,order_date,product,channel,amount'];
  let order = 0;
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  for (let c = 0; c < CUSTOMERS; c++) {
    const r = next();
    // Days before the end, oldest first.
    const ago: number[] = [];
    const regular = (count: number, last: number, gapMin: number, gapMax: number) => {
      let d = last;
      for (let i = 0; i < count; i++, d += int(gapMin, gapMax)) ago.unshift(d);
    };
    if (r < 0.14)
      regular(int(1, 2), int(0, 30), 3, 10); // new
    else if (r < 0.28)
      regular(int(2, 3), int(0, 10), 15, 30); // active
    else if (r < 0.5)
      regular(int(8, 16), int(0, 8), 10, 40); // loyal
    else if (r < 0.64)
      regular(int(4, 8), int(28, 45), 5, 12); // at risk
    else if (r < 0.86)
      regular(int(1, 5), int(200, 800), 10, 60); // lapsed
    else {
      regular(1, int(0, 25), 0, 0); // won back: recent order after a long pause
      regular(int(2, 4), ago[0]! + int(200, 400), 10, 40);
      ago.sort((a, b) => b - a);
    }
    const taste = int(0, products.length - 1);
    const channel = channels[c % 3]!;
    for (const d of ago) {
      const date = new Date(end - d * DAY).toISOString().slice(0, 10);
      const product = products[next() < 0.6 ? taste : int(0, products.length - 1)]!;
      const amount = (5 + next() * 120).toFixed(2);
      lines.push(`C${c},O${++order},${date},${product},${channel},${amount}`);
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Reads the board's published timings (ms) and the view sequence number. */
function timings(page: Page) {
  return page.getByTestId('board').evaluate((el) => ({
    paint: Number(el.getAttribute('data-paint-ms')),
    total: Number(el.getAttribute('data-total-ms')),
    seq: Number(el.getAttribute('data-view-seq')),
  }));
}

const lane = (page: Page, id: string) => page.locator(`[data-lane-id="${id}"]`);

async function laneCounts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-lane-id]')].map((l) => [
        l.dataset.laneId!,
        l.querySelector('[data-testid="lane-count"]')?.textContent ?? '',
      ]),
    ),
  );
}

/** Starts recording rAF timestamps and long tasks in the page (a string: tsx's helpers
 * for named functions do not exist in the page). */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const w = window;
    w.frames = [];
    w.dragTasks = [];
    w.recording = true;
    w.dragObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.dragTasks.push(entry.duration);
    });
    w.dragObserver.observe({ type: 'longtask' });
    requestAnimationFrame(function loop(t) {
      w.frames.push(t);
      if (w.recording) requestAnimationFrame(loop);
    });
  })()`);
}

async function stopRecording(page: Page): Promise<{ deltas: number[]; tasks: number[] }> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      frames: number[];
      recording: boolean;
      dragTasks: number[];
      dragObserver?: PerformanceObserver;
    };
    await new Promise((r) => requestAnimationFrame(r));
    w.recording = false;
    w.dragObserver?.disconnect();
    const deltas = w.frames.slice(1).map((t, i) => t - w.frames[i]!);
    return { deltas, tasks: w.dragTasks };
  });
}

const results: Record<string, number[]> = {};
const record = (name: string, value: number) => (results[name] ??= []).push(value);

interface Frames {
  deltas: number[];
  tasks: number[];
}

/** Presses on the first Loyal card, moves across to Lapsed and back three times, releases. */
async function dragFrames(page: Page): Promise<Frames> {
  const card = lane(page, 'loyal').getByRole('option').first();
  const from = (await card.boundingBox())!;
  const to = (await lane(page, 'lapsed').locator('.viewport').boundingBox())!;
  const x0 = from.x + from.width / 2;
  const y0 = from.y + from.height / 2;
  await page.mouse.move(x0, y0);
  await startRecording(page);
  await page.mouse.down();
  await page.mouse.move(x0 + 10, y0, { steps: 2 });
  for (let pass = 0; pass < 3; pass++) {
    await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 40 });
    await page.mouse.move(x0, y0 + 60, { steps: 40 });
  }
  await page.mouse.move(x0, y0, { steps: 4 });
  await page.mouse.up();
  return stopRecording(page);
}

function recordDrag(name: string, f: Frames): void {
  record(`${name}: frames (count)`, f.deltas.length);
  record(`${name}: worst frame (ms)`, Math.max(...f.deltas));
  record(`${name}: frames over 50 ms (count)`, f.deltas.filter((d) => d > 50).length);
  record(`${name}: p95 frame (ms)`, quantile(f.deltas, 0.95));
  record(`${name}: median frame (ms)`, median(f.deltas));
  record(`${name}: long tasks (count)`, f.tasks.length);
  record(`${name}: longest task (ms)`, Math.max(0, ...f.tasks));
}

/** The three slowest frames with their place in the drag. */
function describe(f: Frames): string {
  return f.deltas
    .map((d, i) => [d, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([d, i]) => `${d.toFixed(1)} ms (#${i + 1}/${f.deltas.length})`)
    .join(', ');
}

const file = boardCsv();
const browser = await launchOnDisk({ width: 1600, height: 1000 });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(`${url}/#/import`);
await page.getByTestId('file-input').setInputFiles(file);
await page.getByRole('button', { name: 'Import', exact: true }).click();
const rows = await page.getByTestId('summary-rows').textContent({ timeout: 300_000 });
console.log(`imported ${rows} rows for ${CUSTOMERS} customers`);
await page.evaluate(() => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
});

const nav = page.getByRole('navigation', { name: 'Screens' });
for (let run = 1; run <= runs; run++) {
  // Initial render: the first open computes the board in the worker; later opens reuse it.
  const t0 = Date.now();
  await nav.getByRole('link', { name: 'Lifecycle' }).click();
  await lane(page, 'loyal').getByRole('option').first().waitFor({ timeout: 300_000 });
  const wall = Date.now() - t0;
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="board"]')?.getAttribute('data-view-seq')) > 0,
  );
  const first = await timings(page);
  const open = run === 1 ? 'COLD open (worker computes)' : 'WARM open';
  record(`${open}: paint after data (ms)`, first.paint);
  record(`${open}: request → paint (ms)`, first.total);
  record(`${open}: click → cards (ms)`, wall);
  if (run === 1) console.log('lane counts:', await laneCounts(page));

  // Rule change → repaint: the inactivity window, changed in the rules panel.
  await page.getByRole('button', { name: 'Rules and lanes' }).click();
  const input = page.getByLabel('Inactive after (days, W)');
  const window = Number(await input.inputValue());
  for (const value of [window - 10, window]) {
    const before = await timings(page);
    const t1 = Date.now();
    await input.fill(String(value));
    await input.press('Tab');
    await page.waitForFunction(
      (seq) =>
        Number(document.querySelector('[data-testid="board"]')?.getAttribute('data-view-seq')) >
        seq,
      before.seq,
    );
    const after = await timings(page);
    record('WARM rule change: request → paint (ms)', after.total);
    record('WARM rule change: paint after data (ms)', after.paint);
    record('WARM rule change: wall, Tab → timer (ms)', Date.now() - t1);
  }
  await page.getByRole('button', { name: 'Rules and lanes' }).click();

  // Drag a Loyal card across At risk to Lapsed and back (released where it started), then
  // the same with every Loyal card selected ("Select all shown").
  const single = await dragFrames(page);
  recordDrag('drag 1 card', single);
  await lane(page, 'loyal').locator('.tools button').first().click();
  const all = await dragFrames(page);
  recordDrag('drag all Loyal', all);
  await lane(page, 'loyal').getByRole('option').first().click();

  // Drop one Loyal card on Lapsed: the move is stored and the board repaints.
  const card = lane(page, 'loyal').getByRole('option').first();
  const box = (await card.boundingBox())!;
  const target = (await lane(page, 'lapsed').locator('.viewport').boundingBox())!;
  const seq = (await timings(page)).seq;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 120, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction(
    (before) =>
      Number(document.querySelector('[data-testid="board"]')?.getAttribute('data-view-seq')) >
      before,
    seq,
  );
  record('drop 1 card: request → paint (ms)', (await timings(page)).total);
  console.log(
    `run ${run}: open ${first.paint}/${first.total} ms; drag worst ${describe(single)}; selection ${describe(all)}`,
  );

  // Leave the board so that the next run opens it again.
  await nav.getByRole('link', { name: 'Cohorts' }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

const longTasks = await page.evaluate(
  () => (window as unknown as { longTasks: number[] }).longTasks,
);
const memory = rendererMemory(browser.profile);
await browser.close();

console.log(`\nlifecycle board, ${CUSTOMERS} customers (median of ${runs} runs where repeated):`);
for (const [name, values] of Object.entries(results)) {
  const shown = values.length > 1 ? `  [${values.map((v) => v.toFixed(0)).join(', ')}]` : '';
  console.log(`  ${name.padEnd(52)} ${median(values).toFixed(1).padStart(8)}${shown}`);
}
console.log(
  `  ${'UI long tasks after import (count)'.padEnd(52)} ${String(longTasks.length).padStart(8)}`,
);
console.log(
  `  ${'UI longest task after import (ms)'.padEnd(52)} ${Math.max(0, ...longTasks)
    .toFixed(0)
    .padStart(8)}`,
);
console.log(
  `  ${'renderer peak RSS, this browser (MB)'.padEnd(52)} ${memory.peakMb.toFixed(0).padStart(8)}  (${memory.count} renderers, ${memory.rssMb.toFixed(0)} MB RSS at the end)`,
);
