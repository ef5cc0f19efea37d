/**
 * For merging a branch made before the messages moved into per-screen folders: lists the
 * messages that branch's flat catalogs (src/messages/{en,ru,bg,ro}.ts and the screens'
 * messages*.ts at REF) hold and the per-screen files here lack or word differently, each with
 * the file it belongs in; `--write` puts them there, after the key they follow in English.
 *
 *   npx tsx scripts/i18n-carry.ts REF [--write]
 *
 * A key new at REF goes to the bundle that holds most keys of its prefix (`simulator.` → the
 * simulator's). Then `npx prettier --write` the files it names and run
 * `npx tsx scripts/i18n-missing.ts`. One-off: delete it once the older branches are merged.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLES } from '../src/messages/all.ts';

type Catalog = Readonly<Record<string, string>>;
const LANGUAGES = ['en', 'ru', 'bg', 'ro'] as const;
type Language = (typeof LANGUAGES)[number];

const [ref, ...flags] = process.argv.slice(2);
if (!ref) {
  console.error('usage: npx tsx scripts/i18n-carry.ts REF [--write]');
  process.exit(2);
}
const write = flags.includes('--write');

// The flat catalogs at REF, copied out with the screens' message files they import.
const old = mkdtempSync(join(tmpdir(), 'i18n-carry-'));
const files = execFileSync('git', [
  'ls-tree',
  '-r',
  '--name-only',
  ref,
  'src/messages',
  'src/features',
])
  .toString()
  .split('\n')
  .filter((path) =>
    /(^src\/messages\/[a-z]+\.ts|\/messages[^/]*\.ts|warning-messages\.ts)$/.test(path),
  );
for (const path of files) {
  mkdirSync(join(old, dirname(path)), { recursive: true });
  writeFileSync(join(old, path), execFileSync('git', ['show', `${ref}:${path}`]));
}
const flat = {} as Record<Language, Catalog>;
for (const language of LANGUAGES) {
  const module = (await import(pathToFileURL(join(old, `src/messages/${language}.ts`)).href)) as {
    en?: Catalog;
    catalog?: Catalog;
  };
  const catalog = language === 'en' ? module.en : module.catalog;
  if (!catalog) throw new Error(`${ref} has no flat ${language} catalog: nothing to carry`);
  flat[language] = catalog;
}

// Where each key lives here, and what it says.
const owner = new Map<string, string>();
const here = {} as Record<Language, Map<string, Catalog>>;
for (const language of LANGUAGES) {
  here[language] = new Map();
  for (const [folder, bundle] of Object.entries(BUNDLES)) {
    here[language].set(folder, language === 'en' ? bundle.en : await bundle[language]());
    if (language === 'en') for (const key of Object.keys(bundle.en)) owner.set(key, folder);
  }
}
const englishKey = (key: string) =>
  key in flat.en ? key : key.replace(/\.(zero|one|two|few|many)$/, '.other');
function folderOf(key: string): string {
  const known = owner.get(englishKey(key));
  if (known) return known;
  const prefix = `${key.split('.')[0]}.`;
  const counts = new Map<string, number>();
  for (const [k, folder] of owner) {
    if (k.startsWith(prefix)) counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'src/messages';
}

const order = Object.keys(flat.en);
let carried = 0;
for (const language of LANGUAGES) {
  for (const [key, text] of Object.entries(flat[language])) {
    const folder = folderOf(key);
    const current = here[language].get(folder)?.[key];
    if (current === text) continue;
    const file = `${folder}/${language}.ts`;
    console.log(`${file}: ${JSON.stringify(key)}: ${JSON.stringify(text)}`);
    carried++;
    if (write) place(file, key, text);
  }
}
console.log(carried === 0 ? `Nothing to carry from ${ref}.` : `${carried} messages to carry.`);

/** Writes `key: text` into a catalog file: replacing its entry, or after the key before it. */
function place(file: string, key: string, text: string): void {
  let source = readFileSync(file, 'utf8');
  const line = `  ${JSON.stringify(key)}: ${JSON.stringify(text)},\n`;
  const entry = (k: string) => {
    const escaped = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^  (?:'${escaped}'|"${escaped}"):[\\s\\S]*?,\\n(?=  ['"]|\\})`, 'm');
  };
  const existing = entry(key).exec(source);
  if (existing) {
    source = source.replace(existing[0], line);
  } else {
    const before = order.slice(0, Math.max(0, order.indexOf(englishKey(key)))).reverse();
    const anchor = before.map((k) => entry(k).exec(source)).find((m) => m !== null);
    const at = anchor ? anchor.index + anchor[0].length : source.lastIndexOf('\n}') + 1;
    source = source.slice(0, at) + line + source.slice(at);
  }
  writeFileSync(file, source);
}
