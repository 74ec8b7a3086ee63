/**
 * `npm run bench:library`: a library of thousands (issue 19), measured in real Chromium against
 * the built app. For each size (200 and 2,000 articles by default; 1,000 to 5,000 words and 50
 * annotations each), a fresh browser profile is seeded, then timed: the library listed (a cold
 * open, and a click in the navigation), a search typed key by key over titles and text, the
 * outlet and affiliation filters, a backup of everything and its restore (with the page's heap
 * sampled throughout), and Compare of six of the articles. Prints a table on stderr with how
 * each figure grew from the smallest size to the largest; with `--json`, one JSON line.
 *
 * Options: --json, --reps N (opens, navigations, filters and Compare opens; default 3),
 * --sizes 200,2000, --dist DIR (another build to serve, e.g. main's for a before/after).
 * The backup and restore alone, repeated: `restore-run.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { buildProbes } from '../editor/build-pages';
import { CHROMIUM_ARGS, option } from '../editor/run-options';
import { median, round, spread } from '../editor/stats';
import {
  expectedFromOutlet,
  expectedMatches,
  expectedWithAffiliation,
  libraryData,
  OUTLETS,
  SEARCHES,
} from './library-data';
import { batchPages, importPages } from './import-pages';
import { measureImport } from './import-tasks';
import { LibrarySubject } from './library-subject';
import { growth, printTable, type Report, type SizeFigures } from './report';

const json = process.argv.includes('--json');
const reps = option('reps', 3);
/** Files in the batch import. */
const BATCH = option('batch', 500);
const sizesArg =
  process.argv.find((a) => a.startsWith('--sizes='))?.split('=')[1] ??
  (process.argv.includes('--sizes')
    ? process.argv[process.argv.indexOf('--sizes') + 1]
    : undefined);
