/**
 * A prior for words the annotated texts never show: a logistic regression from a word's vector
 * (word embeddings, at training time only) to how often its tokens fall inside a marked span, fitted
 * on the training texts alone. It scores a bounded vocabulary (the common English words of the
 * embeddings plus the training texts' words), and words it finds several times likelier than
 * average to be loaded get a bucket, `e:1` (twice as likely) to `e:4` (16 times), which the model
 * then weighs like any other feature. The model ships the buckets' word lists, never the
 * vectors, so the app looks a word up and needs no embeddings.
 */
import { extractFeatures } from './features';
import { longestOverlapping, type TrainingDocument } from './fit-weights';

export interface WordVectors {
  dimensions: number;
  vectors: ReadonlyMap<string, Float32Array>;
  /** Each word's rank by frequency in the embeddings' own corpus (0 the most frequent). */
  rank: ReadonlyMap<string, number>;
  /** Words ranked below this are common English words: scored even if no training text has
   *  them. Others are scored only when a training text has them. */
  commonRanks: number;
}

/** Feature name -> its words, as the model ships them (prior buckets, word clusters). */
export type WordPriors = Record<string, string[]>;

export const PRIOR_BUCKETS = 4;
const PENALTY = 10;
const NEWTON_STEPS = 8;

interface Counts {
  words: string[];
  tokens: Float64Array;
  marked: Float64Array;
}

function countWords(docs: readonly TrainingDocument[], vectors: WordVectors): Counts {
  const index = new Map<string, number>();
  const tokens: number[] = [];
  const marked: number[] = [];
  for (const doc of docs) {
    const { tokens: docTokens } = extractFeatures(doc.text);
    const inside = longestOverlapping(doc.positive, docTokens);
    docTokens.forEach((token, i) => {
      if (!vectors.vectors.has(token.lower)) return;
      let id = index.get(token.lower);
      if (id === undefined) {
        id = tokens.length;
        index.set(token.lower, id);
        tokens.push(0);
        marked.push(0);
      }
      tokens[id] = (tokens[id] as number) + 1;
      if ((inside[i] as number) > 0) marked[id] = (marked[id] as number) + 1;
    });
  }
  return {
    words: [...index.keys()],
    tokens: Float64Array.from(tokens),
    marked: Float64Array.from(marked),
  };
}

/** Solves `a x = b` for a small dense symmetric positive definite `a` (Cholesky), in place. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j += 1) {
    let d = a[j * n + j] as number;
    for (let k = 0; k < j; k += 1) d -= (a[j * n + k] as number) ** 2;
    const root = Math.sqrt(Math.max(d, 1e-12));
    a[j * n + j] = root;
    for (let i = j + 1; i < n; i += 1) {
      let s = a[i * n + j] as number;
      for (let k = 0; k < j; k += 1) s -= (a[i * n + k] as number) * (a[j * n + k] as number);
      a[i * n + j] = s / root;
    }
  }
  const y = Float64Array.from(b);
  for (let i = 0; i < n; i += 1) {
    let s = y[i] as number;
    for (let k = 0; k < i; k += 1) s -= (a[i * n + k] as number) * (y[k] as number);
    y[i] = s / (a[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = y[i] as number;
    for (let k = i + 1; k < n; k += 1) s -= (a[k * n + i] as number) * (y[k] as number);
    y[i] = s / (a[i * n + i] as number);
  }
  return y;
}

/** The penalised log-likelihood of `beta` (higher is better). */
function objective(counts: Counts, vectors: WordVectors, beta: Float64Array): number {
  const d = vectors.dimensions;
  let sum = 0;
  counts.words.forEach((word, w) => {
    const v = vectors.vectors.get(word) as Float32Array;
    let z = beta[d] as number;
    for (let k = 0; k < d; k += 1) z += (beta[k] as number) * (v[k] as number);
    // log sigma(z) and log(1 - sigma(z)), stable for large |z|.
    const logP = -Math.log1p(Math.exp(-Math.abs(z))) + Math.min(0, z);
    const logQ = logP - z;
    const marked = counts.marked[w] as number;
    sum += marked * logP + ((counts.tokens[w] as number) - marked) * logQ;
  });
  for (let k = 0; k < d; k += 1) sum -= (PENALTY / 2) * (beta[k] as number) ** 2;
  return sum;
}

