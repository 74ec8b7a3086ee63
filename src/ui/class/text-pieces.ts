/**
 * Cuts a document's text into paragraphs of pieces for read-only display: a new piece starts
 * wherever a range starts or ends, so each piece carries the values of every range covering it
 * (a heat-map stretch, or the annotations over a passage). Paragraphs are the text's `\n`-joined
 * lines, as the editor shows them. One sweep over sorted cuts: O((r + p) log(r + p)).
 */

export interface ValueRange<V> {
  start: number;
  end: number;
  value: V;
}

export interface Piece<V> {
  start: number;
  end: number;
  text: string;
  /** The ranges' values over this piece, in the order the ranges were given. */
  values: V[];
}

export function paragraphPieces<V>(text: string, ranges: readonly ValueRange<V>[]): Piece<V>[][] {
  const cuts = new Set<number>([0, text.length]);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    cuts.add(at);
    cuts.add(at + 1);
  }
  const kept = ranges
    .map((range, order) => ({
      ...range,
      start: Math.max(0, range.start),
      end: Math.min(text.length, range.end),
      order,
    }))
    .filter((range) => range.end > range.start);
  for (const range of kept) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const byStart = [...kept].sort((a, b) => a.start - b.start);
  const active: typeof kept = [];
  const paragraphs: Piece<V>[][] = [[]];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    for (; next < byStart.length && (byStart[next]?.start ?? Infinity) <= start; next += 1)
      active.push(byStart[next]!);
    for (let a = active.length - 1; a >= 0; a -= 1)
      if ((active[a]?.end ?? 0) <= start) active.splice(a, 1);
    const slice = text.slice(start, end);
    if (slice === '\n') {
      paragraphs.push([]);
      continue;
    }
    const values = [...active].sort((a, b) => a.order - b.order).map((r) => r.value);
    paragraphs[paragraphs.length - 1]!.push({ start, end, text: slice, values });
  }
  return paragraphs;
}
