/**
 * The annotation already on exactly a passage: a second tag, or a claim, joins it rather than
 * laying a second highlight over the same words. An orphan marks no passage, so it never matches.
 *
 * A tag press asks this of thousands of annotations: it is answered from an index by passage,
 * kept for the list last asked about. A new list (one annotation tagged, stored, changed or
 * deleted, here or in another tab) updates that index from the previous list: the two are
 * compared by identity from both ends, and only the stretch between is indexed again.
 */
import type { TextRange } from './anchoring/text-range';
import { changedStretch } from './changed-stretch';
import type { Annotation } from './types';

export function marksPassage(annotation: Annotation, passage: TextRange): boolean {
  return (
    annotation.status === 'anchored' &&
    annotation.target.start === passage.start &&
    annotation.target.end === passage.end
  );
}

/** Anchored annotations by `start:end`; a passage marked more than once lists each. */
type ByPassage = Map<string, Annotation[]>;

const keyOf = (range: TextRange) => `${range.start}:${range.end}`;

/** More changed annotations than this between two lists: index again rather than update. */
const MOST_UPDATED = 64;

let last: { annotations: readonly Annotation[]; byPassage: ByPassage } | null = null;

function add(byPassage: ByPassage, annotation: Annotation) {
  if (annotation.status !== 'anchored') return;
  const key = keyOf(annotation.target);
  const list = byPassage.get(key);
  if (list) list.push(annotation);
  else byPassage.set(key, [annotation]);
}

function remove(byPassage: ByPassage, annotation: Annotation) {
  if (annotation.status !== 'anchored') return;
  const key = keyOf(annotation.target);
  const list = byPassage.get(key)?.filter((a) => a !== annotation);
  if (!list?.length) byPassage.delete(key);
  else byPassage.set(key, list);
}

function indexAll(annotations: readonly Annotation[]): ByPassage {
  const byPassage: ByPassage = new Map();
  for (const annotation of annotations) add(byPassage, annotation);
  return byPassage;
}

/** The previous index moved on to `next`, or `null` when too much changed. */
function updated(
  previous: readonly Annotation[],
  byPassage: ByPassage,
  next: readonly Annotation[],
) {
  const { head, tail } = changedStretch(previous, next);
  const gone = previous.length - tail - head;
  const come = next.length - tail - head;
  if (gone + come > MOST_UPDATED) return null;
  for (let i = head; i < previous.length - tail; i += 1) remove(byPassage, previous[i]!);
  for (let i = head; i < next.length - tail; i += 1) add(byPassage, next[i]!);
  return byPassage;
}

function indexFor(annotations: readonly Annotation[]): ByPassage {
  if (last?.annotations === annotations) return last.byPassage;
  const byPassage =
    (last && updated(last.annotations, last.byPassage, annotations)) || indexAll(annotations);
  last = { annotations, byPassage };
  return byPassage;
}

export function annotationOnPassage(
  annotations: readonly Annotation[],
  passage: TextRange,
): Annotation | undefined {
  const marking = indexFor(annotations).get(keyOf(passage));
  if (!marking) return undefined;
  // Several on one passage (made in two tabs at once, say): the first in the list, as before.
  if (marking.length === 1) return marking[0];
  const one = new Set(marking);
  return annotations.find((annotation) => one.has(annotation));
}