/** Binomial logistic regression with an L2 penalty (the bias unpenalised), by Newton's method:
 *  the coefficients, bias last. */
function fitRegression(counts: Counts, vectors: WordVectors): Float64Array {
  const d = vectors.dimensions;
  const n = d + 1;
  const beta = new Float64Array(n);
  const total = counts.tokens.reduce((s, v) => s + v, 0);
  const positive = counts.marked.reduce((s, v) => s + v, 0);
  const rate = Math.min(0.99, Math.max(0.01, positive / Math.max(1, total)));
  beta[d] = Math.log(rate / (1 - rate));
  const x = new Float64Array(n);
  for (let step = 0; step < NEWTON_STEPS; step += 1) {
    const gradient = new Float64Array(n);
    const hessian = new Float64Array(n * n);
    counts.words.forEach((word, w) => {
      const v = vectors.vectors.get(word) as Float32Array;
      for (let k = 0; k < d; k += 1) x[k] = v[k] as number;
      x[d] = 1;
      let z = 0;
      for (let k = 0; k < n; k += 1) z += (beta[k] as number) * (x[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const tokens = counts.tokens[w] as number;
      const residual = (counts.marked[w] as number) - tokens * p;
      const curvature = tokens * p * (1 - p);
      for (let i = 0; i < n; i += 1) {
        const xi = x[i] as number;
        gradient[i] = (gradient[i] as number) + residual * xi;
        const c = curvature * xi;
        for (let j = 0; j <= i; j += 1)
          hessian[i * n + j] = (hessian[i * n + j] as number) + c * (x[j] as number);
      }
    });
    for (let i = 0; i < d; i += 1) {
      gradient[i] = (gradient[i] as number) - PENALTY * (beta[i] as number);
      hessian[i * n + i] = (hessian[i * n + i] as number) + PENALTY;
    }
    for (let i = 0; i < n; i += 1)
      for (let j = 0; j < i; j += 1) hessian[j * n + i] = hessian[i * n + j] as number;
    const delta = solve(hessian, gradient, n);
    // A full Newton step can overshoot on nearly separable words: halve it until it helps.
    const before = objective(counts, vectors, beta);
    const trial = new Float64Array(n);
    for (let scale = 1, tries = 0; tries < 20; scale /= 2, tries += 1) {
      for (let i = 0; i < n; i += 1) trial[i] = (beta[i] as number) + scale * (delta[i] as number);
      if (objective(counts, vectors, trial) >= before) break;
    }
    beta.set(trial);
  }
  return beta;
}

/**
 * Fits the prior on `docs` (their marked spans are the positives) and buckets the vocabulary:
 * the common words of `vectors` and the words of `docs`.
 */
export function fitWordPriors(docs: readonly TrainingDocument[], vectors: WordVectors): WordPriors {
  const counts = countWords(docs, vectors);
  const beta = fitRegression(counts, vectors);
  const d = vectors.dimensions;
  const total = counts.tokens.reduce((s, v) => s + v, 0);
  const rate = counts.marked.reduce((s, v) => s + v, 0) / Math.max(1, total);
  const seen = new Set(counts.words);
  const buckets: WordPriors = {};
  for (const [word, v] of vectors.vectors) {
    if (!seen.has(word) && (vectors.rank.get(word) ?? Infinity) >= vectors.commonRanks) continue;
    let z = beta[d] as number;
    for (let k = 0; k < d; k += 1) z += (beta[k] as number) * (v[k] as number);
    const p = 1 / (1 + Math.exp(-z));
    const level = Math.min(PRIOR_BUCKETS, Math.floor(Math.log2(p / rate)));
    if (level < 1) continue;
    (buckets[`e:${level}`] ??= []).push(word);
  }
  for (const words of Object.values(buckets)) words.sort();
  return buckets;
}

/** The priors as word -> its feature names, for scoring and fitting. */
export function priorByWord(priors: WordPriors | undefined): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [feature, words] of Object.entries(priors ?? {})) {
    for (const word of words) {
      const known = byWord.get(word);
      if (known) known.push(feature);
      else byWord.set(word, [feature]);
    }
  }
  return byWord;
}
