// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const webOnly = {
  group: ['react', 'react-dom', '@xyflow/*', 'monaco-editor', '@monaco-editor/*', 'zustand', 'zundo'],
  message: 'Only the web app may import React, React Flow, Monaco or zustand.',
};
/** The corpus locator serves tests only: no product code depends on it (layering). */
const testSupportOnlyInTests = {
  group: ['**/test-support/*'],
  message: 'test-support/ is for tests only: no src file may import it.',
};
const testFiles = ['**/*.test.ts', 'packages/*/test/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'e2e/.output/**',
      'bench/results/**',
      '**/*.generated.*',
      '**/golden/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // A ref read or written during render is state React cannot see: it goes stale or tears.
      'react-hooks/refs': 'error',
    },
  },
  {
    // Only the web app may import React, React Flow or Monaco (dependency direction).
    files: ['packages/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webOnly, testSupportOnlyInTests] }] },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testSupportOnlyInTests] }] },
  },
  {
    // Tests, and the package scripts that generate from the reference (gen-catalogue.ts), find the
    // corpus and the reference through test-support/corpus.mjs; neither ships.
    files: [...testFiles, 'packages/*/scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webOnly] }] },
  },
  {
    files: testFiles.map((pattern) => `apps/web/${pattern}`),
    rules: { 'no-restricted-imports': 'off' },
  },
);
