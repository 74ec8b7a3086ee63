// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of ARCHITECTURE.md §4, enforced: imports flow one way,
 * domain <- analysis, io, storage <- state <- editor <- ui <- app,
 * and the pure layers never touch React, Dexie, Slate or the DOM's libraries.
 * Team sync adds `sync` (unit names, permissions, Y.Doc shapes, the client API: shared by the
 * server, Node clients and the app's state) and `server` (the Node sync server) over it.
 */
const LAYERS = [
  'domain',
  'analysis',
  'io',
  'storage',
  'state',
  'editor',
  'ui',
  'app',
  'cli',
  'sync',
  'server',
];
const ALLOWED = {
  domain: [],
  analysis: ['domain'],
  io: ['domain', 'analysis'],
  storage: ['domain'],
  state: ['domain', 'analysis', 'io', 'storage', 'sync'],
  editor: ['domain', 'analysis', 'io', 'state'],
  ui: ['domain', 'analysis', 'io', 'state', 'editor'],
  app: ['domain', 'analysis', 'io', 'storage', 'state', 'editor', 'ui'],
  cli: ['domain', 'analysis', 'io'],
  sync: ['domain'],
  server: ['domain', 'sync'],
};
const PURE = ['domain', 'analysis', 'io', 'cli', 'sync', 'server'];
/** io's exchange formats: each folder's index.ts is its public face, for io and everyone else. */
const IO_FORMATS = ['w3c', 'backup', 'csv', 'report', 'ptc', 'shared'];
const FRAMEWORKS = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'slate',
  'slate-react',
  'slate-history',
  'zustand',
];

/**
 * src/storage owns the database: nothing outside it imports Dexie, its React hooks or the
 * database modules (the class and the page's instance). Other code reads and writes through
 * storage's repositories, and builds live queries with storage's `useLiveRead`. Tests reach the
 * page's database through tests/support; storage's own tests may use Dexie directly.
 */
const DATABASE_PATTERNS = [
  {
    regex: '^dexie(-react-hooks)?(/|$)',
    message:
      'Only src/storage touches Dexie: read and write through its repositories and useLiveRead.',
  },
  {
    regex: '(^|/)storage/(slant-database|page-database)(\\.ts)?$',
    message:
      'The database is src/storage’s alone: use its repositories (tests: tests/support/database).',
  },
];

function layerRule(layer) {
  const forbidden = LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other));
  const patterns = [
    {
      regex: `^\\.\\.?/(\\.\\./)*(${forbidden.join('|')})(/|$)`,
      message: `src/${layer} may import only from ${ALLOWED[layer].join(', ') || 'itself'} (ARCHITECTURE.md §4).`,
    },
  ];
  patterns.push({
    regex: `${layer === 'io' ? '^\\.\\./' : '(^|/)io/'}(${IO_FORMATS.join('|')})/`,
    message: 'Import an io format from its folder (its index.ts), not from a file inside it.',
  });
  if (PURE.includes(layer)) {
    patterns.push({
      regex: `^(${FRAMEWORKS.join('|')})(/|$)`,
      message: `src/${layer} is pure: it runs in Node and in workers, without React, Dexie or Slate.`,
    });
  }
  if (layer === 'ui' || layer === 'editor') {
    patterns.push({
      regex: '^dexie',
      message: 'Components read and write through src/state, never Dexie directly.',
    });
  }
  // The layers that may import storage still may not reach past its repositories.
  if (layer !== 'storage' && ALLOWED[layer].includes('storage'))
    patterns.push(...DATABASE_PATTERNS);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'dev-dist', 'node_modules', '.reports', 'bench/out', 'seeds'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...LAYERS.map(layerRule),
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/support/**', 'tests/unit/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: DATABASE_PATTERNS }] },
  },
);
