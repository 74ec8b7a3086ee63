/**
 * Builds what the benchmark serves besides Slant itself, into `bench/out/editor/` (git-ignored):
 * the page-side probes as one script, and the peer's page with the article's data beside it.
 * Each is its own small Vite build, without the app's config (no PWA, no CSP).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DEFAULT_TAGS } from '../../src/domain/default-taxonomy';
import type { BenchArticle } from './generate-article';
import type { PeerData } from './peer/main';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const OUT_DIR = here('../out/editor/');
export const PEER_OUT_DIR = here('../out/editor/peer/');

/**
 * The probes as a classic script, for `page.addInitScript`. Other benchmarks bundle their own
 * page-side code the same way by passing its entry and an output folder.
 */
export async function buildProbes(
  entry = here('./page/probes.ts'),
  outDir = here('../out/editor/probes/'),
): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry,
        formats: ['iife'],
        name: 'SlantBenchProbes',
        fileName: () => 'probes.js',
      },
    },
  });
  return readFile(`${outDir}probes.js`, 'utf8');
}

/** The peer's page, and `article.json` beside it: the same text and annotations as Slant's. */
export async function buildPeer(article: BenchArticle): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here('./peer/'),
    base: './',
    build: { outDir: PEER_OUT_DIR, emptyOutDir: true, target: 'es2022' },
  });
  const data: PeerData = {
    text: article.doc.text,
    annotations: article.annotations.map(({ id, tagIds, target }) => ({
      id,
      start: target.start,
      end: target.end,
      exact: target.exact,
      tagId: tagIds[0]!,
    })),
    colours: Object.fromEntries(DEFAULT_TAGS.map((t) => [t.id, t.colour])),
  };
  await writeFile(`${PEER_OUT_DIR}article.json`, JSON.stringify(data));
}
