/**
 * The import in the real app, in headless Chromium: a 1 000 000-row CSV (`;`, decimal
 * comma, dd.mm.yyyy) is picked in the import screen and imported. Prints, per run and as
 * the median of 3: wall time from the Import click to the summary, the worker's stage
 * shares (read, decode, parse, validate, store), UI-thread long tasks, the page's JS heap
 * and the renderer's peak memory. Expects the built app at BENCH_URL. Asserts nothing.
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { benchCsv } from './generate-csv.ts';

const url = process.env.BENCH_URL ?? 'http://127.0.0.1:4190';
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p): p is string => !!p && existsSync(p),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Peak resident memory (VmHWM) of Chromium's renderer processes, in MB. */
function rendererPeakMb(): number {
  const pids = execSync("pgrep -f -- '--type=renderer' || true").toString().trim().split('\n');
  let peak = 0;
  for (const pid of pids.filter(Boolean)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return peak;
}

const file = benchCsv();
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-precise-memory-info',
  ],
});

const results: Record<string, number[]> = {};

/**
 * With the 1M-row data set open: how long a control change takes from the user's input to
 * the repainted screen (worker computation included, nothing cached), on two screens.
 */
async function measureScreens(page: import('@playwright/test').Page): Promise<void> {
  const timed = async (name: string, open: string, change: () => Promise<void>, shown: string) => {
    await page.getByRole('navigation').getByRole('link', { name: open }).click();
    await page.getByText('2022-01', { exact: true }).first().waitFor({ timeout: 120_000 });
    const t0 = Date.now();
    await change();
    await page.getByText(shown, { exact: true }).first().waitFor({ timeout: 120_000 });
    record(name, Date.now() - t0);
  };
  const grain = () => page.getByRole('combobox', { name: 'Period' }).first();
  await timed(
    'cohorts: month → quarter (ms)',
    'Cohorts',
    () =>
      grain()
        .selectOption('quarter')
        .then(() => {}),
    '2022-Q1',
  );
  await timed(
    'churn: month → quarter (ms)',
    'Churn',
    () =>
      grain()
        .selectOption('quarter')
        .then(() => {}),
    '2022-Q1',
  );
}
const record = (name: string, value: number) => (results[name] ??= []).push(value);

for (let run = 1; run <= 3; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/#/import`);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  record('detect (ms)', Date.now() - t0);
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('summary-rows').waitFor({ timeout: 180_000 });
  record('import, click to summary (ms)', Date.now() - t1);
  const stats = await page.evaluate(
    () =>
      new Promise<{ elapsedMs: number; stageMs: Record<string, number> }>((resolve, reject) => {
        const open = indexedDB.open('tenure');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const all = open.result.transaction('datasets').objectStore('datasets').getAll();
          all.onsuccess = () => resolve((all.result as { importStats: never }[])[0]!.importStats);
        };
      }),
  );
  record('worker total (ms)', stats.elapsedMs);
  for (const [stage, ms] of Object.entries(stats.stageMs)) record(`  ${stage} (ms)`, ms);
  const ui = await page.evaluate(() => ({
    longTasks: (window as unknown as { longTasks: number[] }).longTasks,
    heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
      ?.usedJSHeapSize,
  }));
  record('UI long tasks (count)', ui.longTasks.length);
  record('UI longest task (ms)', Math.max(0, ...ui.longTasks));
  record('UI JS heap after (MB)', (ui.heap ?? 0) / 2 ** 20);
  record('renderer peak memory (MB)', rendererPeakMb());
  console.log(`run ${run}: ${Date.now() - t1} ms`);
  await measureScreens(page);
  await context.close();
}
await browser.close();

console.log('\nimport of 1 000 000 rows in Chromium (median of 3):');
const total = median(results['worker total (ms)']!);
for (const [name, values] of Object.entries(results)) {
  const share = name.startsWith('  ') ? ` (${((median(values) / total) * 100).toFixed(0)} %)` : '';
  console.log(`  ${name.padEnd(32)} ${median(values).toFixed(0).padStart(7)}${share}`);
}
