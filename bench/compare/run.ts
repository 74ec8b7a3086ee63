/**
 * `npm run bench:compare`: whether the Compare view "stays responsive with six 20,000-word
 * documents", measured in real Chromium against the built app.
 *
 * Six different generated articles of 20,000 words with 1,000 annotations each are seeded into
 * Slant's database with a collection of them. Each rep opens the collection in a new page and
 * times: the open, the "Highlights" filter, selecting a passage, scrolling a column, and ticking
 * "Count suggestions too"; and reads the JS heap after opening. Beside it, as a peer sharing the
 * machine's noise, the same 120,000 words as ONE document in the annotate view: its open.
 * Prints a table; with `--json`, the figures as one JSON object on the last line.
 *
 * Options: --json, --reps N (default 5), --screens N (screens scrolled, default 10).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { buildProbes } from '../editor/build-pages';
import { SlantSubject } from '../editor/slant';
import { median, ratio, round, spread } from '../editor/stats';
import {
  ANNOTATIONS_PER_ARTICLE,
  ARTICLES,
  compareData,
  tagMix,
  WORDS_PER_ARTICLE,
} from './articles';
import { CompareSubject } from './compare-subject';
import { CHROMIUM_ARGS, option } from '../editor/run-options';

const TAGS = ['loaded-language', 'unattributed-claim', 'outlet-affiliation'] as const;
/** Pixels per frame while scrolling a column: a fast fling. */
const SCROLL_STEP = 120;

const TARGETS = {
  open_ms: 2000,
  filter_ms: 200,
  select_ms: 100,
  scroll_worst_frame_ms: 100,
} as const;

const json = process.argv.includes('--json');
const reps = option('reps', 5);
const screens = option('screens', 10);
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repoRoot = here('../../');

interface Samples {
  open: number[];
  openLongTasks: number[];
  heap: number[];
  filter: number[];
  filterBack: number[];
  select: number[];
  scrollWorst: number[];
  suggestions: number[];
  singleOpen: number[];
  singleHeap: number[];
}

