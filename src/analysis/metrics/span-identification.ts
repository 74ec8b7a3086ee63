/**
 * The span-identification score of SemEval-2020 Task 11 (Da San Martino et al.), used to measure
 * suggestions against annotated spans. It gives partial credit for overlap: precision averages,
 * over predicted spans, the share of each covered by gold spans; recall averages, over gold
 * spans, the share of each covered by predictions. As in the task's scorer, overlapping spans
 * within one set are merged first, and the averages run over all spans of all documents.
 */
import type { TextSpan } from '../text/sentences';

export interface ScoredDocument {
  predicted: readonly TextSpan[];
  gold: readonly TextSpan[];
}

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  predictedSpans: number;
  goldSpans: number;
}

/** Sorts spans and merges those that overlap; empty spans are dropped. */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

function overlap(a: TextSpan, b: TextSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function scoreSpanIdentification(docs: readonly ScoredDocument[]): SpanScore {
  let predictedSpans = 0;
  let goldSpans = 0;
  let precisionSum = 0;
  let recallSum = 0;
  for (const doc of docs) {
    const predicted = mergeSpans(doc.predicted);
    const gold = mergeSpans(doc.gold);
    predictedSpans += predicted.length;
    goldSpans += gold.length;
    for (const s of predicted) {
      for (const t of gold) {
        const shared = overlap(s, t);
        if (shared === 0) continue;
        precisionSum += shared / (s.end - s.start);
        recallSum += shared / (t.end - t.start);
      }
    }
  }
  const precision = predictedSpans === 0 ? 0 : precisionSum / predictedSpans;
  const recall = goldSpans === 0 ? 0 : recallSum / goldSpans;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predictedSpans, goldSpans };
}
