// Lint rules: typescript-eslint's recommended set for .ts, .svelte and .astro, plus the
// project's boundaries (README: "How the code is laid out"):
//  - src/core, src/i18n and everything that runs in the browser (islands and the feature
//    modules they import) never import Node built-ins or Node-only build code (src/build);
//  - islands never import the whole dictionary (#i18n/index.ts): they get `messages`;
//  - no `lang === 'pl' ? … : …` in components and feature code: strings live in the
//    dictionaries (src/i18n/pl, src/i18n/en);
//  - no array spread into the variadic built-ins (below).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Patterns are gitignore-style: a leading # starts a comment there, so the aliases are escaped (\\#).
const NODE_ONLY = {
  patterns: [
    { group: ['node:*'], message: 'Node built-ins belong in src/build or scripts/: this module runs in the browser too.' },
    { group: ['\\#build/*'], message: 'src/build is Node-only build code: pass its data in from an .astro component instead.' },
  ],
  paths: ['fs', 'path', 'os', 'crypto', 'zlib', 'url', 'child_process', 'worker_threads'].map((name) => ({
    name,
    message: 'Node built-ins belong in src/build or scripts/.',
  })),
};

const NO_WHOLE_DICTIONARY = {
  group: ['\\#i18n/index.ts', '\\#i18n/pl/*', '\\#i18n/en/*'],
  message: 'An island bundles what it imports: take `messages` as a prop and use createTranslator (#i18n/translate.ts).',
};

const langTest = "[test.type='BinaryExpression'][test.left.name='lang'][test.right.value=/^(pl|en)$/]";
const NO_LANG_BRANCH = [
  {
    selector: `ConditionalExpression${langTest}`,
    message: 'Put the text in the dictionaries (src/i18n/pl, src/i18n/en) and look it up with t().',
  },
  {
    selector: `IfStatement${langTest}`,
    message: 'Put the text in the dictionaries (src/i18n/pl, src/i18n/en) and look it up with t().',
  },
];

// A spread into a call passes every item as one argument, and V8 throws "Maximum call stack
// size exceeded" somewhere past ~100,000 of them (a 125,000-row source table crashed the
// pipeline with `rows.push(...result.rows)`). Lint cannot tell a bounded array from an
// unbounded one, so the rule forbids the spread wherever the callee is a built-in that
// takes any number of data arguments: push/unshift/splice/concat, Math.max/min/hypot,
// String.fromCharCode/fromCodePoint. Use pushAll, maxOf and minOf from src/core/arrays.ts
// (loops), or `for … of`. Spreads into the project's own functions stay allowed: they
// forward a handful of rest parameters (`uniformFor(seed, ...key)`), never data arrays, and
// forbidding every `CallExpression > SpreadElement` would only add disable comments there.
const spreadMessage =
  'A spread passes each item as an argument and overflows the stack past ~100,000 items: use pushAll/maxOf/minOf (#core/arrays.ts) or a loop.';
const NO_UNBOUNDED_SPREAD = [
  {
    selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|concat)$/] > SpreadElement',
    message: spreadMessage,
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min|hypot)$/] > SpreadElement",
    message: spreadMessage,
  },
  {
    selector: "CallExpression[callee.object.name='String'][callee.property.name=/^(fromCharCode|fromCodePoint)$/] > SpreadElement",
    message: spreadMessage,
  },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'public/', 'data/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'scripts/site/serve.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // The type checker already reports undefined names, and knows the DOM and lib types.
      'no-undef': 'off',
      // The islands' Maps are caches and lookup tables read inside effects, not state.
      'svelte/prefer-svelte-reactivity': 'off',
      // Charts and maps are drawn by Plot and d3 into containers Svelte renders empty.
      'svelte/no-dom-manipulating': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: [
      'src/core/**',
      'src/i18n/**',
      'src/features/**/*.ts',
      'src/features/**/*.svelte',
      'src/components/**/*.ts',
      'src/components/**/*.svelte',
    ],
    rules: { 'no-restricted-imports': ['error', NODE_ONLY] },
  },
  {
    // core sits under everything: it may use feature types, never feature code or the whole dictionary.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...NODE_ONLY,
          patterns: [
            ...NODE_ONLY.patterns,
            {
              group: ['\\#features/*'],
              allowTypeImports: true,
              message: 'core is imported by every feature: move the shared part into core.',
            },
            {
              group: ['\\#i18n/index.ts'],
              message: 'core is bundled into islands: take a translator, or import one small area (#i18n/pl/<area>.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.svelte'],
    rules: { 'no-restricted-imports': ['error', { ...NODE_ONLY, patterns: [...NODE_ONLY.patterns, NO_WHOLE_DICTIONARY] }] },
  },
  {
    // Tests work on fixtures of known, small size; the data paths live in src/ and scripts/.
    files: ['src/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_UNBOUNDED_SPREAD] },
  },
  {
    // A later block's no-restricted-syntax replaces the earlier one's list, so it repeats the spread rule.
    files: ['src/features/**', 'src/components/**', 'src/layouts/**', 'src/pages/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_LANG_BRANCH, ...NO_UNBOUNDED_SPREAD] },
  },
);
