// `npm run bench`: performance figures, printed and not asserted. Node benchmarks of the
// core (tests/bench/*.bench.ts), then the import in headless Chromium against the built app.
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

const chromium = findChromium({ install: true });
console.log('\n▶ import.browser.ts (building the app…)');
execSync('npx vite build --logLevel warn --outDir dist-bench --emptyOutDir', { stdio: 'inherit' });
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    'dist-bench',
    '--host',
    '127.0.0.1',
    '--port',
    '4190',
    '--strictPort',
  ],
  { stdio: 'ignore', detached: true },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  execSync('npx tsx tests/bench/import.browser.ts', {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_URL: 'http://127.0.0.1:4190',
      ...(chromium && { CHROMIUM_PATH: chromium }),
    },
  });
  execSync('npx tsx tests/bench/board.browser.ts', {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_URL: 'http://127.0.0.1:4190',
      ...(chromium && { CHROMIUM_PATH: chromium }),
    },
  });
} finally {
  process.kill(-server.pid);
}
