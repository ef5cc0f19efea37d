/**
 * The layer rules of eslint.config.js refuse an import against the direction of
 * docs/ARCHITECTURE.md in every layer, and let the allowed ones through. Each case lints a
 * planted import as if it were in a file of that layer (the config the file gets, its
 * import rule only).
 */
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const linter = new Linter({ configType: 'flat' });

/** The import-rule problems of `source` placed at `file`. */
async function importProblems(file: string, source: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        rules: rule ? { 'no-restricted-imports': rule } : {},
      },
    ],
    file,
  );
  return messages.map((m) => m.message);
}

const upward: [layer: string, file: string, specifier: string][] = [
  ['core → storage', 'src/core/model.ts', '../storage/db.ts'],
  ['core → ui', 'src/core/csv.ts', '../ui/i18n/index.ts'],
  ['core → Dexie', 'src/core/model.ts', 'dexie'],
  ['storage → workers', 'src/storage/db.ts', '../../workers/analytics/context.ts'],
  ['storage → state', 'src/storage/db.ts', '../state/records.ts'],
  ['workers → bridge', 'workers/analytics/context.ts', '../../src/bridge/analytics-client.ts'],
  ['workers → features', 'workers/analytics/context.ts', '../../src/features/screens.ts'],
  ['workers → Dexie', 'workers/analytics/context.ts', 'dexie'],
  ['bridge → state', 'src/bridge/import-client.ts', '../state/records.ts'],
  ['bridge → storage', 'src/bridge/import-client.ts', '../storage/db.ts'],
  ['state → features', 'src/state/resource.svelte.ts', '../features/screens.ts'],
  ['state → workers', 'src/state/resource.svelte.ts', '../../workers/analytics/lifecycle.ts'],
  ['state → ui components', 'src/state/resource.svelte.ts', '../ui/ChartCard.svelte'],
  ['ui → state', 'src/ui/csv.ts', '../state/records.ts'],
  ['ui → bridge', 'src/ui/csv.ts', '../bridge/analytics-client.ts'],
  ['ui → features', 'src/ui/csv.ts', '../features/screens.ts'],
  ['pwa → state', 'src/pwa/register.ts', '../state/workspace.svelte.ts'],
  ['ui messages → features', 'src/ui/i18n/index.ts', '../../features/cohorts/messages/en.ts'],
  ['catalogs → state', 'src/messages/en.ts', '../state/records.ts'],
  ['features → storage', 'src/features/screens.ts', '../storage/db.ts'],
  ['features → workers', 'src/features/screens.ts', '../../workers/analytics/lifecycle-types.ts'],
  ['cli → storage', 'src/cli/args.ts', '../storage/db.ts'],
  ['cli → features', 'src/cli/args.ts', '../features/screens.ts'],
  ['cli → import screen', 'src/cli/args.ts', '../features/import/messages/index.ts'],
  ['tests → Dexie', 'tests/unit/layers.test.ts', 'dexie'],
];

const allowed: [layer: string, file: string, specifier: string][] = [
  ['features → state', 'src/features/screens.ts', '../state/records.ts'],
  ['features → bridge', 'src/features/screens.ts', '../bridge/analytics-client.ts'],
  ['state → bridge', 'src/state/resource.svelte.ts', '../bridge/analytics-client.ts'],
  ['state → storage', 'src/state/resource.svelte.ts', '../storage/workspace.ts'],
  ['state → messages', 'src/state/resource.svelte.ts', '../ui/i18n/index.ts'],
  ['bridge → workers', 'src/bridge/import-client.ts', '../../workers/import.api.ts'],
  ['workers → storage', 'workers/analytics/context.ts', '../../src/storage/datasets.ts'],
  ['storage → core', 'src/storage/db.ts', '../core/index.ts'],
  ['storage → Dexie', 'src/storage/db.ts', 'dexie'],
  ['cli → import messages', 'src/cli/args.ts', '../features/import/messages/en.ts'],
  ['app root → features', 'src/main.ts', './features/screens.ts'],
  ['catalogs → features', 'src/messages/index.ts', '../features/import/messages/index.ts'],
];

describe('layer rules', () => {
  it.each(upward)('refuse %s', async (_, file, specifier) => {
    const problems = await importProblems(file, `import '${specifier}';\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/is restricted from being used/);
  });

  it.each(allowed)('allow %s', async (_, file, specifier) => {
    expect(await importProblems(file, `import '${specifier}';\n`)).toEqual([]);
  });
});
