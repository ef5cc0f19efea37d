/**
 * Lists, per UI language, the message keys its catalog still lacks (they fall back to
 * English), the keys it holds that English no longer has, and messages whose placeholders
 * differ from English: `npx tsx scripts/i18n-missing.ts [ru|bg|ro …]`.
 *
 * Plural keys (`x.one`/`x.other` in English) also need the language's other plural forms
 * (Intl.PluralRules: ru one/few/many/other, ro one/few/other); those extra keys count as
 * expected, not as stale. Exits with 1 when something is missing or stale.
 */
import { en } from '../src/messages/en.ts';
import { catalog as ru } from '../src/messages/ru.ts';
import { catalog as bg } from '../src/messages/bg.ts';
import { catalog as ro } from '../src/messages/ro.ts';

const catalogs: Record<string, Record<string, string | undefined>> = { ru, bg, ro };
const english: Record<string, string> = en;

/** The keys a language's catalog should hold: every English key plus its extra plural forms. */
function expectedKeys(language: string): string[] {
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
const languages = requested.length > 0 ? requested : Object.keys(catalogs);
let problems = 0;

for (const language of languages) {
  const catalog = catalogs[language];
  if (!catalog) {
    console.error(`Unknown language: ${language} (known: ${Object.keys(catalogs).join(', ')})`);
    process.exitCode = 2;
    continue;
  }
  const expected = expectedKeys(language);
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
  const present = expected.length - missing.length;
  console.log(`\n${language}: ${present} of ${expected.length} keys translated`);
  if (missing.length > 0) {
    console.log(`  missing (${missing.length}):`);
    for (const key of missing) console.log(`    ${JSON.stringify(key)}`);
  }
  if (stale.length > 0) {
    console.log(`  no longer in English (${stale.length}):`);
    for (const key of stale) console.log(`    ${JSON.stringify(key)}`);
  }
  if (mismatched.length > 0) {
    console.log(`  placeholders differ from English (${mismatched.length}):`);
    for (const key of mismatched) {
      const source = english[key] ?? english[key.replace(/\.\w+$/, '.other')] ?? '';
      console.log(
        `    ${JSON.stringify(key)}: ${placeholders(source)} ≠ ${placeholders(catalog[key] ?? '')}`,
      );
    }
  }
  problems += missing.length + stale.length + mismatched.length;
}

if (problems > 0 && process.exitCode === undefined) process.exitCode = 1;
