/**
 * `tsx bench/editor/profile-open.ts [--layers N] [--reps N] [--plain] [--whole]`: where Slant
 * spends the time of opening the benchmark document (`open_ms` of `npm run bench`), under a
 * Chromium CPU profile taken from navigation start until the first screen is painted with its
 * highlights. Prints each open's time and the page's performance marks and measures (add some
 * with `performance.mark` where you look), then the functions with the most self and total time
 * in the last open (`profile-summary.ts`), and writes its profile to
 * `/tmp/slant-open.cpuprofile`. `--plain`: no profiler, only the times and marks; `--whole`: on
 * until all of the text is rendered. Build first (`npx vite build`); no peer.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildProbes } from './build-pages';
import { generateArticle } from './generate-article';
import { CHROMIUM_ARGS, option } from './run-options';
import { firstScreenIds, SLANT_SHAPE, SlantSubject } from './slant';
import { routeHref } from '../../src/ui/shared/routes';
import { summariseProfile, type CpuProfile } from './profile-summary';
import type { OpenResult, Outcome } from './page/probes';

const layers = option('layers', 1);
const reps = option('reps', 1);
/** `--plain`: no profiler, only the timings and the page's performance marks. */
const plain = process.argv.includes('--plain');
/** `--whole`: profile on until all of the text is rendered (the editor no longer aria-busy). */
const whole = process.argv.includes('--whole');
const log = (line: string) => process.stderr.write(`${line}\n`);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const article = generateArticle();
const probes = await buildProbes();
const server = await preview({ root: repoRoot, logLevel: 'warn', preview: { port: 4360 } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const baseUrl = server.resolvedUrls!.local[0]!;
  const slant = new SlantSubject(browser, baseUrl, article, probes, log, layers);
  await slant.prepare();
  const context = slant.preparedContext;
  const url = `${baseUrl}${routeHref({ name: 'document', documentId: article.doc.id })}`;
  const ids = firstScreenIds(article);
  let profile: CpuProfile | undefined;
  for (let rep = 0; rep < reps; rep += 1) {
    const page = await context.newPage();
    await page.addInitScript({
      content: `${probes}\nwindow.__slantBench.watchOpen(${JSON.stringify(SLANT_SHAPE)}, ${JSON.stringify(ids)});`,
    });
    const cdp = await context.newCDPSession(page);
    if (!plain) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    const outcome: Outcome<OpenResult> = await page.evaluate(
      (t) => window.__slantBench.opened(t),
      120_000,
    );
    let wholeAt = '';
    if (whole) {
      await page.waitForFunction(
        (root) => !document.querySelector(`${root}[aria-busy="true"]`),
        SLANT_SHAPE.root,
        { timeout: 60_000, polling: 'raf' },
      );
      wholeAt = `, whole at ${(await page.evaluate(() => performance.now())).toFixed(0)} ms`;
    }
    if (!plain) {
      ({ profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile });
    }
    if ('error' in outcome) throw new Error(outcome.error);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .concat(performance.getEntriesByType('measure'))
        .map(
          (m) =>
            `${m.name} ${m.startTime.toFixed(0)}${m.duration ? `+${m.duration.toFixed(0)}` : ''}`,
        ),
    );
    log(
      `open #${rep + 1}: ${outcome.painted.toFixed(0)} ms${wholeAt}, long tasks ${outcome.longTaskMs.toFixed(0)} ms, ` +
        `${outcome.paragraphs} paragraphs, ${outcome.highlights} highlights; ${marks.join(', ')}`,
    );
    await page.waitForTimeout(1500);
    await page.close();
  }
  if (profile) {
    await writeFile('/tmp/slant-open.cpuprofile', JSON.stringify(profile));
    console.log(summariseProfile(profile, 1, 40));
  }
  await slant.close();
} finally {
  await browser.close();
  await server.close();
}
