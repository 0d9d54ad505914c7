import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Domain folders stay framework-free: no Next, no React, no file system (STYLE.md, rule 4). */
const frameworkFree = {
  patterns: [
    { group: ['next', 'next/*'], message: 'lib/ is framework-free: no next/*.' },
    { group: ['react', 'react-dom', 'react/*', 'swr'], message: 'lib/ is framework-free: no React.' },
  ],
};
const noFs = {
  paths: [
    { name: 'node:fs', message: 'Only lib/store touches the file system.' },
    { name: 'node:fs/promises', message: 'Only lib/store touches the file system.' },
    { name: 'fs', message: 'Only lib/store touches the file system.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/schedule/**', 'lib/status/**', 'lib/i18n/**', 'lib/api/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { ...frameworkFree, ...noFs }] },
  },
  {
    files: ['lib/auth/**'],
    ignores: ['**/*.test.ts', 'lib/auth/next-*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...frameworkFree, ...noFs }] },
  },
  {
    files: ['lib/store/**', 'lib/http-cache/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', frameworkFree] },
  },
);
