/**
 * Does a network over the word vectors of each token's context (context-net.ts) add to the
 * linear loaded-language model? Measured like inner-folds.ts, inside bench:suggest's outer fold 1
 * only: in each of 5 inner folds the linear model is trained the built-in way and the network on
 * the same articles, and their log-odds are mixed (`alpha` the linear model's share). Each fold's
 * mix and thresholds are chosen on the other four folds' predictions (never its own), for the
 * more point (best F1) and the precise point (best F1 with precision >= 0.5).
 *
 *   npx tsx bench/suggest/context-experiment.ts ['{"projection":16}']
 *
 * `vocabulary`: words with a vector are the most frequent N of the embeddings plus the training
 * articles' words (what a shipped model could hold); `dimensions`: the vectors reduced to N
 * principal components (and rounded to 8 bits), as a shipped model would hold them;
 * `projection`: the vectors mapped to N dimensions by a projection learned with the network
 * (and rounded to 8 bits).
 *
 * Measured 2026-12-05 (means over the 5 inner folds; the linear model alone: more F1 0.338,
 * precise P 0.492 R 0.114):
 *   - all 100 dimensions: more F1 0.346 (P 0.337 R 0.373), precise P 0.496 R 0.170;
 *   - 32 principal components, 8 bits: more F1 0.331 (P 0.346 R 0.346), precise P 0.507 R 0.142;
 *   - a learned projection to 16 dimensions, 8 bits (`{"projection":16}`): more F1 0.347
 *     (P 0.347 R 0.358), precise P 0.507 R 0.167; with `"seed":11`, 0.342 and P 0.521 R 0.167;
 *   - a learned projection to 8 dimensions: more F1 0.349 (P 0.338 R 0.371), precise P 0.508
 *     R 0.160.
 * The context helps the precise point most (that gain holds across seeds; more F1's does not).
 * The full vectors for 100,000 words would take about 10 MB even at 8 bits; principal
 * components lose the gain, but a projection learned for the task keeps it in 8 to 16 bytes a
 * word (0.8 to 1.6 MB). Not shipped yet: that needs the mix and thresholds chosen on
 * out-of-fold mixed probabilities in training, the projected vectors and weights shipped beside
 * the model (kept by adapted models), and the encoding and scoring moved into src.
 */
import { trainLoadedLanguageModel } from '../../src/analysis/loaded-language/train';
import {
  scoreTokens,
  suggestedSpans,
} from '../../src/analysis/loaded-language/detect-loaded-language';
import { thresholdGrid } from '../../src/analysis/loaded-language/select-thresholds';
import {
  scoreSpanIdentification,
  type SpanScore,
} from '../../src/analysis/metrics/span-identification';
import { extractFeatures } from '../../src/analysis/loaded-language/features';
import { builtInTraining } from './built-in-training';
import { CONTEXT_NET_DEFAULTS, encodeText, trainContextNet, type VectorTable } from './context-net';
import { TECHNIQUE, trainingDocuments } from './cross-validate';
import { foldsByArticle } from './folds';
import { readPtc, type PtcArticle } from './read-ptc';
import { loadWordVectors } from './word-vectors';

const ALPHAS = [1, 0.8, 0.65, 0.5];
const options = {
  ...CONTEXT_NET_DEFAULTS,
  vocabulary: 100_000,
  dimensions: 0,
  ...(JSON.parse(process.argv[2] ?? '{}') as Record<string, number>),
};

/** Unit-length vectors, reduced to `k` principal components and 8 bits when `k` > 0. */
function reducedVectors(k: number): {
  all: Map<string, Float32Array>;
  rank: ReadonlyMap<string, number>;
} {
  const { vectors, rank, dimensions } = loadWordVectors();
  const unit = new Map<string, Float32Array>();
  for (const [word, v] of vectors) {
    const norm = Math.hypot(...v) || 1;
    unit.set(
      word,
      Float32Array.from(v, (x) => x / norm),
    );
  }
  if (k === 0) return { all: unit, rank };
  const common = [...unit].filter(([w]) => (rank.get(w) ?? Infinity) < 50_000).map(([, v]) => v);
  const mean = new Float64Array(dimensions);
  for (const v of common) v.forEach((x, d) => (mean[d] = (mean[d] as number) + x / common.length));
  const cov = Array.from({ length: dimensions }, () => new Float64Array(dimensions));
  for (const v of common) {
    for (let a = 0; a < dimensions; a += 1) {
      const row = cov[a] as Float64Array;
      const da = (v[a] as number) - (mean[a] as number);
      for (let b = 0; b < dimensions; b += 1)
        row[b] = (row[b] as number) + da * ((v[b] as number) - (mean[b] as number));
    }
  }
  const basis: Float64Array[] = [];
  for (let c = 0; c < k; c += 1) {
    let x = Float64Array.from({ length: dimensions }, (_, i) => Math.sin(7 * i + c));
    for (let iteration = 0; iteration < 200; iteration += 1) {
      const y = Float64Array.from(cov, (row) => row.reduce((s, r, b) => s + r * x[b]!, 0));
      for (const e of basis) {
        const dot = y.reduce((s, t, a) => s + t * e[a]!, 0);
        y.forEach((t, a) => (y[a] = t - dot * e[a]!));
      }
      const norm = Math.hypot(...y);
      x = y.map((t) => t / norm);
    }
    basis.push(x);
  }
  const projected = new Map<string, Float32Array>();
  let largest = 0;
  for (const [word, v] of unit) {
    const p = Float32Array.from(basis, (e) =>
      e.reduce((s, t, a) => s + t * ((v[a] as number) - mean[a]!), 0),
    );
    p.forEach((t) => (largest = Math.max(largest, Math.abs(t))));
    projected.set(word, p);
  }
  for (const p of projected.values())
    p.forEach((t, d) => (p[d] = (Math.round((t / largest) * 127) * largest) / 127));
  return { all: projected, rank };
}

