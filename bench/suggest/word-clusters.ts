/**
 * Word clusters for training only: the common words of the word vectors (word-vectors.ts) in
 * `CLUSTER_COUNT` groups of similar words (spherical k-means on their directions), so that the
 * loaded-language model can weigh a group ("atrocities", "massacres", "brutality"...) and give
 * a word the corpus never marked the weight of its group. Learned from the vectors alone, with no
 * label, so every fold can share them; kept in the gitignored cache, as building them takes
 * minutes. The model ships them as word lists under `k:<n>` (LoadedLanguageModel.priors).
 *
 * 1,024 groups were chosen on inner folds (bench/suggest/inner-folds.ts, with the prior and the
 * choice of labels): more F1 0.339 -> 0.339, precise F1 0.223 -> 0.235; 256 groups gave 0.336
 * and 0.236.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { WordPriors } from '../../src/analysis/loaded-language/word-prior';
import { CACHE_DIR, loadWordVectors, TOP_WORDS } from './word-vectors';

export const CLUSTER_COUNT = 1024;
const ITERATIONS = 10;

/** Unit-length copies of the common words' vectors, most frequent first. */
function directions(): { words: string[]; x: Float32Array; d: number } {
  const { vectors, rank, dimensions: d } = loadWordVectors();
  const words = [...vectors.keys()].filter((w) => (rank.get(w) ?? Infinity) < TOP_WORDS);
  words.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const x = new Float32Array(words.length * d);
  words.forEach((w, i) => {
    const v = vectors.get(w) as Float32Array;
    const norm = Math.hypot(...v) || 1;
    for (let j = 0; j < d; j += 1) x[i * d + j] = (v[j] as number) / norm;
  });
  return { words, x, d };
}

function normalise(c: Float32Array, k: number, d: number): void {
  for (let m = 0; m < k; m += 1) {
    const row = c.subarray(m * d, (m + 1) * d);
    const norm = Math.hypot(...row) || 1;
    for (let j = 0; j < d; j += 1) row[j] = (row[j] as number) / norm;
  }
}

function nearest(x: Float32Array, i: number, c: Float32Array, k: number, d: number): number {
  let best = 0;
  let bestDot = -Infinity;
  for (let m = 0; m < k; m += 1) {
    let dot = 0;
    for (let j = 0; j < d; j += 1) dot += (x[i * d + j] as number) * (c[m * d + j] as number);
    if (dot > bestDot) {
      bestDot = dot;
      best = m;
    }
  }
  return best;
}

/** Spherical k-means, started from words spread evenly over the frequency ranks, so the same
 *  vectors always give the same clusters. */
function cluster(k: number): WordPriors {
  const { words, x, d } = directions();
  const n = words.length;
  const c = new Float32Array(k * d);
  for (let m = 0; m < k; m += 1) {
    const i = Math.floor((m * n) / k);
    c.set(x.subarray(i * d, (i + 1) * d), m * d);
  }
  const assigned = new Int32Array(n);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    for (let i = 0; i < n; i += 1) assigned[i] = nearest(x, i, c, k, d);
    c.fill(0);
    for (let i = 0; i < n; i += 1) {
      const m = assigned[i] as number;
      for (let j = 0; j < d; j += 1)
        c[m * d + j] = (c[m * d + j] as number) + (x[i * d + j] as number);
    }
    normalise(c, k, d);
  }
  const clusters: WordPriors = {};
  words.forEach((w, i) => (clusters[`k:${assigned[i] as number}`] ??= []).push(w));
  for (const list of Object.values(clusters)) list.sort();
  return clusters;
}

/** The clusters, built once and then read from the cache. */
export function loadWordClusters(k: number = CLUSTER_COUNT): WordPriors {
  const file = `${CACHE_DIR}clusters-${k}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as WordPriors;
  const clusters = cluster(k);
  writeFileSync(file, JSON.stringify(clusters));
  return clusters;
}
