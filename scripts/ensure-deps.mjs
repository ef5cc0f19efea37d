// Installs the project's dependencies when node_modules is missing or older than the lock file,
// so that `npm start` and `npm test` work on a fresh clone with nothing but Node and npm.
// `npm ci` installs exactly what the committed lock file pins and never rewrites it.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
const stale =
  !existsSync(marker) ||
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);

if (stale) {
  const command = existsSync(lock) ? 'npm ci' : 'npm install';
  console.log(`Installing dependencies (${command})…`);
  execSync(`${command} --no-audit --no-fund`, { stdio: 'inherit' });
}
