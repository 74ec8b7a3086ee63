/**
 * Cuts a document's text into the pieces a report draws: paragraphs (the text's `\n`s), and
 * within them runs of text covered by the same set of highlights. Highlights may overlap or nest,
 * and one may run across paragraphs; each run lists every highlight over it, and the point where
 * a highlight ends gets its marker. One sweep over the sorted boundaries, so a long article with
 * thousands of highlights costs little.
 */

export interface Highlight {
  start: number;
  end: number;
  /** The annotation's marker number, `[n]` in the report. */
  marker: number;
}

export type Piece =
  { kind: 'text'; text: string; markers: number[] } | { kind: 'marker'; marker: number };

function push(map: Map<number, number[]>, key: number, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Paragraphs of pieces; `markers` of a text piece are the highlights over it, ascending. */
export function reportSegments(text: string, highlights: readonly Highlight[]): Piece[][] {
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const boundaries = new Set<number>([0, text.length]);
  for (const { start, end, marker } of highlights) {
    push(starts, start, marker);
    push(ends, end, marker);
    boundaries.add(start).add(end);
  }
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    boundaries.add(at).add(at + 1);
  }
  const sorted = [...boundaries].sort((a, b) => a - b);

  const paragraphs: Piece[][] = [[]];
  const active = new Set<number>();
  for (let i = 0; i < sorted.length; i += 1) {
    const at = sorted[i]!;
    const current = paragraphs[paragraphs.length - 1]!;
    for (const marker of (ends.get(at) ?? []).sort((a, b) => a - b)) {
      active.delete(marker);
      current.push({ kind: 'marker', marker });
    }
    for (const marker of starts.get(at) ?? []) active.add(marker);
    const next = sorted[i + 1];
    if (next === undefined) break;
    if (text[at] === '\n' && next === at + 1) {
      paragraphs.push([]);
      continue;
    }
    current.push({
      kind: 'text',
      text: text.slice(at, next),
      markers: [...active].sort((a, b) => a - b),
    });
  }
  return paragraphs;
}
