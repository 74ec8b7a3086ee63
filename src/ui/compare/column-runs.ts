/**
 * A Compare column's text cut into runs that carry the same marks (`domain/text-runs.ts`), so a
 * column can draw highlights without an editor. One sweep per text, however many paragraphs.
 */
import { paragraphRuns, type ParagraphRuns, type Run } from '../../domain/text-runs';

export interface TextMark {
  id: string;
  start: number;
  end: number;
  tagId: string;
  /** Drawn as a suggestion (a dotted line) rather than as the reader's highlight. */
  suggested?: boolean;
}

const byStart = (a: TextMark, b: TextMark) => a.start - b.start;
const byLength = (a: TextMark, b: TextMark) => a.end - a.start - (b.end - b.start);

/**
 * The paragraphs of `text`, each cut into runs; an empty paragraph is one empty run. A run's marks
 * are innermost first, as in the editor: the first mark is the one drawn and clicked.
 */
export function columnRuns(text: string, marks: readonly TextMark[]): ParagraphRuns<TextMark>[] {
  return paragraphRuns(text, marks).map(({ start, end, runs }) => ({
    start,
    end,
    runs:
      runs.length === 0
        ? [{ start, end, spans: [] }]
        : runs.map((run): Run<TextMark> => ({
            ...run,
            spans: run.spans.sort(byStart).sort(byLength),
          })),
  }));
}
