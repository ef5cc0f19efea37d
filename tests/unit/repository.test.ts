/**
 * The repository stands alone: no source, test or script reads a folder beside it (the team's
 * shared folder does not exist in a user's clone).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const roots = ['src', 'workers', 'tests', 'scripts', 'public', '.ci'];
const topFiles = ['package.json', 'vite.config.ts', 'playwright.config.ts', 'index.html'];
const textFile = /\.(ts|mjs|js|svelte|json|html|md|mts|cjs)$|^run$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (textFile.test(name)) yield path;
  }
}

describe('the repository', () => {
  it('reads nothing outside itself', () => {
    const all = [
      ...roots.flatMap((r) => [...files(join(root, r))]),
      ...topFiles.map((f) => join(root, f)),
    ];
    // Assembled so that this file does not match itself.
    const outside = ['..', 'shared'].join('/');
    const offenders = all.filter((path) => readFileSync(path, 'utf8').includes(outside));
    expect(all.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});
