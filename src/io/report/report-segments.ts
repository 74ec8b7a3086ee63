/**
 * Cuts a document's text into the pieces a report draws: paragraphs (the text's `\n`s), and
 * within them runs of text covered by the same set of highlights (`domain/text-runs.ts`).
 * Highlights may overlap or nest, and one may run across paragraphs; each run lists every
 * highlight over it, and the point where a highlight ends gets its marker.
 */
import { paragraphRuns } from '../../domain/text-runs';

interface Highlight {
  start: number;
  end: number;
  /** The annotation's marker number, `[n]` in the report. */
  marker: number;
}

export type Piece =
  { kind: 'text'; text: string; markers: number[] } | { kind: 'marker'; marker: number };

const ascending = (a: number, b: number) => a - b;

/** Paragraphs of pieces; `markers` of a text piece are the highlights over it, ascending. */
export function reportSegments(text: string, highlights: readonly Highlight[]): Piece[][] {
  const endingAt = new Map<number, number[]>();
  for (const { end, marker } of highlights) {
    const list = endingAt.get(end);
    if (list) list.push(marker);
    else endingAt.set(end, [marker]);
  }
  const markersAt = (at: number): Piece[] =>
    (endingAt.get(at) ?? []).sort(ascending).map((marker) => ({ kind: 'marker', marker }));
  // A marker goes where its highlight ends: after the run it closes, or at the start of a
  // paragraph when the highlight took in the `\n` before it.
  return paragraphRuns(text, highlights).map(({ start, runs }) => [
    ...markersAt(start),
    ...runs.flatMap((run): Piece[] => [
      {
        kind: 'text',
        text: text.slice(run.start, run.end),
        markers: run.spans.map((h) => h.marker).sort(ascending),
      },
      ...markersAt(run.end),
    ]),
  ]);
}
