/**
 * `npm run faults -- [--trials N] [--json] [--only TEXT] [--seed N]`: the fault scenarios of
 * issue 14 in real Chromium, many trials each (default 20), with the fault at a random delay of
 * 0–700 ms after the last edit where a scenario allows (seeded, so a run can be repeated). Prints
 * one table: scenario, trials, acknowledged edits, lost, resurrected, duplicated, corrupted,
 * partial writes, messages shown; with --json, one JSON line instead. The same scenarios run a
 * few trials each in `npm test` (tests/e2e/faults.e2e.ts). Run `npm run build` first (the npm
 * script does).
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { option } from '../editor/run-options';
import { seededRandom } from '../editor/prng';
import { runTrials, type ScenarioTotals } from './run-trials';
import { SCENARIOS } from './scenarios';

const trials = option('trials', 20);
const seed = option('seed', 14);
const json = process.argv.includes('--json');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build`.');
const random = seededRandom(seed);
const log = (line: string) => process.stderr.write(`${line}\n`);

const server = await preview({
  logLevel: 'warn',
  preview: { port: 4196, strictPort: false, host: '127.0.0.1' },
});
const baseUrl = server.resolvedUrls!.local[0]!;
const rows: ScenarioTotals[] = [];
try {
  for (const scenario of SCENARIOS.filter((s) => !only || s.name.includes(only))) {
    log(`${scenario.name}: ${trials} trials…`);
    rows.push(
      await runTrials(scenario, {
        baseUrl,
        chromiumPath,
        trials,
        delayFor: (s) => (s.randomDelay ? random.int(0, 700) : 600),
      }),
    );
  }
} finally {
  await server.close();
}

const COLUMNS = [
  ['scenario', 'scenario'],
  ['trials', 'trials'],
  ['acknowledged', 'acknowledged'],
  ['lost', 'lost'],
  ['resurrected', 'resurrected'],
  ['duplicated', 'duplicated'],
  ['corrupted', 'corrupted'],
  ['partial', 'partial writes'],
  ['messages', 'messages shown'],
] as const;

const cell = (row: ScenarioTotals, key: (typeof COLUMNS)[number][0]): string =>
  key === 'messages'
    ? Object.entries(row.messages)
        .map(([text, n]) => `${n}× “${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`)
        .join('; ') || '–'
    : String(row[key]);

if (json) {
  process.stdout.write(`${JSON.stringify({ trials, seed, scenarios: rows })}\n`);
} else {
  const table = [
    COLUMNS.map(([, title]) => title),
    ...rows.map((r) => COLUMNS.map(([k]) => cell(r, k))),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  for (const line of table) {
    process.stdout.write(
      `${line.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}\n`,
    );
  }
}
const failed = rows.some((r) => r.lost + r.resurrected + r.corrupted > 0);
process.exitCode = failed ? 1 : 0;
