/**
 * Shared test material: the five seed articles as canonical text, a seeded PRNG so "random"
 * ranges are the same on every run, and a sentence splitter for picking realistic ranges.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCanonicalText } from '../../../../src/domain/paragraphs';
import type { TextRange } from '../../../../src/domain/anchoring/text-range';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

export interface Seed {
  name: string;
  text: string;
}

export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: toCanonicalText(readFileSync(join(SEEDS, name), 'utf8')) }));
}

/** Mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences (runs ending in . ! ? or a line end), without surrounding spaces. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/[^\s.!?][^.!?\n]*[.!?]*/g)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** The only offset of `needle` in `text`; fails the test setup if it is missing or repeated. */
export function offsetOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + 1) !== -1) {
    throw new Error(`expected exactly one "${needle}" in the text`);
  }
  return at;
}
