/**
 * `npm run bench`: how Slant's editor holds up at book length (ARCHITECTURE.md §6), measured in
 * real Chromium against the built app, beside @recogito/text-annotator on the same text.
 *
 * It generates a 100,000-word article with 5,000 annotations, seeds it into Slant's database,
 * then times, as medians: opening the document, tagging a word by key, and typing in edit mode;
 * and reads the JS heap after opening. The peer opens the same text and annotations on a plain
 * page and tags the same words. Opens alternate between the two, so both share the machine's
 * noise. Prints a table; with `--json`, the figures as one JSON object on the last line.
 *
 * Options: --json, --reps N (opens per editor, default 5), --places N (words tagged, default 24),
 * --keys N (keys typed, default 60), --layers N (layers shown in Slant, each with the 5,000
 * annotations: the edited one and N - 1 read-only; default 1).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { buildPeer, buildProbes, OUT_DIR, PEER_OUT_DIR } from './build-pages';
import { generateArticle } from './generate-article';
import type { Place } from './places';
import { choosePlaces } from './places';
import { PEER_PACKAGE, PeerSubject, peerVersion } from './peer-subject';
import { printTable, type Report } from './report';
import { SlantSubject, type KeystrokeFigures } from './slant';
import { median, percentile, ratio, round, spread } from './stats';
import type { Subject, TagFigures, TimedFigures } from './subject';
import { CHROMIUM_ARGS, option } from './run-options';

const KEYS_PER_PLACE = 10;

const json = process.argv.includes('--json');
const reps = option('reps', 5);
const placeCount = option('places', 24);
const keyCount = option('keys', 60);
const layers = option('layers', 1);
const log = (line: string) => process.stderr.write(`${line}\n`);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface OpenSample {
  openMs: number;
  heapMb: number;
}

async function openTimes(subject: Subject, samples: OpenSample[], rep: number) {
  const figures = await subject.open();
  samples.push({ openMs: figures.openMs, heapMb: figures.heapMb });
  log(
    `  ${subject.name} open #${rep + 1}: ${figures.openMs.toFixed(1)} ms ` +
      `(${figures.paragraphs} paragraphs, ${figures.highlights} highlights drawn, ` +
      `probe ${figures.probeMs.toFixed(1)} ms, long tasks ${figures.longTaskMs.toFixed(0)} ms), heap ${figures.heapMb.toFixed(1)} MB` +
      (figures.detail ? `; ${figures.detail}` : ''),
  );
}

function logTimes(what: string, figures: TimedFigures) {
  log(`  ${what}: ${spread(figures.samples)} ms`);
  log(`    of which the key waited for the main thread: ${spread(figures.queueMs)} ms`);
  log(`    time in long tasks (main-thread work) per press: ${spread(figures.longTaskMs)} ms`);
}

function logTags(name: string, figures: TagFigures) {
  logTimes(`${name} tag`, figures);
  for (const failure of figures.failures) log(`  ${name} tag failed: ${failure}`);
}

async function main() {
  const started = Date.now();
  log('Generating the article…');
  const article = generateArticle();
  const places: Place[] = choosePlaces(article, placeCount);
  const typingPlaces: Place[] = choosePlaces(article, Math.ceil(keyCount / KEYS_PER_PLACE));
  log(
    `  ${article.words.length} words, ${article.paragraphs.length} paragraphs, ` +
      `${article.annotations.length} annotations, ${article.doc.text.length} UTF-16 code units`,
  );

  log('Building the probes and the peer page…');
  const probes = await buildProbes();
  await buildPeer(article);

  const servers: PreviewServer[] = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const notes: string[] = [];
  let slant: SlantSubject | undefined;
  let peer: PeerSubject | undefined;
  const slantOpens: OpenSample[] = [];
  const peerOpens: OpenSample[] = [];
  let slantTags: TagFigures;
  let peerTags: TagFigures;
  let typing: KeystrokeFigures;
  try {
    const slantServer = await preview({
      root: repoRoot,
      logLevel: 'warn',
      preview: { port: 4300, strictPort: false },
    });
    servers.push(slantServer);
    const peerServer = await preview({
      configFile: false,
      root: OUT_DIR,
      logLevel: 'warn',
      build: { outDir: PEER_OUT_DIR },
      preview: { port: 4400, strictPort: false },
    });
    servers.push(peerServer);
    const slantUrl = slantServer.resolvedUrls!.local[0]!;
    const peerUrl = peerServer.resolvedUrls!.local[0]!;
    log(`Chromium ${browser.version()}; Slant at ${slantUrl}, peer at ${peerUrl}`);

    slant = new SlantSubject(browser, slantUrl, article, probes, log, layers);
    peer = new PeerSubject(browser, peerUrl, article, probes);
    log('Seeding Slant’s database and a first, untimed visit to each…');
    await slant.prepare();
    await peer.prepare();

    log(`Opening the document, ${reps} times each…`);
    for (let rep = 0; rep < reps; rep += 1) {
      // Alternate who goes first, so neither always runs on a machine still busy with the other.
      const order: [Subject, OpenSample[]][] = [
        [slant, slantOpens],
        [peer, peerOpens],
      ];
      if (rep % 2) order.reverse();
      for (const [subject, samples] of order) await openTimes(subject, samples, rep);
    }

    log(`Tagging ${places.length} words by key, spread over the document…`);
    slantTags = await slant.tag(places);
    logTags('Slant', slantTags);
    peerTags = await peer.tag(places);
    logTags(PEER_PACKAGE, peerTags);

    log(`Typing ${typingPlaces.length * KEYS_PER_PLACE} keys in edit mode…`);
    typing = await slant.type(typingPlaces);
    if (typing.note) notes.push(`keystroke_ms_p50 is null: ${typing.note}.`);
    logTimes('Slant keystroke', typing);
    for (const failure of typing.failures) log(`  Slant typing: ${failure}`);
  } finally {
    await slant?.close().catch(() => undefined);
    await peer?.close().catch(() => undefined);
    await browser.close();
    for (const server of servers) await server.close();
  }

  for (const error of new Set(slant?.errors)) notes.push(`Slant page error: ${error}`);
  for (const error of new Set(peer?.errors)) notes.push(`Peer page error: ${error}`);
  if (slantTags.failures.length)
    notes.push(`${slantTags.failures.length} Slant tagging attempts failed (see log).`);
  if (peerTags.failures.length)
    notes.push(`${peerTags.failures.length} peer tagging attempts failed (see log).`);
  if (typing.failures.length)
    notes.push(`${typing.failures.length} problems while typing in Slant (see log).`);

  const openMs = median(slantOpens.map((s) => s.openMs));
  const annotateMs = median(slantTags.samples);
  const peerOpenMs = median(peerOpens.map((s) => s.openMs));
  const peerAnnotateMs = median(peerTags.samples);
  const report: Report = {
    open_ms: round(openMs),
    annotate_ms_p50: round(annotateMs),
    annotate_ms_p95: round(percentile(slantTags.samples, 0.95)),
    keystroke_ms_p50: round(median(typing.samples)),
    keystroke_ms_p95: round(percentile(typing.samples, 0.95)),
    heap_mb: round(median(slantOpens.map((s) => s.heapMb))),
    ratio_open: round(ratio(openMs, peerOpenMs), 2),
    ratio_annotate: round(ratio(annotateMs, peerAnnotateMs), 2),
    words: article.words.length,
    annotations: article.annotations.length,
    peer: {
      name: PEER_PACKAGE,
      version: peerVersion(),
      open_ms: round(peerOpenMs),
      annotate_ms_p50: round(peerAnnotateMs),
      heap_mb: round(median(peerOpens.map((s) => s.heapMb))),
    },
  };
  printTable(report, {
    layers,
    opens: reps,
    tags: slantTags.samples.length,
    peerTags: peerTags.samples.length,
    keys: typing.samples.length,
    seconds: (Date.now() - started) / 1000,
    notes,
  });
  if (json) console.log(JSON.stringify(report));
  // A figure that could not be measured is a failed run (typing only once the app can edit).
  const missing = [report.open_ms, report.annotate_ms_p50, report.heap_mb, report.ratio_open];
  if (missing.includes(null) || (report.keystroke_ms_p50 === null && !typing.note)) {
    process.exitCode = 1;
  }
}

await main();
