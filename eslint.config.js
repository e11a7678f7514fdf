// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** What STYLE.md §7 bans under src/: no clock, randomness, environment, console or I/O. */
const ambientWorld = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in src/: take the time as an argument.' },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in src/: take the time as an argument.' },
  { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the clock: take the time as an argument.' },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'No randomness in src/.' },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'No clock in src/.' },
  { selector: "MemberExpression[object.name='crypto']", message: 'No randomness in src/.' },
  { selector: "SwitchStatement > SwitchCase[test=null] ~ SwitchCase", message: 'default must come last.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'docs/', 'coverage/', 'schemas/', 'node_modules/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-syntax': ['error', ...ambientWorld],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'No environment in src/: take configuration as an argument.' },
        { name: 'console', message: 'No console in src/: return data instead.' },
        { name: 'fetch', message: 'No I/O in src/.' },
        { name: 'setTimeout', message: 'No timers in src/.' },
        { name: 'setInterval', message: 'No timers in src/.' },
        { name: 'crypto', message: 'No randomness in src/.' },
        { name: 'performance', message: 'No clock in src/.' },
        { name: 'XMLHttpRequest', message: 'No I/O in src/.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:)?(fs|fs/promises|http|https|http2|net|dgram|dns|child_process|worker_threads|os|process|crypto|readline|tls|cluster)$', message: 'No I/O, environment or randomness in src/.' },
          ],
        },
      ],
      'no-console': 'error',
    },
  },
);
