/**
 * The one way to cut a text into marked runs, for everything that draws spans over text without
 * an editor: Compare's columns, the Class overlays, the printable report and the class heat map.
 * A new run starts wherever a span starts or ends, so each run carries every span over it; spans
 * may overlap, nest, or cross paragraphs. One sweep over the sorted cuts, with only the spans
 * over the current run in hand: O((s + r) log(s + r)) for s spans and r runs, plus the output.
 */
import type { TextRange } from './anchoring/text-range';
import { paragraphSpans } from './paragraphs';

/** A stretch covered by the same spans from start to end. */
export interface Run<S extends TextRange> {
  start: number;
  end: number;
  /** The spans over this run, in the order they were given. */
  spans: S[];
}

export interface ParagraphRuns<S extends TextRange> {
  start: number;
  end: number;
  /** The paragraph cut into runs; none for an empty paragraph. */
  runs: Run<S>[];
}

interface Entry<S> {
  span: S;
  order: number;
  start: number;
  end: number;
}

/**
 * Cuts `[from, to)` into runs at every span's start and end and at the extra `cuts`. Spans are
 * clipped to `[from, to)`; empty ones are left out. Runs without spans are included.
 */
export function cutRuns<S extends TextRange>(
  spans: readonly S[],
  from: number,
  to: number,
  cuts: Iterable<number> = [],
): Run<S>[] {
  const kept: Entry<S>[] = [];
  const points = new Set<number>([from, to]);
  spans.forEach((span, order) => {
    const start = Math.max(from, span.start);
    const end = Math.min(to, span.end);
    if (end <= start) return;
    kept.push({ span, order, start, end });
    points.add(start).add(end);
  });
  for (const cut of cuts) if (cut > from && cut < to) points.add(cut);
  const sorted = [...points].sort((a, b) => a - b);
  kept.sort((a, b) => a.start - b.start);

  const runs: Run<S>[] = [];
  let active: Entry<S>[] = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    active = active.filter((entry) => entry.end > start);
    for (; next < kept.length && kept[next]!.start <= start; next += 1) active.push(kept[next]!);
    const over = active.length > 1 ? [...active].sort((a, b) => a.order - b.order) : active;
    runs.push({ start, end, spans: over.map((entry) => entry.span) });
  }
  return runs;
}

/**
 * Cuts a canonical text (paragraphs joined by `\n`) into its paragraphs, each cut into runs. A
 * span that crosses a paragraph break shows in both paragraphs; the `\n` itself is in no run.
 */
export function paragraphRuns<S extends TextRange>(
  text: string,
  spans: readonly S[],
): ParagraphRuns<S>[] {
  const paragraphs = paragraphSpans(text).map(({ start, end }) => ({
    start,
    end,
    runs: [] as Run<S>[],
  }));
  const breaks = paragraphs.slice(1).flatMap(({ start }) => [start - 1, start]);
  let index = 0;
  for (const run of cutRuns(spans, 0, text.length, breaks)) {
    // Runs are cut on both sides of every `\n`, so a run that starts on one is exactly it.
    if (text[run.start] === '\n') index += 1;
    else paragraphs[index]!.runs.push(run);
  }
  return paragraphs;
}
