// `npm run bench`: performance figures, printed and not asserted. Node benchmarks of the
// core (tests/bench/*.bench.ts), then the import, the model fits and the lifecycle board in headless Chromium
// against the built app. BENCH_PORT (default 4190) and BENCH_OUTDIR (default dist-bench) let
// two checkouts bench side by side; BENCH_ROWS, BENCH_RUNS, BENCH_FILES and BENCH_DUCKDB (0: no
// DuckDB-WASM comparison) reach the import bench.
import { execSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });
for (const file of readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  console.log(`\n▶ ${file}`);
  execSync(`npx tsx tests/bench/${file}`, { stdio: 'inherit' });
}

const port = process.env.BENCH_PORT ?? '4190';
const outDir = process.env.BENCH_OUTDIR ?? 'dist-bench';
const chromium = findChromium({ install: true });
console.log('\n▶ import.browser.ts (building the app…)');
execSync(`npx vite build --logLevel warn --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  execSync('npx tsx tests/bench/import.browser.ts', {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_URL: `http://127.0.0.1:${port}`,
      ...(chromium && { CHROMIUM_PATH: chromium }),
    },
  });
  console.log('\n▶ fit.browser.ts');
  execSync('npx tsx tests/bench/fit.browser.ts', {
    stdio: 'inherit',
    env: { ...process.env, ...(chromium && { CHROMIUM_PATH: chromium }) },
  });
  execSync('npx tsx tests/bench/board.browser.ts', {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_URL: `http://127.0.0.1:${port}`,
      ...(chromium && { CHROMIUM_PATH: chromium }),
    },
  });
} finally {
  process.kill(-server.pid);
}
