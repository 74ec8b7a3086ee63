/**
 * `npm run bench:attribution`: what the NLP behind sources, figures and unattributed claims
 * costs in the suggestion worker, measured in the built app's own worker in real Chromium:
 * milliseconds per 10,000 words for the attribution Compare asks for (compromise's tagging plus
 * the rules), first call (the tagger's lexicon unpacks) and warm (median of the rest), and for
 * all suggestions with every detector on. Also the worker chunk's size, the size of the tagger's
 * chunk it loads when it first works an attribution out, and compromise's own minified build's
 * size, which is most of that chunk.
 *
 * The text is the five sample articles repeated to 10,000 words (real news prose). Run
 * `npm run build` first (the npm script does). Options: --reps N (default 5), --json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { countWords } from '../../src/domain/text-stats';
import { CHROMIUM_ARGS, option } from '../editor/run-options';
import { median, round } from '../editor/stats';

const reps = option('reps', 5);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const kb = (bytes: number) => round(bytes / 1024, 0);

const seeds = here('../../seeds/');
const articles = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(seeds + f, 'utf8'));
let text = '';
while (countWords(text) < 10_000) text += `${articles.join('\n')}\n`;
const words = countWords(text);

const assets = here('../../dist/assets/');
const chunk = readdirSync(assets).find((f) => /^suggestion-worker-.*\.js$/.test(f));
if (!chunk) throw new Error('No suggestion worker in dist/assets: run `npm run build` first.');
const chunkBytes = readFileSync(assets + chunk);
const taggerChunk = readdirSync(assets).find((f) => /^article-attribution-.*\.js$/.test(f));
if (!taggerChunk) throw new Error('No tagger chunk (article-attribution-*.js) in dist/assets.');
const taggerBytes = readFileSync(assets + taggerChunk);
const compromiseBuild = readFileSync(here('../../node_modules/compromise/builds/compromise.js'));

const server = await preview({ logLevel: 'warn', preview: { port: 4197, strictPort: false } });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
// A page of the app's origin that runs none of its code, so the module worker may load.
await page.goto(`${base}icon.svg`);
// In-page code as text: tsx would otherwise add helpers the page does not have.
const IN_PAGE = `({ url, texts }) => new Promise((resolve, reject) => {
  const worker = new Worker(url, { type: 'module' });
  const attribution = [];
  const suggestions = [];
  let id = 0;
  let started = 0;
  const next = () => {
    id += 1;
    const i = id - 1;
    if (i >= texts.length * 2) return resolve({ attribution, suggestions });
    const text = texts[i % texts.length];
    started = performance.now();
    if (i < texts.length) worker.postMessage({ id, kind: 'attribution', text });
    else worker.postMessage({ id, kind: 'suggestions', text: ' ' + text, options: {} });
  };
  worker.onmessage = (event) => {
    if ('error' in event.data) return reject(new Error(event.data.error));
    (id <= texts.length ? attribution : suggestions).push(performance.now() - started);
    next();
  };
  worker.onerror = (event) => reject(new Error(event.message));
  next();
})`;
const times = (await page.evaluate(
  `(${IN_PAGE})(${JSON.stringify({
    url: `${base}assets/${chunk}`,
    // Distinct strings, so no call finds an earlier answer cached.
    texts: Array.from({ length: reps + 1 }, (_, i) => `${text}${' '.repeat(i)}`),
  })})`,
)) as { attribution: number[]; suggestions: number[] };
await browser.close();
await server.close();

const per10k = (ms: number | null) => (ms === null ? null : round((ms * 10_000) / words, 0));
const report = {
  words,
  attribution_first_ms_per_10k_words: per10k(times.attribution[0]!),
  attribution_ms_per_10k_words: per10k(median(times.attribution.slice(1))),
  all_suggestions_ms_per_10k_words: per10k(median(times.suggestions.slice(1))),
  worker_chunk_kb: kb(chunkBytes.length),
  worker_chunk_kb_gzipped: kb(gzipSync(chunkBytes).length),
  tagger_chunk_kb: kb(taggerBytes.length),
  tagger_chunk_kb_gzipped: kb(gzipSync(taggerBytes).length),
  compromise_kb: kb(compromiseBuild.length),
  compromise_kb_gzipped: kb(gzipSync(compromiseBuild).length),
};
log(`The suggestion worker in Chromium, ${words} words of the sample articles, ${reps} reps:`);
log(
  `  attribution, first call:   ${report.attribution_first_ms_per_10k_words} ms per 10,000 words`,
);
log(`  attribution, warm median:  ${report.attribution_ms_per_10k_words} ms per 10,000 words`);
log(
  `  all suggestions (warm, with the attribution they use): ${report.all_suggestions_ms_per_10k_words} ms per 10,000 words`,
);
log(`  worker chunk: ${report.worker_chunk_kb} KB (${report.worker_chunk_kb_gzipped} KB gzipped)`);
log(
  `  tagger chunk, loaded on the first attribution: ${report.tagger_chunk_kb} KB (${report.tagger_chunk_kb_gzipped} KB gzipped)`,
);
log(
  `  of which compromise: about ${report.compromise_kb} KB (${report.compromise_kb_gzipped} KB gzipped)`,
);
if (process.argv.includes('--json')) console.log(JSON.stringify(report));
