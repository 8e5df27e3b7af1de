import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.e2e-tmp/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Nothing imports the renderer but its own entry.' }] },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'node:*', 'fs', 'path', 'react', '**/electron/**', '**/renderer/**'], message: 'core/ is pure: no Electron, no DOM, no fs, nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    // Tests of pure code may use Node (temp files, child processes for real readers: pandoc, LibreOffice, vnu).
    files: ['core/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the desktop through renderer/desktop.ts only.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            {
              regex: '(^|/)electron/(?!api$)',
              message: 'The renderer may import only the contract (electron/api.ts) from the node side.',
            },
            { regex: '(^|/)electron/api$', allowTypeImports: true, message: 'Import only types from electron/api.ts.' },
          ],
        },
      ],
    },
  },
);
