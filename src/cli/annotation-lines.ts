/**
 * The `--from` file of `slant learn`: annotations as JSON lines in the shape `slant analyze`
 * prints (`source`, `tag`, `start`, `end`; other fields such as `exact` or `reason` are ignored),
 * so a user can correct what `analyze` suggested and feed it back. One bad line makes the whole
 * file unusable: training on half of what the user meant would mislead.
 */

export interface AnnotationLine {
  /** 1-based line number in the file, for messages. */
  line: number;
  source: string;
  tag: string;
  start: number;
  end: number;
}

export type AnnotationLines = { ok: true; lines: AnnotationLine[] } | { ok: false; error: string };

const offset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function parseAnnotationLines(text: string): AnnotationLines {
  const lines: AnnotationLine[] = [];
  const rows = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < rows.length; i += 1) {
    const row = (rows[i] as string).trim();
    if (row === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch {
      return { ok: false, error: `line ${i + 1} is not JSON` };
    }
    const entry = value as Partial<AnnotationLine> | null;
    const ok =
      entry !== null &&
      typeof entry === 'object' &&
      typeof entry.source === 'string' &&
      entry.source !== '' &&
      typeof entry.tag === 'string' &&
      entry.tag !== '' &&
      offset(entry.start) &&
      offset(entry.end) &&
      entry.start < entry.end;
    if (!ok) {
      return {
        ok: false,
        error: `line ${i + 1} is not an annotation ({"source", "tag", "start", "end"} with start < end)`,
      };
    }
    const { source, tag, start, end } = entry as AnnotationLine;
    lines.push({ line: i + 1, source, tag, start, end });
  }
  return { ok: true, lines };
}
