// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const frameworks = [
  'fastify',
  'fastify-*',
  '@fastify/*',
  'kysely',
  'better-sqlite3',
  'pg',
  'pdfkit',
];
const nodeIo = [
  'node:fs',
  'node:fs/*',
  'node:net',
  'node:http',
  'node:crypto',
  'node:child_process',
  'node:path',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/usecases/**',
                '**/store/**',
                '**/http/**',
                '**/catalog/**',
                '**/report/**',
                '**/system/**',
                '**/config.js',
                '**/cli/**',
              ],
              message: 'The domain is pure and imports no other layer (DESIGN.md, "Shape").',
            },
            {
              group: [...frameworks, ...nodeIo],
              message: 'The domain does no I/O and uses no framework: the browser runs it too.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The domain reads no clock: time comes in as an argument.' },
        { name: 'process', message: 'The domain reads no environment.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The domain draws no random numbers.' },
      ],
    },
  },
  {
    files: ['src/usecases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store/**',
                '**/http/**',
                '**/catalog/**',
                '**/report/**',
                ...frameworks,
                'fflate',
                'qrcode',
                'write-excel-file',
                'write-excel-file/*',
              ],
              message:
                'Use cases reach the outside only through the ports in usecases/ports.ts (documents: report-ports.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/usecases/**',
                '**/store/**',
                '**/http/**',
                '**/catalog/**',
                '**/report/**',
                '**/system/**',
                '**/cli/**',
                '**/config.js',
                ...frameworks,
                ...nodeIo,
              ],
              message:
                'Contracts are zod schemas over domain types only: use cases and routes both import them, so they import neither.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/store/**',
                '**/http/**',
                '**/catalog/**',
                '**/cli/**',
                '**/config.js',
                'kysely',
                'better-sqlite3',
                'pg',
                'fastify',
              ],
              message:
                'The report takes view models: it reads no database, no HTTP and no questionnaire file, so the group report can reuse it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/cli/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', 'kysely', 'better-sqlite3', 'pg'],
              message: 'HTTP and CLI call use cases; they never reach the database themselves.',
            },
          ],
        },
      ],
    },
  },
  {
    // Replaces the zone above for the commands (a later rule wins), so it repeats the store.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', 'kysely', 'better-sqlite3', 'pg'],
              message: 'HTTP and CLI call use cases; they never reach the database themselves.',
            },
            {
              group: [
                '**/report/**',
                '**/catalog/**',
                '**/domain/scoring/**',
                '**/domain/action-plan/**',
              ],
              message:
                'Commands score, render and read questionnaires through use cases (usecases/authoring), like the API: one way to each result.',
            },
            {
              group: ['**/domain/index.js'],
              importNames: [
                'scoreResponse',
                'scoreQuestion',
                'levelForScore',
                'answerFindings',
                'summarizeProfile',
                'explainSummary',
                'buildActionPlan',
              ],
              message:
                'Commands score through use cases (usecases/authoring), like the API: one way to each result.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/src/usecases/**',
                '**/src/store/**',
                '**/src/http/**',
                '**/src/catalog/**',
                '**/src/system/**',
                '**/src/cli/**',
              ],
              allowTypeImports: true,
              message:
                'The browser talks to the API; of the server code it shares only the pure domain (and types).',
            },
            {
              group: [
                '**/src/domain/index.js',
                '**/questionnaire-schema.js',
                '**/question-schema.js',
              ],
              allowTypeImports: true,
              message:
                'Import domain functions from their own files: the barrel and the schemas pull zod into the bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/unit/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/http/**', 'kysely', 'better-sqlite3', 'pg', 'fastify'],
              message: 'Unit tests cover the pure domain and cannot reach a database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              message: 'Migrations are frozen in time: they import nothing from src/.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  prettier,
);