const distArg = process.argv.find((a) => a.startsWith('--dist='))?.split('=')[1];
const SIZES = (sizesArg ?? '200,2000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 6))
  throw new Error('--sizes needs whole numbers of at least 6');

const log = (line: string) => process.stderr.write(`${line}\n`);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

async function measureSize(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  url: string,
  probes: string,
  count: number,
  notes: string[],
): Promise<SizeFigures> {
  log(`\n${count} articles: generating…`);
  const data = libraryData(count);
  const annotations = data.articles.reduce((sum, a) => sum + a.annotations.length, 0);
  const words = data.articles.reduce((sum, a) => sum + a.words.length, 0);
  log(`  ${words.toLocaleString('en')} words, ${annotations.toLocaleString('en')} annotations`);
  const subject = new LibrarySubject(browser, url, data, probes);
  const dir = await mkdtemp(join(tmpdir(), 'slant-bench-library-'));
  const s = {
    open: [] as number[],
    nav: [] as number[],
    search: [] as number[],
    filter: [] as number[],
    compare: [] as number[],
  };
  let backup;
  let restore;
  try {
    await subject.prepare(log);
    for (let rep = 0; rep < reps; rep += 1) {
      const opened = await subject.openList();
      s.open.push(opened.ms);
      const navigated = await subject.navigateToList();
      s.nav.push(navigated.ms);
      log(
        `  list: open ${opened.ms.toFixed(0)} ms (long tasks ${opened.longTaskMs.toFixed(0)}), from the navigation ${navigated.ms.toFixed(0)} ms (long tasks ${navigated.longTaskMs.toFixed(0)})`,
      );
    }
    for (const text of SEARCHES) {
      const times = await subject.search(text, (typed) => expectedMatches(data, typed));
      s.search.push(...times.map((t) => t.ms));
      log(
        `  search “${text}”: ${times.map((t) => `${t.ms.toFixed(0)} (${t.rows})`).join(', ')} ms (rows)`,
      );
    }
    const outlet = OUTLETS[1]!;
    for (let rep = 0; rep < reps; rep += 1) {
      const byOutlet = await subject.filter(
        'Outlet',
        outlet.id,
        expectedFromOutlet(data, outlet.id),
      );
      const byAffiliation = await subject.filter(
        'Affiliation',
        'state-affiliated',
        expectedWithAffiliation(data, 'state-affiliated'),
      );
      const all = [...byOutlet, ...byAffiliation];
      s.filter.push(...all.map((t) => t.ms));
      log(`  filter: ${all.map((t) => `${t.ms.toFixed(0)} (${t.rows})`).join(', ')} ms (rows)`);
    }
    for (let rep = 0; rep < reps; rep += 1) {
      const compared = await subject.compare();
      s.compare.push(compared.ms);
      log(
        `  Compare of six: ${compared.ms.toFixed(0)} ms (${compared.detail}; long tasks ${compared.longTaskMs.toFixed(0)})`,
      );
    }
    const file = join(dir, 'backup.json');
    backup = await subject.backup(file);
    log(
      `  backup: ${backup.ms ?? 'n/a'} ms, ${((backup.bytes ?? 0) / 1e6).toFixed(1)} MB, peak heap ${backup.peakHeapMb.toFixed(0)} MB${backup.note ? `; ${backup.note}` : ''}`,
    );
    if (backup.note) notes.push(`${count} articles, backup: ${backup.note}`);
    if (backup.ms !== null) {
      restore = await subject.restore(file);
      log(
        `  restore: ${restore.ms ?? 'n/a'} ms, peak heap ${restore.peakHeapMb.toFixed(0)} MB${restore.detail ? ` (${restore.detail})` : ''}${restore.note ? `; ${restore.note}` : ''}`,
      );
      if (restore.note) notes.push(`${count} articles, restore: ${restore.note}`);
      // The library after a restore lists every document again.
      const after = await subject.openList();
      log(`  list after the restore: ${after.ms.toFixed(0)} ms`);
    }
  } finally {
    await subject.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
  for (const error of new Set(subject.errors))
    notes.push(`${count} articles, page error: ${error}`);
  for (const [name, values] of Object.entries(s)) log(`  ${name}: ${spread(values)}`);
  return {
    articles: count,
    annotations,
    list_open_ms: round(median(s.open)),
    list_ms: round(median(s.nav)),
    search_ms: round(median(s.search)),
    search_ms_max: round(s.search.length ? Math.max(...s.search) : null),
    filter_ms: round(median(s.filter)),
    backup_ms: round(backup?.ms ?? null),
    backup_mb: round(backup?.bytes ? backup.bytes / 1e6 : null),
    backup_heap_mb: round(backup?.peakHeapMb ?? null),
    restore_ms: round(restore?.ms ?? null),
    restore_heap_mb: round(restore?.peakHeapMb ?? null),
    compare_ms: round(median(s.compare)),
  };
}

async function main() {
  const started = Date.now();
  log('Building the probes…');
  const probes = await buildProbes(
    here('./page/library-probes.ts'),
    here('../out/library/probes/'),
  );
  const notes: string[] = [];
  const sizes: SizeFigures[] = [];
  let imports: Report['imports'];
  let server: PreviewServer | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    server = await preview({
      root: here('../../'),
      logLevel: 'warn',
      ...(distArg && { build: { outDir: distArg } }),
      preview: { port: 4300, strictPort: false },
    });
    const url = server.resolvedUrls!.local[0]!;
    log(`Chromium ${browser.version()}; Slant at ${url}`);
    for (const count of SIZES) sizes.push(await measureSize(browser, url, probes, count, notes));
    imports = await measureImports(browser, url);
  } finally {
    await browser.close();
    await server?.close();
  }
  const report: Report = { sizes, growth: growth(sizes), imports };
  log(printTable(report, notes, (Date.now() - started) / 1000));
  if (json) console.log(JSON.stringify(report));
  const large = sizes[sizes.length - 1]!;
  if ([large.list_ms, large.search_ms, large.filter_ms, large.compare_ms].includes(null))
    process.exitCode = 1;
}

/**
 * Imports (bench/library/import-tasks.ts): the longest main-thread task from the drop until the
 * preview, over real and generated pages (the 20,000-nested-element one and a ~20 MB one), and
 * a batch of 500 files chosen at once, in a fresh library.
 */
async function measureImports(browser: Browser, baseUrl: string): Promise<Report['imports']> {
  const pages = await measureImport({ baseUrl, browser, files: importPages(), mode: 'each' });
  for (const file of pages.perFile)
    log(
      `  import ${file.name}: longest task ${file.longestTaskMs.toFixed(0)} ms, preview after ${file.previewMs.toFixed(0)} ms`,
    );
  const batch = await measureImport({ baseUrl, browser, files: batchPages(BATCH), mode: 'batch' });
  log(`  import of ${BATCH} files at once: ${batch.batchMs ?? 'n/a'} ms`);
  return {
    longest_task_ms: round(pages.longestTaskMs),
    batch_files: BATCH,
    batch_ms: round(batch.batchMs ?? null),
  };
}

await main();
