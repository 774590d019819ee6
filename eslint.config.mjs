// ESLint flat config: TypeScript rules everywhere plus the import boundaries between runtimes.
// src/shared must stay pure (it runs in the renderer's worker, main and the CLI), the renderer must
// never reach into main, and the preload may only see electron and the IPC channel list.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { defineConfig } from 'eslint/config'

import { builtinModules } from 'node:module'

/** Exact names of Node's built-in modules (bare `fs` as well as `node:fs`). */
const nodeBuiltinPaths = (message) => builtinModules.map((name) => ({ name, message }))

export default defineConfig([
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs,mts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS entry points (the CLI's bin shim) load with require by design.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('src/shared is pure TypeScript: no Node built-ins.'),
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared is pure TypeScript: no Electron.' },
            { group: ['node:*'], message: 'src/shared is pure TypeScript: no Node built-ins.' },
            {
              group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'],
              message: 'src/shared is pure TypeScript: no UI libraries.',
            },
            {
              group: ['vitest', 'vitest/*'],
              message: 'src/shared is pure TypeScript: rule cases are data; the tests run them.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
              message: 'src/shared imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'navigator',
        'localStorage',
        'require',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths('The renderer is sandboxed: no Node built-ins.'),
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer talks to main only through platform/api.',
            },
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' },
            {
              group: ['**/main/**', '**/preload/**', '**/cli/**'],
              message: 'The renderer must not import main, preload or CLI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/cli/**', 'zod'],
              message: 'The preload sees only electron and the channel list.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*'],
              message: 'No renderer code outside the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'electron/*',
                '**/main/**',
                '**/renderer/**',
                'react',
                'react-dom',
                '@xyflow/*',
              ],
              message: 'The CLI runs in plain Node.',
            },
          ],
        },
      ],
    },
  },
])
