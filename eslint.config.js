import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// The layers of docs/ARCHITECTURE.md, enforced: core is pure, only storage touches Dexie, and
// DOM-bound d3 modules stay in the UI layers.
const domD3 = ['d3-selection', 'd3-axis', 'd3-transition', 'd3-zoom', 'd3-drag', 'd3-brush', 'd3'];

/**
 * The import rule of one layer: `files` may not import from the `forbidden` folders (by the
 * folder name in the path) except the `allow` paths, nor Dexie unless `dexie`. The patterns
 * are gitignore's: an allowed path needs its folder re-allowed first (`dir/`, then `dir/file`).
 */
function layer(
  files,
  forbidden,
  { paths = [], patterns = [], dexie = false, ignores = [], allow = [] } = {},
) {
  const group = [...forbidden.map((folder) => `**/${folder}/**`), ...allow.map((a) => `!${a}`)];
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...(dexie ? [] : ['dexie']), ...paths],
          patterns: [
            ...patterns.map((p) => ({ group: [p], message: 'Not in this layer.' })),
            ...(group.length > 0
              ? [
                  {
                    group,
                    message: 'This import points against the layers (docs/ARCHITECTURE.md).',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-*',
      'dev-dist',
      'test-results',
      'playwright-report',
      'public',
      'tests/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // One block per layer (docs/ARCHITECTURE.md, "Direction of dependencies"): each names the
  // folders its files may not import. Dexie is storage's alone everywhere.
  layer(
    ['src/core/**'],
    ['storage', 'workers', 'bridge', 'state', 'features', 'ui', 'pwa', 'cli'],
    {
      paths: ['svelte', 'comlink', 'papaparse-worker', ...domD3],
      patterns: ['svelte/*'],
    },
  ),
  layer(['src/storage/**'], ['workers', 'bridge', 'state', 'features', 'ui', 'pwa', 'cli'], {
    dexie: true,
  }),
  layer(['workers/**'], ['bridge', 'state', 'features', 'ui', 'pwa', 'cli']),
  layer(['src/bridge/**'], ['storage', 'state', 'features', 'ui', 'pwa', 'cli']),
  layer(['src/state/**'], ['workers', 'features', 'pwa', 'cli', 'ui'], {
    allow: ['**/ui/i18n/', '**/ui/i18n/**'],
  }),
  // The shared UI and the PWA glue are leaves over core and the messages.
  layer(
    ['src/ui/**', 'src/pwa/**'],
    ['storage', 'workers', 'bridge', 'state', 'features', 'pwa', 'cli'],
  ),
  // The app's own messages, registered at start-up with those of the start-up screens.
  layer(['src/messages/**'], ['storage', 'workers', 'bridge', 'state', 'pwa', 'cli']),
  layer(['src/features/**'], ['storage', 'workers', 'pwa', 'cli']),
  // The CLI words its import notes with the import screen's English messages (data only).
  layer(['src/cli/**'], ['storage', 'workers', 'bridge', 'state', 'features', 'ui', 'pwa'], {
    allow: [
      '**/features/import/',
      '**/features/import/messages/',
      '**/features/import/messages/en.ts',
    ],
  }),
  // The app root (main.ts, App.svelte) wires every layer together.
  layer(['src/*.{ts,svelte}'], []),
  layer(['tests/**', 'scripts/**'], [], { ignores: ['tests/unit/storage/**'] }),
  {
    // Files stay small enough to read, message catalogs included.
    files: ['src/**/*.{ts,svelte}', 'workers/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
    },
  },
);
