/**
 * BG/NBD and Gamma-Gamma fits in a browser worker (headless Chromium), on the seeded
 * synthetic summaries of tests/bench/fit.bench.ts (1 000 000 customers; BENCH_FIT_SIZES to
 * change). tests/bench/fit-worker.ts is bundled with Vite and run as a module worker, as the
 * analytics worker runs the same core functions. Two arrangements, timed from 'fit' sent to
 * the answer received (the summary is drawn before, untimed):
 * - one worker fits BG/NBD, then Gamma-Gamma (what the analytics worker does today);
 * - two workers, BG/NBD in one and Gamma-Gamma in the other at the same time (the second
 *   core), each on its own copy of the summary.
 * Median of BENCH_FIT_RUNS (default 3); prints only.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const sizes = (process.env.BENCH_FIT_SIZES ?? '1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_FIT_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const bundled = await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    write: false,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('./fit-worker.ts', import.meta.url)),
      formats: ['es'],
      fileName: 'fit-worker',
    },
  },
});
const output = (Array.isArray(bundled) ? bundled[0]! : bundled) as {
  output: { type: string; code?: string }[];
};
const workerCode = output.output.find((o) => o.type === 'chunk')!.code!;

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p): p is string => !!p && existsSync(p),
);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route('http://bench.local/**', (route) =>
  route.request().url().endsWith('.js')
    ? route.fulfill({ contentType: 'text/javascript', body: workerCode })
    : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>fit</title>' }),
);
await page.goto('http://bench.local/');

/**
 * In-page code as text: tsx (esbuild) would wrap named functions in a `__name` helper that
 * the page does not have.
 */
const IN_PAGE = `async ({ size, plan }) => {
  const ask = (worker, message) =>
    new Promise((resolve) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.postMessage(message);
    });
  const workers = plan.map(() => new Worker('/fit-worker.js', { type: 'module' }));
  await Promise.all(workers.map((w) => ask(w, { size })));
  const t0 = performance.now();
  const answers = await Promise.all(workers.map((w, i) => ask(w, { fit: plan[i] })));
  const wall = performance.now() - t0;
  workers.forEach((w) => w.terminate());
  return { wall, ms: answers.flatMap((a) => Object.values(a.ms)) };
}`;

/** Milliseconds from 'fit' to the last answer, per worker plan (each worker: models in order). */
async function timeFits(size: number, plan: string[][]): Promise<{ wall: number; ms: number[] }> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify({ size, plan })})`);
}

for (const size of sizes) {
  const one: number[] = [];
  const bg: number[] = [];
  const gg: number[] = [];
  const two: number[] = [];
  for (let run = 0; run < runs; run++) {
    const sequential = await timeFits(size, [['bgnbd', 'gammaGamma']]);
    one.push(sequential.wall);
    bg.push(sequential.ms[0]!);
    gg.push(sequential.ms[1]!);
    two.push((await timeFits(size, [['bgnbd'], ['gammaGamma']])).wall);
  }
  const seq = median(one);
  const par = median(two);
  console.log(
    `${size.toLocaleString('en')} customers, browser worker (median of ${runs})\n` +
      `  one worker:  BG/NBD ${median(bg).toFixed(0)} ms + Gamma-Gamma ${median(gg).toFixed(0)} ms = ${seq.toFixed(0)} ms${size === 1_000_000 ? ' (budget 1 500 ms)' : ''}\n` +
      `  two workers: ${par.toFixed(0)} ms (BG/NBD ∥ Gamma-Gamma) → ${(seq / par).toFixed(2)}× the one-worker time`,
  );
}
await browser.close();
