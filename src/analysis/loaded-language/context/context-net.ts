/**
 * The context network of the loaded-language model: one hidden layer of ReLU units that scores a
 * token from the words around it and its setting flags (context-inputs.ts), where the linear
 * model (model.ts) weighs words one by one. Its log-odds are mixed with the linear model's
 * (`mixLogits`). Each word ships as a short vector of signed bytes, learned for the task in
 * training (train-context-net.ts), so the network knows words no training article had.
 *
 * Scoring caches, per word, what it adds to each hidden unit at each position of the window: a
 * token then costs (positions + flags) x hidden additions, not a matrix product.
 */
import type { TokenContext } from '../features';
import { flagIndices, inputWidth, NO_VECTOR, NO_WORD, windowTokens } from './context-inputs';

export interface ContextNetData {
  version: 1;
  /** Words on each side of the token. */
  window: number;
  hidden: number;
  /** Values per word vector. */
  size: number;
  words: string[];
  /** The words' vectors in the order of `words`, `size` signed bytes each, in base64: a byte b
   *  stands for b * scale / 127. */
  vectors: string;
  scale: number;
  /** First layer, `hidden` rows of `inputWidth(size, window)` weights. */
  w1: number[];
  b1: number[];
  w2: number[];
  b2: number;
}

/** A model's share of the context network: `alpha` is the linear model's weight in the mix; the
 *  network is the built-in one unless `net` is given (a model trained elsewhere, as in the
 *  benchmarks). Stored models keep only `alpha`. */
export interface ContextMix {
  alpha: number;
  net?: ContextNetData;
}

/** Mixed log-odds, back to a probability. */
export function mixLogits(alpha: number, linear: number, context: number): number {
  return 1 / (1 + Math.exp(-(alpha * linear + (1 - alpha) * context)));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const isNumbers = (list: unknown, length: number) =>
  Array.isArray(list) && list.length === length && list.every((x) => typeof x === 'number');

/** Whether `data`, read from JSON, has the shape of a network. */
export function isContextNet(data: unknown): data is ContextNetData {
  const net = data as Partial<ContextNetData> | null;
  return (
    net !== null &&
    typeof net === 'object' &&
    net.version === 1 &&
    typeof net.window === 'number' &&
    typeof net.hidden === 'number' &&
    typeof net.size === 'number' &&
    typeof net.scale === 'number' &&
    typeof net.b2 === 'number' &&
    typeof net.vectors === 'string' &&
    Array.isArray(net.words) &&
    isNumbers(net.w1, net.hidden * inputWidth(net.size, net.window)) &&
    isNumbers(net.b1, net.hidden) &&
    isNumbers(net.w2, net.hidden)
  );
}

/** Checks the shape of a network read from JSON. */
export function toContextNet(data: unknown): ContextNetData {
  if (!isContextNet(data)) throw new Error('not a context network (version 1)');
  return data;
}

interface CompiledNet {
  net: ContextNetData;
  width: number;
  positions: number;
  index: Map<string, number>;
  bytes: Int8Array;
  /** Per word: what it adds to each hidden unit at each position (`positions` x `hidden`). */
  byWord: Map<string, Float32Array>;
  unknown: Float32Array;
  edge: Float32Array;
  /** Per flag: its first-layer weights (`hidden`). */
  byFlag: Float32Array[];
}

const compiled = new WeakMap<ContextNetData, CompiledNet>();
const WORD_CACHE_LIMIT = 200_000;

/** What `marker` (NO_VECTOR or NO_WORD) adds to each hidden unit at each position. */
function markerTable(c: Omit<CompiledNet, 'unknown' | 'edge'>, marker: number): Float32Array {
  const { net, width, positions } = c;
  const per = net.size + 2;
  const table = new Float32Array(positions * net.hidden);
  for (let p = 0; p < positions; p += 1)
    for (let j = 0; j < net.hidden; j += 1)
      table[p * net.hidden + j] = net.w1[j * width + p * per + net.size + marker] as number;
  return table;
}

function compile(net: ContextNetData): CompiledNet {
  let ready = compiled.get(net);
  if (ready) return ready;
  const width = inputWidth(net.size, net.window);
  const positions = 2 * net.window + 1;
  const raw = base64ToBytes(net.vectors);
  const flagsAt = positions * (net.size + 2);
  const base = {
    net,
    width,
    positions,
    index: new Map(net.words.map((w, i) => [w, i])),
    bytes: new Int8Array(raw.buffer, raw.byteOffset, raw.length),
    byWord: new Map<string, Float32Array>(),
    byFlag: Array.from({ length: width - flagsAt }, (_, f) =>
      Float32Array.from(
        { length: net.hidden },
        (__, j) => net.w1[j * width + flagsAt + f] as number,
      ),
    ),
  };
  ready = { ...base, unknown: markerTable(base, NO_VECTOR), edge: markerTable(base, NO_WORD) };
  compiled.set(net, ready);
  return ready;
}

function wordTable(c: CompiledNet, word: string): Float32Array {
  let table = c.byWord.get(word);
  if (table) return table;
  const at = c.index.get(word);
  if (at === undefined) return c.unknown;
  const { net, width, positions, bytes } = c;
  const per = net.size + 2;
  const unit = net.scale / 127;
  table = new Float32Array(positions * net.hidden);
  for (let p = 0; p < positions; p += 1) {
    for (let j = 0; j < net.hidden; j += 1) {
      const row = j * width + p * per;
      let sum = 0;
      for (let d = 0; d < net.size; d += 1)
        sum += (net.w1[row + d] as number) * (bytes[at * net.size + d] as number);
      table[p * net.hidden + j] = sum * unit;
    }
  }
  // The cache only saves work: start afresh rather than grow without bound.
  if (c.byWord.size >= WORD_CACHE_LIMIT) c.byWord.clear();
  c.byWord.set(word, table);
  return table;
}

/** Each token's log-odds of being loaded language, by the network. */
export function contextLogits(
  net: ContextNetData,
  contexts: readonly TokenContext[],
): Float64Array {
  const c = compile(net);
  const { hidden, window } = net;
  const positions = 2 * window + 1;
  const tables = contexts.map((context) => wordTable(c, context.lower));
  const at = windowTokens(contexts, window);
  const a = new Float64Array(hidden);
  const logits = new Float64Array(contexts.length);
  for (let i = 0; i < contexts.length; i += 1) {
    for (let j = 0; j < hidden; j += 1) a[j] = net.b1[j] as number;
    for (let p = 0; p < positions; p += 1) {
      const t = at[i * positions + p] as number;
      const table = t === -1 ? c.edge : (tables[t] as Float32Array);
      const offset = p * hidden;
      for (let j = 0; j < hidden; j += 1) a[j] = (a[j] as number) + (table[offset + j] as number);
    }
    for (const f of flagIndices(contexts[i] as TokenContext)) {
      const weights = c.byFlag[f] as Float32Array;
      for (let j = 0; j < hidden; j += 1) a[j] = (a[j] as number) + (weights[j] as number);
    }
    let z = net.b2;
    for (let j = 0; j < hidden; j += 1) {
      const active = a[j] as number;
      if (active > 0) z += (net.w2[j] as number) * active;
    }
    logits[i] = z;
  }
  return logits;
}
