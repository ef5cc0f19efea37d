/**
 * The import in the real app, in headless Chromium: 1 000 000-row CSVs (BENCH_ROWS to change)
 * are picked in the import screen and imported — the clean file (`,`, ISO dates, decimal
 * point) and the messy one (`;`, decimal comma, dd.mm.yyyy); BENCH_FILES=clean or messy for
 * one. Each run (BENCH_RUNS, default 3) of each file is a new browser on a fresh on-disk profile, deleted
 * after, so IndexedDB is written to disk as for a user. Per run, labelled COLD (first in a
 * fresh browser, profile, worker) or WARM (the worker already holds the data set): detect;
 * import click → summary with the worker's stage shares (read, decode, parse, validate,
 * store); UI-thread long tasks and JS heap; first cohort matrix (COLD: the analytics worker
 * loads the new data set, from the rows the import handed over, meanwhile); month → quarter on
 * Cohorts and Churn (WARM); reload → matrix with the service worker serving (median of
 * RELOADS reloads);
 * the memory of this run's renderer processes (after the import, after the first matrix —
 * the analytics worker has loaded the columns by then — and after the screens); then the
 * same run's ceiling (tests/bench/ceiling.ts) and the app's ratios to it; then, unless
 * BENCH_DUCKDB=0, DuckDB-WASM COLD on the same file in a new browser on a fresh profile
 * (tests/bench/duckdb.ts: start, CSV → table, cohort SQL), its matrix checked against the
 * ceiling's, and the ratio of the app's picked → first matrix to it. Prints per-run values and
 * the median.
 * Times are taken inside the page (User Timing): from the input's `change` event or the
 * user's click (marked by a capture listener) to the app's own mark once the frame showing
 * the result is painted (src/ui/paint-mark.ts); a reload from its navigation start. So they
 * hold what the user waits for, without the test driver's polling and round trips.
 * Expects the built app at BENCH_URL. Asserts nothing.
 */
import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cohortCeilingInPage } from './ceiling.ts';
import { launchOnDisk, rendererMemory } from './chromium-profile.ts';
import { compareMatrix, duckdbCold } from './duckdb.ts';
import { BENCH_ROWS, benchCsv } from './generate-csv.ts';

const url = process.env.BENCH_URL ?? 'http://127.0.0.1:4190';
const rows = Number(process.env.BENCH_ROWS ?? BENCH_ROWS);
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** Reloads per run, back to the cohort matrix. */
const RELOADS = 5;
const withDuckdb = process.env.BENCH_DUCKDB !== '0';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const styles = (process.env.BENCH_FILES ?? 'clean,messy').split(',') as ('clean' | 'messy')[];
let style: 'clean' | 'messy' = 'clean';
let file = '';
const results: Record<string, number[]> = {};
const record = (name: string, value: number) => (results[`[${style}] ${name}`] ??= []).push(value);

/** The current file's size in MB (the memory ratios' unit). */
const fileMb = () => statSync(file).size / 2 ** 20;

/** This run's latest value of a figure of the current file. */
const last = (name: string) => results[`[${style}] ${name}`]!.at(-1)!;
/** This run's machine time from file picked to first cohort matrix: detect + import + matrix. */
const pickedMs = () =>
  last('COLD detect (ms)') +
  last('COLD import, click to summary (ms)') +
  last('COLD cohorts: first matrix (ms)');

/** Marks the user's picks and clicks in the page (capture phase: before the app sees them). */
async function markInput(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.addEventListener('change', () => performance.mark('bench:input'), true);
    document.addEventListener('click', () => performance.mark('bench:input'), true);
  });
}

/**
 * Milliseconds from the last user input (or, with 'navigation', the page's navigation start)
 * to the app's paint mark `tenure:<name>` after it. Called once the result is on screen;
 * two frames later every mark of that result has been set.
 */
