/**
 * Scores the attribution functions on the hand-written test sets: sources' precision and recall,
 * the share of figures attributed right, and the unattributed-claim detector's recall and false
 * flags. A name found matches an expected one when the words of one run inside the other,
 * ignoring case, "the" and a possessive ("WHO’s regional office" names the WHO).
 */
import { articleAttribution } from '../../../../src/analysis/attribution/article-attribution';
import { detectUnattributedClaims } from '../../../../src/analysis/unattributed/detect';
import { splitSentences } from '../../../../src/analysis/text/sentences';
import type { SourceCase } from './sources-figures-set';
import type { ClaimCase } from './unattributed-set';

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[().,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'the');

function contains(long: string[], short: string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i += 1) {
    if (short.every((w, j) => long[i + j] === w)) return true;
  }
  return false;
}

export function sameSource(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  if (x.length === 0 || y.length === 0) return false;
  return x.length >= y.length ? contains(x, y) : contains(y, x);
}

export interface SourceScore {
  precision: number;
  recall: number;
  found: number;
  expected: number;
  misses: string[];
}

export function scoreSources(cases: readonly SourceCase[]): SourceScore {
  let found = 0;
  let right = 0;
  let expected = 0;
  let recalled = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const names = articleAttribution(c.text).sources;
    found += names.length;
    right += names.filter((n) => c.sources.some((e) => sameSource(n, e))).length;
    expected += c.sources.length;
    recalled += c.sources.filter((e) => names.some((n) => sameSource(n, e))).length;
    if (
      names.length !== c.sources.length ||
      !c.sources.every((e) => names.some((n) => sameSource(n, e)))
    ) {
      misses.push(`${JSON.stringify(names)} for ${JSON.stringify(c.sources)}: ${c.text}`);
    }
  }
  return { precision: right / found, recall: recalled / expected, found, expected, misses };
}

export function scoreFigureAttribution(cases: readonly SourceCase[]): {
  accuracy: number;
  figures: number;
  misses: string[];
} {
  let figures = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const found = articleAttribution(c.text).figures;
    for (const [value, source] of c.figures ?? []) {
      figures += 1;
      const at = c.text.indexOf(value);
      const figure = found.find((f) => f.start < at + value.length && at < f.end);
      const ok =
        figure !== undefined &&
        (source === null
          ? figure.attributedTo === null
          : figure.attributedTo !== null && sameSource(figure.attributedTo, source));
      if (ok) correct += 1;
      else
        misses.push(
          `${value} -> ${figure ? JSON.stringify(figure.attributedTo) : 'not found'}, expected ${source}: ${c.text}`,
        );
    }
  }
  return { accuracy: correct / figures, figures, misses };
}

export function scoreUnattributed(cases: readonly ClaimCase[]): {
  precision: number;
  recall: number;
  falseFlagRate: number;
  misses: string[];
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sourced = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const sentences = splitSentences(c.text);
    const claim = sentences[sentences.length - 1]!;
    const flagged = detectUnattributedClaims(c.text, articleAttribution(c.text)).some(
      (s) => s.start < claim.end && claim.start < s.end,
    );
    if (!c.unattributed) sourced += 1;
    if (flagged && c.unattributed) tp += 1;
    if (flagged && !c.unattributed) fp += 1;
    if (!flagged && c.unattributed) fn += 1;
    if (flagged !== c.unattributed) misses.push(`${flagged ? 'false flag' : 'missed'}: ${c.text}`);
  }
  return {
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    falseFlagRate: fp / sourced,
    misses,
  };
}
