/**
 * Splits one paragraph of a read-only text into runs that carry the same marks, so a column
 * can draw highlights without an editor. Marks are sorted once per text; each paragraph then
 * looks only at the marks that reach it.
 */
export interface TextMark {
  id: string;
  start: number;
  end: number;
  tagId: string;
  /** Drawn as a suggestion (a dotted line) rather than as the reader's highlight. */
  suggested?: boolean;
}

export interface TextRun {
  start: number;
  end: number;
  marks: TextMark[];
}

export function paragraphRuns(from: number, to: number, marks: readonly TextMark[]): TextRun[] {
  const inside = marks.filter((m) => m.start < to && m.end > from && m.end > m.start);
  if (inside.length === 0) return [{ start: from, end: to, marks: [] }];
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({
      start,
      end,
      // Innermost first, as in the editor: the first mark is the one drawn and clicked.
      marks: inside
        .filter((m) => m.start <= start && m.end >= end)
        .sort((a, b) => a.end - a.start - (b.end - b.start)),
    });
  }
  return runs;
}

/** The offset in the whole text of a DOM position inside a paragraph that starts at `start`. */
export function offsetInParagraph(
  paragraph: Element,
  start: number,
  node: Node,
  offset: number,
): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return start + range.toString().length;
}
