/**
 * Finds words the UI would show without going through the message catalogs: text written
 * into component markup and literal user-facing attributes (title, aria-label, placeholder,
 * alt, …) in every `.svelte` file under src. Words must come from `t()`/`tn()` so that all
 * four languages get them: `npx tsx scripts/i18n-literals.ts`. Exits with 1 when it finds any.
 *
 * Strings built in script code (template literals, core's English names) are not visible to
 * this scan; the browser test tests/e2e/workshop-text.spec.ts looks for English catalog
 * messages on the screens in ru, bg and ro to catch those.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';

/** Attributes a person reads or hears. */
const READ = new Set([
  'title',
  'aria-label',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
]);
/** Texts that are the same in every language (names, units, symbols). */
const ALLOWED = /^(Tenure|CSV|PNG|SVG|CLV|LTV|RFM|P\(alive\)|[A-Za-z]|[a-zA-Z]\d*|×|→|✓)$/u;

interface Node {
  type?: string;
  name?: string;
  data?: string;
  value?: unknown;
  start?: number;
  [key: string]: unknown;
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (path.endsWith('.svelte')) out.push(path);
  }
  return out;
}

const found: string[] = [];

function lineOf(source: string, offset: number | undefined): number {
  return offset === undefined ? 0 : source.slice(0, offset).split('\n').length;
}

function words(text: string): boolean {
  const trimmed = text.trim();
  return /\p{L}{2,}/u.test(trimmed) && !ALLOWED.test(trimmed);
}

function visit(node: unknown, file: string, source: string): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, file, source);
    return;
  }
  const n = node as Node;
  if (n.type === 'Text' && n.data !== undefined && words(n.data)) {
    found.push(`${file}:${lineOf(source, n.start)}: text “${n.data.trim().slice(0, 60)}”`);
  }
  if (n.type === 'Attribute' && n.name && READ.has(n.name) && Array.isArray(n.value)) {
    for (const part of n.value as Node[]) {
      if (part.type === 'Text' && part.data !== undefined && words(part.data)) {
        found.push(`${file}:${lineOf(source, part.start)}: ${n.name}="${part.data}"`);
      }
    }
  }
  for (const key of [
    'fragment',
    'nodes',
    'attributes',
    'consequent',
    'alternate',
    'body',
    'pending',
    'then',
    'catch',
    'fallback',
  ]) {
    if (key in n) visit(n[key], file, source);
  }
}

for (const file of files('src')) {
  const source = readFileSync(file, 'utf8');
  visit(parse(source, { modern: true }).fragment, file, source);
}

if (found.length > 0) {
  console.log(`Words in markup that bypass the message catalogs (${found.length}):`);
  for (const line of found) console.log(`  ${line}`);
  process.exitCode = 1;
} else {
  console.log('No literal words in component markup.');
}
