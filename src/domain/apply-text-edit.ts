import { describe, transformRange } from './anchoring';
import type { TextEdit } from './anchoring';
import type { Annotation } from './types';

/**
 * Where annotations stand after the user edits a document's text in Slant. Each range moves with
 * the edit; a range whose text was wholly deleted leaves its annotation orphaned (kept, with its
 * old quote, for the user to re-attach), never deleted.
 */
export type LiveRanges = ReadonlyMap<string, { start: number; end: number } | null>;

export function liveRangesOf(annotations: readonly Annotation[]): LiveRanges {
  return new Map(
    annotations.map((a) => [
      a.id,
      a.status === 'anchored' ? { start: a.target.start, end: a.target.end } : null,
    ]),
  );
}

export function moveLiveRanges(ranges: LiveRanges, edit: TextEdit): LiveRanges {
  const moved = new Map<string, { start: number; end: number } | null>();
  for (const [id, range] of ranges) moved.set(id, range && transformRange(range, edit));
  return moved;
}

/**
 * Where the annotations stand while the user types: positions only, cheap enough for every
 * keystroke. Quotes and context are re-described when the text is saved (`placeOnEditedText`).
 */
export function positionsWhileEditing(
  annotations: readonly Annotation[],
  ranges: LiveRanges,
): Annotation[] {
  return annotations.map((a) => {
    const range = ranges.get(a.id);
    if (range === undefined) return a;
    if (range === null) return a.status === 'orphaned' ? a : { ...a, status: 'orphaned' };
    if (a.status === 'anchored' && a.target.start === range.start && a.target.end === range.end) {
      return a;
    }
    return {
      ...a,
      status: 'anchored',
      target: { ...a.target, start: range.start, end: range.end },
    };
  });
}

/** The annotations as they stand on `text`, given their live ranges. */
export function placeOnEditedText(
  text: string,
  annotations: readonly Annotation[],
  ranges: LiveRanges,
): Annotation[] {
  return annotations.map((a) => {
    const range = ranges.get(a.id);
    if (range === undefined) return a;
    if (range === null) return a.status === 'orphaned' ? a : { ...a, status: 'orphaned' };
    if (a.status === 'anchored' && a.target.start === range.start && a.target.end === range.end) {
      if (text.slice(range.start, range.end) === a.target.exact) return a;
    }
    return { ...a, status: 'anchored', target: describe(text, range.start, range.end) };
  });
}
