// Finds the Chromium the browser tests use: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// which is installed with apt-get when missing and we run as root. Prints the path, or nothing
// (Playwright then falls back to its own browser, where one is installed).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function findChromium({ install = false } = {}) {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (found || !install) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the browser tests (apt-get)…');
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: 'inherit',
        },
      );
    } catch {
      console.warn('Could not install chromium with apt-get.');
    }
    return ['/usr/bin/chromium'].find((p) => existsSync(p));
  }
  return undefined;
}
