// `npm test`: the gate (format, lint, type checks, message catalogs), the unit tests, then the
// browser tests against the built app. Sets itself up on a fresh machine: dependencies and
// Chromium.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const run = (title, command, env = {}) => {
  console.log(`\n▶ ${title}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } });
};

try {
  execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });
  const chromium = findChromium({ install: true });
  run('format (prettier --check)', 'npx prettier --check . --log-level warn');
  run('lint (eslint)', 'npx eslint --max-warnings 0 .');
  run('svelte-check', 'npx svelte-check --fail-on-warnings --threshold warning --output machine');
  run(
    'types (tsc)',
    'npx tsc --noEmit -p tsconfig.json && npx tsc --noEmit -p src/core/tsconfig.json',
  );
  run('messages (every key and placeholder in every language)', 'npx tsx scripts/i18n-missing.ts');
  run('messages (no literal words in component markup)', 'npx tsx scripts/i18n-literals.ts');
  run('unit tests (vitest)', 'npx vitest run', { TZ: 'UTC' });
  run(
    'browser tests (playwright, against the built app)',
    'npx playwright test',
    chromium ? { CHROMIUM_PATH: chromium } : {},
  );
} catch (error) {
  console.error(
    `\nnpm test failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
  );
  process.exit(1);
}
