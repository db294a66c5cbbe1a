// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-course/',
      '.astro/',
      '.bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The architecture in README: lib/ is pure, stores/ may import lib/ only, ui/ is presentational.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro:*', 'preact', 'preact/*', '@nanostores/*', 'nanostores'],
              message: 'src/lib is pure TypeScript: no Astro, Preact or stores.',
            },
            {
              group: ['~/stores/*', '~/islands/*', '~/ui/*', '~/components/*', '~/layouts/*', '~/pages/*'],
              message: 'src/lib imports nothing outside src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*', 'preact', 'preact/*'], message: 'Stores hold state and actions, no components.' },
            {
              group: ['~/islands/*', '~/ui/*', '~/components/*', '~/layouts/*', '~/pages/*'],
              message: 'src/stores may import src/lib only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['~/stores/*', '@nanostores/*', 'nanostores', 'astro:*'],
              message: 'src/ui is presentational: props in, markup out. Bind stores in an island.',
            },
          ],
        },
      ],
    },
  },
);