async function span(page: Page, name: string, from = 'bench:input'): Promise<number> {
  const handle = await page.waitForFunction(
    ({ mark, start }) => {
      const begin =
        start === 'navigation' ? 0 : performance.getEntriesByName(start).at(-1)?.startTime;
      if (begin === undefined) return false;
      const end = performance
        .getEntriesByName(mark)
        .filter((m) => m.startTime >= begin)
        .at(-1);
      return end ? end.startTime - begin : false;
    },
    { mark: `tenure:${name}`, start: from },
    { timeout: 300_000 },
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const settled = await page.evaluate(
    ({ mark, start }) => {
      const begin =
        start === 'navigation' ? 0 : performance.getEntriesByName(start).at(-1)!.startTime;
      return (
        performance
          .getEntriesByName(mark)
          .filter((m) => m.startTime >= begin)
          .at(-1)!.startTime - begin
      );
    },
    { mark: `tenure:${name}`, start: from },
  );
  await handle.dispose();
  return Math.round(settled);
}

/**
 * With the data set just imported, Cohorts is clicked as soon as the summary shows: the first
 * cohort matrix (COLD: the screen's code and the matrix are new to the page; the analytics
 * worker, which loads the new data set (from the rows the import handed over, or from
 * IndexedDB on disk) and computes the screen's first matrix while the summary shows, may
 * still be at it), then month → quarter on
 * Cohorts and on Churn (WARM: the worker holds the columns; the quarter is computed, not
 * cached), from the user's input to the repainted screen; then a reload of the page back
 * to the cohort matrix, RELOADS times (a new worker; results cached in IndexedDB; the service
 * worker active).
 */
async function measureScreens(page: Page, before: number, profile: string): Promise<void> {
  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name }).click();
  const shown = (text: string | RegExp) =>
    page.getByText(text, { exact: true }).first().waitFor({ timeout: 180_000 });
  const grain = () => page.getByRole('combobox', { name: 'Period' }).first();

  await nav('Cohorts');
  await shown('2022-01');
  record('COLD cohorts: first matrix (ms)', await span(page, 'cohort-matrix'));
  // The analytics worker loads the new columns once the import is done: that is the file's
  // memory too, up to the first matrix.
  const peak = rendererMemory(profile).peakMb - before;
  record('peak above start, picked → first matrix (MB)', peak);
  record('  ratio: that peak / file size', peak / fileMb());
  await grain().selectOption('quarter');
  await shown('2022-Q1');
  record('WARM cohorts: month → quarter (ms)', await span(page, 'cohort-matrix'));

  await nav('Churn');
  await shown('2022-01');
  record('WARM churn: first table (ms)', await span(page, 'churn-series'));
  await grain().selectOption('quarter');
  await shown('2022-Q1');
  record('WARM churn: month → quarter (ms)', await span(page, 'churn-series'));

  await nav('Cohorts');
  await shown(/^2022-(01|Q1)$/);
  // Reopened as an installed app is: the service worker (registered once no import has been
  // open for 3 s) is active and serves the app's files. Without the wait, whether it has
  // finished installing by the reload would depend on the machine's speed.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // One reload varies by ±50 ms on a busy 2-core machine: the run's figure is the median of
  // RELOADS, and the first on its own.
  const reloads: number[] = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    // Nothing touches the new page until it has painted: Playwright's first call into a
    // document injects its own script, ~10–15 ms of the page's main thread (seen in a trace).
    await page.waitForTimeout(2000);
    await shown(/^2022-(01|Q1)$/);
    reloads.push(await span(page, 'cohort-matrix', 'navigation'));
  }
  // The first reload also tears down the page that imported (~20–30 ms more than the next).
  record('reload, service worker serving, first (ms)', reloads[0]!);
  record(`reload, service worker serving, median of ${RELOADS} (ms)`, median(reloads));
}

/**
 * The same run's ceiling: the same file through a hand-written byte scanner and a typed-array
 * cohort in the page (tests/bench/ceiling.ts), and the app's ratios to it: machine time from
 * file picked to first cohort matrix (detect + import + first matrix), and the import worker.
 */
async function measureCeiling(page: Page): Promise<Ceiling> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'ceiling-input';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#ceiling-input').setInputFiles(file);
  const ceiling = await page.evaluate(cohortCeilingInPage, style === 'clean');
  if (ceiling.rows !== rows) throw new Error(`ceiling read ${ceiling.rows} rows, not ${rows}`);
  const picked = pickedMs();
  record('ceiling: byte scan + cohort (ms)', ceiling.ms);
  record('  ratio: picked → first matrix / ceiling', picked / ceiling.ms);
  record('  ratio: worker total / ceiling', last('worker total (ms)') / ceiling.ms);
  return ceiling;
}

