/**
 * Headless Chromium for the browser benchmarks as a user has it: a persistent context on a
 * fresh on-disk profile (IndexedDB written to disk, not kept in memory as in an incognito
 * `browser.newContext()`), deleted after the run; and the memory of that browser's own
 * renderer processes, read from /proc (not every renderer on the machine).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p): p is string => !!p && existsSync(p),
);

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];

export interface ProfileBrowser {
  context: BrowserContext;
  /** The profile directory on disk. */
  profile: string;
  /** Closes the browser and deletes the profile. */
  close: () => Promise<void>;
}

/** A new browser on a fresh on-disk profile (mkdtemp). */
export async function launchOnDisk(viewport?: {
  width: number;
  height: number;
}): Promise<ProfileBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tenure-bench-profile-'));
  // Deleted on close; and on exit, should the bench fail before closing.
  const remove = () => rmSync(profile, { recursive: true, force: true });
  process.once('exit', remove);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: ARGS,
    ...(viewport && { viewport }),
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      process.off('exit', remove);
      remove();
    },
  };
}

function readProc(pid: string, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // The process ended between listing and reading.
  }
}

export interface RendererMemory {
  /** Renderer processes of this browser. */
  count: number;
  /** Largest peak resident set (VmHWM) among them, MB. */
  peakMb: number;
  /** Sum of their current resident sets (VmRSS), MB. */
  rssMb: number;
  /** Largest current resident set among them, MB (the page's renderer, with its workers). */
  largestRssMb: number;
}

/**
 * This browser's renderer processes: those whose command line has --type=renderer and names
 * `profile` as the user-data-dir (its page's renderer also runs the page's dedicated workers).
 * Child processes rewrite their command line into one space-separated string.
 */
export function rendererMemory(profile: string): RendererMemory {
  const result: RendererMemory = { count: 0, peakMb: 0, rssMb: 0, largestRssMb: 0 };
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const args = readProc(pid, 'cmdline').split(/[\0 ]/);
    if (!args.includes('--type=renderer') || !args.includes(`--user-data-dir=${profile}`)) continue;
    const status = readProc(pid, 'status');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    result.count++;
    result.peakMb = Math.max(result.peakMb, kb('VmHWM') / 1024);
    result.rssMb += kb('VmRSS') / 1024;
    result.largestRssMb = Math.max(result.largestRssMb, kb('VmRSS') / 1024);
  }
  return result;
}
