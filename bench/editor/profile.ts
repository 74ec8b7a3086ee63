/**
 * `tsx bench/editor/profile.ts [--type] [--places N] [--layers N] [--window]`: where Slant's
 * editor spends its time when a word is tagged by key or a key is typed in edit mode, at
 * benchmark size (100,000 words, 5,000 annotations). Runs the benchmark's own steps under a
 * Chromium CPU profile (CDP `Profiler`), then prints the functions with the most self and total
 * time. With `--window`, only the timed windows (key press to paint) are profiled, without the
 * selecting and scrolling between them. Build first (`npx vite build`); no peer.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildProbes } from './build-pages';
import { generateArticle } from './generate-article';
import { choosePlaces } from './places';
import { CHROMIUM_ARGS, option } from './run-options';
import { SlantSubject } from './slant';
import { spread } from './stats';
import { mergeProfiles, summariseProfile, type CpuProfile } from './profile-summary';

const what = process.argv.includes('--type') ? 'type' : 'tag';
const windowOnly = process.argv.includes('--window');
const placeCount = option('places', 8);
const layers = option('layers', 1);
const log = (line: string) => process.stderr.write(`${line}\n`);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const article = generateArticle();
const probes = await buildProbes();
const server = await preview({ root: repoRoot, logLevel: 'warn', preview: { port: 4350 } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const slant = new SlantSubject(
    browser,
    server.resolvedUrls!.local[0]!,
    article,
    probes,
    log,
    layers,
  );
  await slant.prepare();
  const opened = await slant.open();
  log(`opened in ${opened.openMs.toFixed(0)} ms`);
  const cdp = await opened.page.context().newCDPSession(opened.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const stop = async () => ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
  const windows: CpuProfile[] = [];
  if (windowOnly) {
    slant.aroundTimed = async (press) => {
      await cdp.send('Profiler.start');
      try {
        return await press();
      } finally {
        windows.push(await stop());
      }
    };
  } else await cdp.send('Profiler.start');
  const places = choosePlaces(article, placeCount);
  const figures = what === 'type' ? await slant.type(places.slice(0, 3)) : await slant.tag(places);
  const profile = windowOnly ? mergeProfiles(windows) : await stop();
  await writeFile(`/tmp/slant-${what}.cpuprofile`, JSON.stringify(profile));
  log(`${what}: ${spread(figures.samples)} ms; failures: ${figures.failures.length}`);
  console.log(summariseProfile(profile, figures.samples.length));
  log(`profile written to /tmp/slant-${what}.cpuprofile (open it in DevTools' Performance panel)`);
  await slant.close();
} finally {
  await browser.close();
  await server.close();
}