async function main() {
  const started = Date.now();
  log('Generating the articles…');
  const data = compareData();
  log(
    `  ${ARTICLES} articles × ${WORDS_PER_ARTICLE} words, ${ANNOTATIONS_PER_ARTICLE} annotations each ` +
      `(tags: ${JSON.stringify(tagMix(data.articles))}); as one document ` +
      `${data.single.words.length} words, ${data.single.annotations.length} annotations`,
  );
  log('Building the probes…');
  const probes = await buildProbes(
    here('./page/compare-probes.ts'),
    here('../out/compare/probes/'),
  );

  const s: Samples = {
    open: [],
    openLongTasks: [],
    heap: [],
    filter: [],
    filterBack: [],
    select: [],
    scrollWorst: [],
    suggestions: [],
    singleOpen: [],
    singleHeap: [],
  };
  const notes: string[] = [];
  let server: PreviewServer | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  let compare: CompareSubject | undefined;
  let single: SlantSubject | undefined;
  try {
    server = await preview({
      root: repoRoot,
      logLevel: 'warn',
      preview: { port: 4300, strictPort: false },
    });
    const url = server.resolvedUrls!.local[0]!;
    log(`Chromium ${browser.version()}; Slant at ${url}`);
    compare = new CompareSubject(browser, url, data, probes);
    single = new SlantSubject(browser, url, data.single, probes, log);
    log('Seeding the databases and a first, untimed visit to each…');
    await compare.prepare();
    await single.prepare();

    const runCompare = async (rep: number) => {
      const c = compare!;
      const opened = await c.open();
      s.open.push(opened.ms);
      s.openLongTasks.push(opened.longTaskMs);
      s.heap.push(opened.heapMb);
      log(
        `  Compare open #${rep + 1}: ${opened.ms.toFixed(1)} ms (${opened.detail}; long tasks ` +
          `${opened.longTaskMs.toFixed(0)} ms, probe ${opened.probeMs.toFixed(1)} ms), heap ${opened.heapMb.toFixed(1)} MB`,
      );
      const filters: string[] = [];
      for (const tag of TAGS) {
        const { toTag, toAll } = await c.filter(tag);
        s.filter.push(toTag.ms);
        s.filterBack.push(toAll.ms);
        filters.push(
          `${tag} ${toTag.ms.toFixed(0)} ms (long tasks ${toTag.longTaskMs.toFixed(0)}), back ${toAll.ms.toFixed(0)} ms`,
        );
      }
      log(`    filter: ${filters.join('; ')}`);
      const column = rep % ARTICLES;
      const selected = await c.select(column);
      s.select.push(selected.ms);
      log(
        `    select in column ${column + 1} (“${selected.quote}”): ${selected.ms.toFixed(1)} ms ` +
          `(long tasks ${selected.longTaskMs.toFixed(0)} ms)`,
      );
      const scrolled = await c.scroll(column, screens, SCROLL_STEP);
      s.scrollWorst.push(scrolled.worstFrameMs);
      log(
        `    scroll column ${column + 1} by ${scrolled.scrolled} px in ${scrolled.frames} frames, ` +
          `${scrolled.durationMs.toFixed(0)} ms: worst frame gap ${scrolled.worstFrameMs.toFixed(1)} ms ` +
          `(long tasks ${scrolled.longTaskMs.toFixed(0)} ms)`,
      );
      const suggested = await c.countSuggestions();
      s.suggestions.push(suggested.ms);
      log(
        `    count suggestions: ${suggested.ms.toFixed(0)} ms (${suggested.detail}; long tasks ` +
          `${suggested.longTaskMs.toFixed(0)} ms)`,
      );
    };
    const runSingle = async (rep: number) => {
      const opened = await single!.open();
      s.singleOpen.push(opened.openMs);
      s.singleHeap.push(opened.heapMb);
      log(
        `  One document open #${rep + 1}: ${opened.openMs.toFixed(1)} ms (${opened.paragraphs} paragraphs, ` +
          `${opened.highlights} highlights drawn, long tasks ${opened.longTaskMs.toFixed(0)} ms), heap ${opened.heapMb.toFixed(1)} MB`,
      );
    };

    log(`Running ${reps} reps, alternating Compare and the single document…`);
    for (let rep = 0; rep < reps; rep += 1) {
      // Alternate who goes first, so neither always runs on a machine still busy with the other.
      if (rep % 2) {
        await runSingle(rep);
        await runCompare(rep);
      } else {
        await runCompare(rep);
        await runSingle(rep);
      }
    }
  } finally {
    await compare?.close().catch(() => undefined);
    await single?.close().catch(() => undefined);
    await browser.close();
    await server?.close();
  }
  for (const error of new Set(compare?.errors)) notes.push(`Compare page error: ${error}`);
  for (const error of new Set(single?.errors)) notes.push(`Single-document page error: ${error}`);

  log('Spread:');
  for (const [name, values] of Object.entries(s)) log(`  ${name}: ${spread(values as number[])}`);

  const openMs = median(s.open);
  const singleOpenMs = median(s.singleOpen);
  const report = {
    open_ms: round(median(s.open)),
    filter_ms: round(median(s.filter)),
    filter_back_ms: round(median(s.filterBack)),
    suggestions_ms: round(median(s.suggestions)),
    scroll_worst_frame_ms: round(median(s.scrollWorst)),
    select_ms: round(median(s.select)),
    heap_mb: round(median(s.heap)),
    single_document_open_ms: round(singleOpenMs),
    single_document_heap_mb: round(median(s.singleHeap)),
    ratio_open: round(ratio(openMs, singleOpenMs), 2),
    articles: ARTICLES,
    words: ARTICLES * WORDS_PER_ARTICLE,
    annotations: ARTICLES * ANNOTATIONS_PER_ARTICLE,
    reps,
  };

  const rows: [string, number | null, string, keyof typeof TARGETS | null][] = [
    ['open_ms (Compare, six columns painted)', report.open_ms, 'ms', 'open_ms'],
    ['filter_ms (Highlights → one tag)', report.filter_ms, 'ms', 'filter_ms'],
    ['  (Highlights → All tags)', report.filter_back_ms, 'ms', null],
    ['select_ms (passage → claim form)', report.select_ms, 'ms', 'select_ms'],
    [
      `scroll worst frame (${screens} screens)`,
      report.scroll_worst_frame_ms,
      'ms',
      'scroll_worst_frame_ms',
    ],
    ['suggestions_ms (120,000 words, worker)', report.suggestions_ms, 'ms', null],
    ['heap_mb after opening', report.heap_mb, 'MB', null],
    ['single document open_ms (#/doc)', report.single_document_open_ms, 'ms', null],
    ['single document heap_mb', report.single_document_heap_mb, 'MB', null],
    ['ratio compare_open / single_open', report.ratio_open, '×', null],
  ];
  const out: string[] = [
    '',
    `Compare view: ${ARTICLES} articles × ${WORDS_PER_ARTICLE.toLocaleString('en')} words, ` +
      `${ANNOTATIONS_PER_ARTICLE.toLocaleString('en')} annotations each; medians of ${reps} reps`,
    '',
    `${'figure'.padEnd(42)} ${'median'.padStart(9)}  target`,
    `${'-'.repeat(42)} ${'-'.repeat(9)}  ${'-'.repeat(14)}`,
  ];
  for (const [name, value, unit, target] of rows) {
    const shown = value === null ? 'n/a' : `${value} ${unit}`;
    let verdict = '';
    if (target) {
      const limit = TARGETS[target];
      verdict = `≤ ${limit} ${unit} ${value !== null && value <= limit ? 'ok' : 'MISSED'}`;
    }
    out.push(`${name.padEnd(42)} ${shown.padStart(9)}  ${verdict}`);
  }
  out.push('', `Run took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  for (const note of notes) out.push(`Note: ${note}`);
  console.log(out.join('\n'));
  if (json) console.log(JSON.stringify(report));
  if ([report.open_ms, report.filter_ms, report.select_ms, report.ratio_open].includes(null)) {
    process.exitCode = 1;
  }
}

await main();
