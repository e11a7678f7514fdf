// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/, bottom first: a folder may import only from folders of a lower layer (and
 * from itself), so that shared vocabulary stays at the bottom and no import runs back up. The root
 * files (src/index.ts, src/labels.ts) stand above everything.
 */
const layers = [
  ['core'],
  ['internal'],
  ['vocabulary', 'privacy'],
  ['calendar', 'taxonomy', 'org'],
  ['enterprise'],
  ['procedure', 'access', 'supervision', 'policy', 'accountability'],
  ['escalation'],
  ['issue'],
  ['meeting', 'pairing'],
  ['visit', 'scoring'],
  ['report'],
  ['store', 'campaign'],
  ['testing'],
];

const noIo = {
  regex: '^(node:)?(fs|fs/promises|http|https|http2|net|dgram|dns|child_process|worker_threads|os|process|crypto|readline|tls|cluster)$',
  message: 'No I/O, environment or randomness in src/.',
};

/** One config block per folder of src/: its imports may not reach its own layer's neighbours or any layer above. */
const layerBlocks = layers.flatMap((layer, rank) =>
  layer.map((folder) => {
    const above = layers.flatMap((l, r) => (r >= rank ? l : [])).filter((f) => f !== folder);
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              noIo,
              ...(above.length === 0
                ? []
                : [{ regex: `^\\.\\./(${above.join('|')})/`, message: `src/${folder} sits below these folders (eslint.config.js layers): import only from lower layers.` }]),
              { regex: '^\\.\\./(index|labels)\\.js$', message: 'The root barrels stand above every folder.' },
            ],
          },
        ],
      },
    };
  }),
);

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

/**
 * zod's `z` is a namespace object (`export * as z`): esbuild cannot tree-shake an import of it by
 * name and pulls every zod locale into an app (about 450 kB minified instead of about 90 kB:
 * scripts/app-bundles.mjs). `import * as z from 'zod'`, as zod's own documentation writes it.
 */
const zodNamespace = {
  selector: "ImportDeclaration[source.value=/^zod/][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
  message: "Write `import * as z from 'zod'`: esbuild cannot tree-shake `import { z } from 'zod'` (every zod locale ends up in the app).",
};

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
      'no-restricted-syntax': ['error', ...ambientWorld, zodNamespace],
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
      'no-restricted-imports': ['error', { patterns: [noIo] }],
      'no-console': 'error',
    },
  },
  ...layerBlocks,
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