const { all, rank } = reducedVectors(options.dimensions);
const dimensions = (all.values().next().value as Float32Array).length;

function vocabularyFor(train: readonly PtcArticle[]): VectorTable {
  const seen = new Set<string>();
  for (const a of train) for (const t of extractFeatures(a.text).tokens) seen.add(t.lower);
  return new Map(
    [...all].filter(([w]) => (rank.get(w) ?? Infinity) < options.vocabulary || seen.has(w)),
  );
}

const gold = (a: PtcArticle) => a.spans.get(TECHNIQUE) ?? [];
const logit = (p: number) => Math.log(Math.max(1e-7, p) / Math.max(1e-7, 1 - p));
const grid = thresholdGrid();

const development = foldsByArticle(readPtc(), 5).slice(1).flat();
const folds = foldsByArticle(development, 5);
/** scores[fold][alpha][threshold] */
const scores: SpanScore[][][] = folds.map((test, fold) => {
  const train = folds.filter((_, i) => i !== fold).flat();
  const started = performance.now();
  const linear = trainLoadedLanguageModel(trainingDocuments(train), builtInTraining());
  const vectors = vocabularyFor(train);
  const encode = (a: PtcArticle) =>
    encodeText(a.text, gold(a), vectors, dimensions, options.window);
  const net = trainContextNet(train.map(encode), dimensions, options);
  net.projection?.roundTo8Bits(vectors.values());
  const scored = test.map((a) => scoreTokens(a.text, linear));
  const netLogits = test.map((a) => encode(a).inputs.map((x) => net.logit(x)));
  console.log(
    `inner fold ${fold + 1}: trained in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return ALPHAS.map((alpha) => {
    const mixed = scored.map((s, k) => ({
      ...s,
      probabilities: Float64Array.from(s.probabilities, (p, i) => {
        const z = alpha * logit(p) + (1 - alpha) * (netLogits[k]?.[i] ?? 0);
        return 1 / (1 + Math.exp(-z));
      }),
    }));
    return grid.map((thresholds) =>
      scoreSpanIdentification(
        test.map((a, k) => ({
          predicted: suggestedSpans(a.text, mixed[k]!, thresholds),
          gold: gold(a),
        })),
      ),
    );
  });
});

/** Pools span scores over folds (sums of partial credit over all spans). */
function pooled(list: readonly SpanScore[]): SpanScore {
  const sum = (f: (s: SpanScore) => number) => list.reduce((t, s) => t + f(s), 0);
  const predictedSpans = sum((s) => s.predictedSpans);
  const goldSpans = sum((s) => s.goldSpans);
  const precision = predictedSpans && sum((s) => s.precision * s.predictedSpans) / predictedSpans;
  const recall = goldSpans && sum((s) => s.recall * s.goldSpans) / goldSpans;
  const f1 = precision + recall && (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predictedSpans, goldSpans };
}

/** Each fold scored at the mix and thresholds best on the other folds. */
function heldOut(alphas: readonly number[], precise: boolean): SpanScore[] {
  return folds.map((_, fold) => {
    let best: { a: number; t: number; f1: number } | undefined;
    for (const a of alphas.map((alpha) => ALPHAS.indexOf(alpha))) {
      grid.forEach((_, t) => {
        const others = pooled(scores.filter((__, f) => f !== fold).map((s) => s[a]![t]!));
        if (precise && others.precision < 0.5) return;
        if (!best || others.f1 > best.f1) best = { a, t, f1: others.f1 };
      });
    }
    return best ? scores[fold]![best.a]![best.t]! : pooled([]);
  });
}

const mean = (list: SpanScore[], key: keyof SpanScore) =>
  (list.reduce((t, s) => t + s[key], 0) / list.length).toFixed(3);
for (const [name, alphas] of [
  ['linear alone', [1]],
  ['linear + context net', ALPHAS],
] as const) {
  const more = heldOut(alphas, false);
  const precise = heldOut(alphas, true);
  console.log(
    `${name}: more F1 ${mean(more, 'f1')} (P ${mean(more, 'precision')} R ${mean(more, 'recall')}) | ` +
      `precise P ${mean(precise, 'precision')} R ${mean(precise, 'recall')}`,
  );
}
console.log(`options ${JSON.stringify(options)}`);