type Ceiling = Awaited<ReturnType<typeof cohortCeilingInPage>>;

/**
 * DuckDB-WASM COLD on the same file, in a new browser on a fresh profile after the app's has
 * closed (tests/bench/duckdb.ts); its matrix checked against this run's ceiling, and the app's
 * picked → first matrix (this run) over DuckDB's pick → matrix.
 */
async function measureDuckdb(run: number, ceiling: Ceiling): Promise<void> {
  const duck = await duckdbCold(file, style === 'clean');
  const picked = pickedMs();
  if (duck.rows !== rows) console.log(`DuckDB read ${duck.rows} rows, not ${rows}`);
  record('DuckDB-WASM COLD: picked → matrix (ms)', duck.totalMs);
  record('DuckDB start: bundle, worker, wasm (ms)', duck.startMs);
  record('DuckDB load: CSV → table (ms)', duck.loadMs);
  record('DuckDB cohort SQL, matrix read back (ms)', duck.cohortMs);
  record('DuckDB renderer peak RSS (MB)', duck.peakMb);
  record('  ratio: picked → first matrix / DuckDB COLD', picked / duck.totalMs);
  record('  ratio: picked → matrix / DuckDB load + SQL', picked / (duck.loadMs + duck.cohortMs));
  console.log(
    `run ${run} (${style}): DuckDB-WASM ${duck.version} (${duck.bundle} bundle) ${duck.totalMs.toFixed(0)} ms; ${compareMatrix(duck, ceiling)}`,
  );
}

/** One run in a new browser on a fresh on-disk profile. */
async function measureRun(run: number): Promise<Ceiling> {
  const browser = await launchOnDisk();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${url}/#/import`);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await markInput(page);
    await page.waitForTimeout(500); // start-up settled: its memory is not the import's
    const before = rendererMemory(browser.profile).largestRssMb;
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
    record('COLD detect (ms)', await span(page, 'import-mapping'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('summary-rows').waitFor({ timeout: 300_000 });
    const importMs = await span(page, 'dataset-summary');
    record('COLD import, click to summary (ms)', importMs);
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
    record('UI JS heap after import (MB)', (ui.heap ?? 0) / 2 ** 20);
    // This run's renderers only, read before the ceiling allocates in the page.
    const peak = rendererMemory(browser.profile).peakMb;
    record('renderer peak RSS through import (MB)', peak);
    // The import's own memory: the renderer's peak above what it held before the file was picked.
    record('import peak above start (MB)', peak - before);
    record('  ratio: import peak / file size', (peak - before) / fileMb());
    await measureScreens(page, before, browser.profile);
    const memory = rendererMemory(browser.profile);
    record('renderer peak RSS through screens (MB)', memory.peakMb);
    record('renderers RSS after screens (MB)', memory.rssMb);
    const ceiling = await measureCeiling(page);
    console.log(
      `run ${run} (${style}): import ${importMs} ms; ${memory.count} renderers, peak ${memory.peakMb.toFixed(0)} MB`,
    );
    return ceiling;
  } finally {
    await browser.close();
  }
}

for (let run = 1; run <= runs; run++) {
  for (style of styles) {
    file = benchCsv(rows, style);
    const ceiling = await measureRun(run);
    if (withDuckdb) await measureDuckdb(run, ceiling);
  }
}

console.log(
  `\nimport of ${rows.toLocaleString('en')} rows in Chromium, on-disk profile (median of ${runs}; per run):`,
);
for (const [name, values] of Object.entries(results)) {
  const total = median(results[`${name.slice(0, name.indexOf(']') + 1)} worker total (ms)`]!);
  const ratio = name.includes('ratio');
  const share =
    name.includes(']   ') && !ratio ? ` (${((median(values) / total) * 100).toFixed(0)} %)` : '';
  const each = values.map((v) => v.toFixed(ratio ? 1 : 0)).join(', ');
  console.log(
    `  ${name.padEnd(58)} ${(ratio ? `${median(values).toFixed(1)}×` : median(values).toFixed(0)).padStart(7)}${share.padEnd(7)} [${each}]`,
  );
}
