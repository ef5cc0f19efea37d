// Installs the project's dependencies when node_modules is missing or older than the lock file,
// so that `npm start` and `npm test` work on a fresh clone with nothing but Node and npm.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
const stale =
  !existsSync(marker) ||
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);

if (stale) {
  // `npm install`, not `npm ci`: npm 11 writes lock files without the optional platform
  // packages of some dependencies (rollup's), which `npm ci` then refuses as out of sync.
  // `npm install` keeps every version the lock file pins and adds only what is missing.
  console.log('Installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
