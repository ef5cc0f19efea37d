/**
 * Lists, per UI language and bundle of messages (src/messages and every
 * src/features/<screen>/messages), the keys its translation still lacks (they would fall back
 * to English), the keys it holds that its English no longer has, and messages whose
 * placeholders differ from English: `npx tsx scripts/i18n-missing.ts [ru|bg|ro …]`.
 *
 * Plural keys (`x.one`/`x.other` in English) also need the language's other plural forms
 * (Intl.PluralRules: ru one/few/many/other, ro one/few/other); those extra keys count as
 * expected, not as stale. It also fails when a key is in two bundles, or a messages folder is
 * missing from src/messages/all.ts. Exits with 1 when something is wrong.
 */
import { existsSync, readdirSync } from 'node:fs';
import { BUNDLES } from '../src/messages/all.ts';
import type { MessageBundle } from '../src/ui/i18n/index.ts';

const LANGUAGES = ['ru', 'bg', 'ro'] as const;
type Other = (typeof LANGUAGES)[number];
let problems = 0;

// Every messages folder on disk is a bundle the checks (and the unit tests) know.
const folders = [
  'src/messages',
  ...readdirSync('src/features')
    .map((name) => `src/features/${name}/messages`)
    .filter((folder) => existsSync(folder)),
];
for (const folder of folders.filter((f) => !(f in BUNDLES))) {
  console.log(`${folder}: not listed in src/messages/all.ts`);
  problems++;
}
// A key lives in one bundle only.
const owners = new Map<string, string>();
for (const [folder, bundle] of Object.entries(BUNDLES)) {
  for (const key of Object.keys(bundle.en)) {
    const other = owners.get(key);
    if (other) {
      console.log(`${JSON.stringify(key)}: in ${other} and in ${folder}`);
      problems++;
    }
    owners.set(key, folder);
  }
}

/** The keys a language's catalog should hold: every English key plus its extra plural forms. */
function expectedKeys(english: Readonly<Record<string, string>>, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys: string[] = [];
  for (const key of Object.keys(english)) {
    keys.push(key);
    if (!key.endsWith('.other')) continue;
    const base = key.slice(0, -'.other'.length);
    for (const form of categories) {
      const extra = `${base}.${form}`;
      if (!(extra in english)) keys.splice(keys.length - 1, 0, extra);
    }
  }
  return keys;
}

function placeholders(message: string): string {
  return [...new Set(message.match(/\{\w+\}/g) ?? [])].sort().join(' ');
}

const requested = process.argv.slice(2);
const languages = requested.length > 0 ? requested : LANGUAGES;
const isOther = (code: string): code is Other => (LANGUAGES as readonly string[]).includes(code);

/** The problems of one bundle's translation into one language, printed. */
async function check(folder: string, bundle: MessageBundle, language: Other): Promise<number> {
  const english = bundle.en;
  const catalog: Readonly<Record<string, string | undefined>> = await bundle[language]();
  const expected = expectedKeys(english, language);
  const expectedSet = new Set(expected);
  const missing = expected.filter((key) => catalog[key] === undefined);
  const stale = Object.keys(catalog).filter((key) => !expectedSet.has(key));
  const mismatched = Object.keys(catalog).filter((key) => {
    const source = english[key] ?? english[key.replace(/\.(zero|one|two|few|many)$/, '.other')];
    const message = catalog[key];
    return source !== undefined && message !== undefined
      ? placeholders(source) !== placeholders(message)
      : false;
  });
  if (missing.length + stale.length + mismatched.length === 0) return 0;
  console.log(`  ${folder}/${language}.ts:`);
  if (missing.length > 0) {
    console.log(`    missing (${missing.length}):`);
    for (const key of missing) console.log(`      ${JSON.stringify(key)}`);
  }
  if (stale.length > 0) {
    console.log(`    no longer in English (${stale.length}):`);
    for (const key of stale) console.log(`      ${JSON.stringify(key)}`);
  }
  if (mismatched.length > 0) {
    console.log(`    placeholders differ from English (${mismatched.length}):`);
    for (const key of mismatched) {
      const source = english[key] ?? english[key.replace(/\.\w+$/, '.other')] ?? '';
      console.log(
        `      ${JSON.stringify(key)}: ${placeholders(source)} ≠ ${placeholders(catalog[key] ?? '')}`,
      );
    }
  }
  return missing.length + stale.length + mismatched.length;
}

for (const language of languages) {
  if (!isOther(language)) {
    console.error(`Unknown language: ${language} (known: ${LANGUAGES.join(', ')})`);
    process.exitCode = 2;
    continue;
  }
  let expected = 0;
  let gaps = 0;
  console.log(`\n${language}:`);
  for (const [folder, bundle] of Object.entries(BUNDLES)) {
    expected += expectedKeys(bundle.en, language).length;
    gaps += await check(folder, bundle, language);
  }
  console.log(`  ${expected - gaps} of ${expected} keys translated, ${gaps} problems`);
  problems += gaps;
}

if (problems > 0 && process.exitCode === undefined) process.exitCode = 1;
