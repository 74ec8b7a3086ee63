/**
 * `npx tsx bench/library/restore-run.ts`: only the library benchmark's backup and its restore
 * (replacing everything), for working on issue 19 without the searches, filters, Compare and
 * imports of `run.ts`. One library of `--size` articles (default 2,000) is seeded as `run.ts`
 * seeds it, backed up once, then restored `--reps` times (default 2); each restore is timed and
 * its heap sampled exactly as `run.ts` does (`LibrarySubject`). Prints each restore on stderr
 * and, on the last line of stdout, the figures as JSON. `--dist DIR` serves another build, e.g.
 * an older commit's, for a before/after: alternate the two and compare medians.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildProbes } from '../editor/build-pages';
import { CHROMIUM_ARGS, option } from '../editor/run-options';
import { libraryData } from './library-data';
import { LibrarySubject, type HeavyFigures } from './library-subject';

const size = option('size', 2000);
const reps = option('reps', 2);
const dist = process.argv.find((a) => a.startsWith('--dist='))?.split('=')[1];
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const probes = await buildProbes(here('./page/library-probes.ts'), here('../out/library/probes/'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const server = await preview({
  root: here('../../'),
  logLevel: 'warn',
  ...(dist && { build: { outDir: dist } }),
  preview: { port: 4300, strictPort: false },
});
const subject = new LibrarySubject(
  browser,
  server.resolvedUrls!.local[0]!,
  libraryData(size),
  probes,
);
const dir = await mkdtemp(join(tmpdir(), 'slant-bench-restore-'));
const restores: HeavyFigures[] = [];
let backup: HeavyFigures | undefined;
try {
  await subject.prepare(log);
  const file = join(dir, 'backup.json');
  backup = await subject.backup(file);
  log(`backup: ${backup.ms} ms, ${((backup.bytes ?? 0) / 1e6).toFixed(1)} MB`);
  for (let rep = 0; rep < reps; rep += 1) {
    const restore = await subject.restore(file);
    restores.push(restore);
    log(
      `restore #${rep + 1}: ${restore.ms ?? 'n/a'} ms (${restore.detail ?? ''}), peak heap ` +
        `${restore.peakHeapMb.toFixed(0)} MB${restore.note ? `; ${restore.note}` : ''}`,
    );
  }
} finally {
  await subject.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
console.log(JSON.stringify({ size, backup_ms: backup?.ms ?? null, restores }));
if (restores.some((r) => r.ms === null)) process.exitCode = 1;
