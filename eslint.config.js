// Lint rules that enforce the module boundaries of STYLE.md, so a violation fails CI instead of relying on
// goodwill, and forbid writing HTML from non-constant strings (no-unsanitized).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const AREAS = ['content', 'background', 'popup', 'options'];

/** Import patterns that reach from one area of src/ into another (any depth of ../). */
function areaPatterns(areas) {
  return areas.map((area) => ({
    regex: `^(\\.\\./)+${area}(/|$)`,
    message: `content, background, popup and options never import each other: use the typed message map (src/shared/messages.ts).`,
  }));
}

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Import the browser API only through src/shared/browser.ts.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'demo-screenshots/**', 'demo/**', 'tests/fixtures/**', '.tmp*/**', 'public/scale/**'] },
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
          patterns: [
            ...areaPatterns(['background', 'popup', 'options']),
            { regex: '^\\.\\./(?!\\.\\./)', message: 'a feature never imports another feature.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
