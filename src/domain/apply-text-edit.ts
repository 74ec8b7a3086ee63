import { describe, transformRange } from './anchoring';
import type { TextEdit, TextRange } from './anchoring';
import type { Annotation } from './types';
import { marksPassage } from './annotation-on-passage';

/**
 * Where annotations stand after the user edits a document's text in Slant. Each range moves with
 * the edit; a range whose text was wholly deleted leaves its annotation orphaned (kept, with its
 * old quote, for the user to re-attach), never deleted.
 */
export type LiveRanges = ReadonlyMap<string, TextRange | null>;

export function liveRangesOf(annotations: readonly Annotation[]): LiveRanges {
  return new Map(
    annotations.map((a) => [
      a.id,
      a.status === 'anchored' ? { start: a.target.start, end: a.target.end } : null,
    ]),
  );
}

export function moveLiveRanges(ranges: LiveRanges, edit: TextEdit): LiveRanges {
  const moved = new Map<string, TextRange | null>();
  for (const [id, range] of ranges) moved.set(id, range && transformRange(range, edit));
  return moved;
}

/** Applies live ranges: orphans what lost its text, and lets `place` move the rest. */
function placeEach(
  annotations: readonly Annotation[],
  ranges: LiveRanges,
  place: (annotation: Annotation, range: TextRange, unmoved: boolean) => Annotation,
): Annotation[] {
  return annotations.map((a) => {
    const range = ranges.get(a.id);
    if (range === undefined) return a;
    if (range === null) return a.status === 'orphaned' ? a : { ...a, status: 'orphaned' };
    const unmoved = marksPassage(a, range);
    return place(a, range, unmoved);
  });
}

/**
 * Where the annotations stand while the user types: positions only, cheap enough for every
 * keystroke. Quotes and context are re-described when the text is saved (`placeOnEditedText`).
 */
export function positionsWhileEditing(
  annotations: readonly Annotation[],
  ranges: LiveRanges,
): Annotation[] {
  return placeEach(annotations, ranges, (a, { start, end }, unmoved) =>
    unmoved ? a : { ...a, status: 'anchored', target: { ...a.target, start, end } },
  );
}

/** The annotations as they stand on `text`, given their live ranges. */
export function placeOnEditedText(
  text: string,
  annotations: readonly Annotation[],
  ranges: LiveRanges,
): Annotation[] {
  return placeEach(annotations, ranges, (a, { start, end }, unmoved) =>
    unmoved && text.slice(start, end) === a.target.exact
      ? a
      : { ...a, status: 'anchored', target: describe(text, start, end) },
  );
}
