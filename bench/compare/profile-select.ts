/**
 * `tsx bench/compare/profile-select.ts [--reps N] [--dist DIR]`: where selecting a passage in a
 * Compare column (`select_ms` of `npm run bench:compare`) spends its time. Opens the benchmark's
 * six articles as `run.ts` does, then selects a passage N times (a column each), under a
 * Chromium trace: prints each select's time, the main thread's time per trace event (script,
 * style, layout, paint…) per select, and the functions with the most self and total time
 * (`profile-summary.ts`). `--dist`: a build to serve instead of dist/, e.g. one built with
 * `npx vite build --minify false --outDir /tmp/slant-plain` for readable function names (the
 * start-up budget check must be left out of such a build). `--plain`: no trace, only the times
 * and their median, to compare two builds quickly.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildProbes } from '../editor/build-pages';
import { summariseProfile, type CpuProfile } from '../editor/profile-summary';
import { CHROMIUM_ARGS, option } from '../editor/run-options';
import { median } from '../editor/stats';
import { ARTICLES, compareData } from './articles';
import { CompareSubject } from './compare-subject';

const reps = option('reps', 6);
const distAt = process.argv.indexOf('--dist');
const dist = distAt > 0 ? process.argv[distAt + 1] : undefined;
const plain = process.argv.includes('--plain');
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: unknown };
}

/** Milliseconds per select in each trace event on the page's main thread, heaviest first. */
function summariseTrace(events: TraceEvent[], actions: number): string {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const byName = new Map<string, number>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, ms]) => `  ${(ms / actions).toFixed(2).padStart(8)} ms  ${name}`)
    .join('\n');
}

const data = compareData();
const probes = await buildProbes(here('./page/compare-probes.ts'), here('../out/compare/probes/'));
const server = await preview({
  root: here('../../'),
  logLevel: 'warn',
  preview: { port: 4320, strictPort: false },
  ...(dist && { build: { outDir: dist } }),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const compare = new CompareSubject(browser, server.resolvedUrls!.local[0]!, data, probes);
  await compare.prepare();
  await compare.open();
  const page = compare.openPage!;
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const finished = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  if (!plain) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
  }
  const times: number[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const selected = await compare.select(rep % ARTICLES);
    times.push(selected.ms);
    log(`select #${rep + 1} in column ${(rep % ARTICLES) + 1}: ${selected.ms.toFixed(1)} ms`);
  }
  console.log(
    `Selects: ${times.map((t) => t.toFixed(1)).join(', ')} ms; median ${median(times)?.toFixed(1)} ms`,
  );
  if (!plain) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await finished;
    console.log('Main thread, per select (select, settle and cancel included):');
    console.log(summariseTrace(events, reps));
    console.log(summariseProfile(profile, reps, 40));
  }
  await compare.close();
} finally {
  await browser.close();
  await server.close();
}
