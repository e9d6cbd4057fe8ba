// Lint rules that enforce the module boundaries of STYLE.md, so a violation fails CI instead of relying on
// goodwill, and forbid writing HTML from non-constant strings (no-unsanitized).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const AREAS = ['content', 'background', 'popup', 'options', 'welcome'];

/** Import patterns that reach from one area of src/ into another (any depth of ../). */
function areaPatterns(areas) {
  return areas.map((area) => ({
    regex: `^(\\.\\./)+${area}(/|$)`,
    message: `content, background, popup, options and welcome never import each other: use the typed message map (src/shared/messages.ts).`,
  }));
}

/** The feature folders of src/content/features: a feature never imports another (STYLE.md). */
const FEATURE_IDS = readdirSync(new URL('./src/content/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Modules of core with a clear inside: the rest of src imports them only through their index.ts (their public
 * face), so their parts can move without touching the importers. `except`: files outside code may read directly.
 */
const CORE_MODULES = [
  // The welcome page lists the built-in dictionary's typed source (dictionary/builtin.ts) as data.
  { name: 'acronyms', except: ['./index.ts', './dictionary/builtin.ts'] },
];

/** The folders of src/ and of src/core (the targets of a module's public-face rule: everything but the module). */
const SRC_DIRS = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core')
  .map((entry) => `./src/${entry.name}`);
const CORE_DIRS = readdirSync(new URL('./src/core/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Import the browser API only through src/shared/browser.ts.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'demo-screenshots/**', 'demo/**', 'tests/fixtures/**', '.tmp*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  {
    // Imports are resolved as TypeScript resolves them: no cycles (import-x skips type-only imports: those cycles are
    // caught by tests/unit/conventions.test.ts; shared types go to a types file), and no feature reaching into another feature's folder, at any depth and from any sub-folder.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURE_IDS.map((id) => ({
              target: `./src/content/features/${id}`,
              from: './src/content/features',
              except: [`./${id}`],
              message: 'a feature never imports another feature: what two share goes to core or content/ui.',
            })),
            ...CORE_MODULES.map(({ name, except }) => ({
              target: [...SRC_DIRS, ...CORE_DIRS.filter((dir) => dir !== name).map((dir) => `./src/core/${dir}`)],
              from: `./src/core/${name}`,
              except,
              message: `import core/${name} through its index.ts, the module's public face.`,
            })),
          ],
        },
      ],
    },
  },
  {
    // core imports only core: no browser API, no UI library, nothing from the other areas.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL, { name: 'preact', message: 'core is pure TypeScript.' }],
          patterns: [
            {
              regex: '^(\\.\\./)+(shared|sites|content|background|popup|options)(/|$)',
              message: 'core imports only core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'core takes the DOM only as arguments.' },
        { name: 'window', message: 'core reads no globals.' },
        { name: 'location', message: 'core reads no globals.' },
        { name: 'navigator', message: 'core reads no globals.' },
        { name: 'chrome', message: 'core uses no browser API.' },
        { name: 'browser', message: 'core uses no browser API.' },
      ],
    },
  },
  {
    // sites are data: they import only types.
    files: ['src/sites/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+', message: 'site files are data: type imports only.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [POLYFILL], patterns: [...areaPatterns(AREAS), { regex: '^(\\.\\./)+sites(/|$)', message: 'shared may import core only.' }] },
      ],
    },
  },
  ...AREAS.map((area) => ({
    files: [`src/${area}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: areaPatterns(AREAS.filter((a) => a !== area)) }],
    },
  })),
  {
    // A feature never imports another feature: what two share goes to core or content/ui.
    files: ['src/content/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: areaPatterns(['background', 'popup', 'options']),
        },
      ],
    },
  },
  {
    // browser-page.ts is browser.ts as the content bundles build it (scripts/vite/content-bundles.ts).
    files: ['src/shared/browser.ts', 'src/shared/browser-page.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
