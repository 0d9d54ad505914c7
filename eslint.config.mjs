import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of the code, lowest first. A folder may import from the layers below it, never from above:
 *   lib/core → lib/store → lib/schedule → lib/status → lib/auth (the domain)
 *   lib/i18n, lib/preferences, lib/formats (wire formats), lib/http (HTTP helpers) → lib/next → app, components
 *   lib/notify (subscriptions and the notification dispatcher) sits beside lib/http: formats below, adapters above.
 *   server/ (the front process) uses lib/ but never app/ or components/.
 * Cycles between files and between folders are caught by dependency-cruiser (.dependency-cruiser.cjs).
 */
const noFramework = [
  { group: ['next', 'next/*'], message: 'lib/ is framework-free: no next/*.' },
  { group: ['react', 'react-dom', 'react/*', 'swr'], message: 'lib/ is framework-free: no React.' },
];
const noFs = [
  { name: 'node:fs', message: 'Only lib/store touches the file system.' },
  { name: 'node:fs/promises', message: 'Only lib/store touches the file system.' },
  { name: 'fs', message: 'Only lib/store touches the file system.' },
];
const above = (folders, why) =>
  folders.map((folder) => ({ group: [`@/${folder}`, `@/${folder}/*`], message: why }));
const domainWhy =
  'The domain never imports wire formats, HTTP helpers, adapters or UI: pass plain data down instead.';
const notFromDomain = above(
  ['lib/formats', 'lib/http', 'lib/next', 'lib/preferences', 'lib/i18n', 'server', 'components', 'app'],
  domainWhy,
);
const notFromLib = above(
  ['lib/next', 'server', 'components', 'app'],
  'lib/ never imports adapters, the server or UI.',
);
const noTestSupport = [
  {
    group: ['**/test-fixtures/*', '**/test-support/*', '**/*.test', '**/*.test.ts'],
    message: 'Test data stays in tests.',
  },
];
const rules = (...lists) => {
  const all = lists.flat();
  return {
    'no-restricted-imports': [
      'error',
      { paths: all.filter((r) => r.name), patterns: all.filter((r) => r.group) },
    ],
  };
};
const tests = ['**/*.test.ts', '**/test-fixtures/**', '**/test-support/**'];

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
      '.test-reports/**',
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
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/core/**'],
    ignores: tests,
    rules: rules(noFramework, noFs, [
      { group: ['@/*', '../*'], message: 'lib/core imports nothing of ours.' },
    ]),
  },
  {
    files: ['lib/schedule/**', 'lib/status/**', 'lib/auth/**'],
    ignores: tests,
    rules: rules(noFramework, noFs, notFromDomain, noTestSupport),
  },
  {
    files: ['lib/store/**'],
    ignores: tests,
    rules: rules(noFramework, notFromDomain, noTestSupport),
  },
  {
    files: ['lib/i18n/**', 'lib/preferences/**', 'lib/formats/**'],
    ignores: tests,
    rules: rules(
      noFramework,
      noFs,
      above(['lib/http'], 'Formats and texts do not know HTTP.'),
      notFromLib,
      noTestSupport,
    ),
  },
  {
    files: ['lib/notify/**'],
    ignores: tests,
    rules: rules(
      noFramework,
      noFs,
      above(['lib/http'], 'Notifications do not know HTTP handlers.'),
      notFromLib,
      noTestSupport,
    ),
  },
  {
    files: ['lib/http/**'],
    ignores: tests,
    rules: rules(noFramework, noFs, notFromLib, noTestSupport),
  },
  {
    files: ['server/**'],
    ignores: [...tests, 'server/renderer.ts'],
    rules: rules(
      noFramework,
      above(['lib/next', 'components', 'app'], 'The front process never loads the UI.'),
      noTestSupport,
    ),
  },
  {
    files: ['app/**', 'components/**', 'lib/next/**', 'proxy.ts'],
    ignores: tests,
    rules: rules(noTestSupport),
  },
);
