import type { DecoratedRange, Text } from 'slate';
import { changedStretch } from '../domain/changed-stretch';
import { inReadingOrder } from '../domain/reading-order';
import type { Annotation } from '../domain/types';
import type { LeafHighlight } from './slate-types';
import type { TextPositions } from './text-positions';

/**
 * Annotations indexed by paragraph block, as Slate decorations (ARCHITECTURE.md §6). `decorate`
 * then only looks up its block. Rebuilding keeps the previous array for every block whose
 * highlights did not change, so a new annotation re-renders only the blocks it touches.
 */
export type HighlightIndex = ReadonlyMap<number, DecoratedRange[]>;

export const NO_DECORATIONS: DecoratedRange[] = [];

export type HighlightDecoration = DecoratedRange & { highlights: LeafHighlight[] };

/** Overlapping highlights add up on a leaf, rather than the last one replacing the others. */
function mergeHighlights(leaf: Text, decoration: object) {
  const { highlights } = decoration as HighlightDecoration;
  leaf.highlights = leaf.highlights ? [...leaf.highlights, ...highlights] : highlights;
}

/** Whether two builds of a block's decorations draw the same thing (so the old can be kept). */
export function sameDecorations(
  a: readonly HighlightDecoration[],
  b: readonly HighlightDecoration[],
) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    const hx = x.highlights[0]!;
    const hy = y.highlights[0]!;
    if (
      x.anchor.offset !== y.anchor.offset ||
      x.focus.offset !== y.focus.offset ||
      hx.annotationId !== hy.annotationId ||
      hx.tagId !== hy.tagId ||
      hx.length !== hy.length ||
      hx.layerColour !== hy.layerColour
    ) {
      return false;
    }
  }
  return true;
}

/** The last index built for each document, and from what, so the next build can reuse it. */
interface Built {
  annotations: readonly Annotation[];
  positions: TextPositions;
  layerColourOf: LayerColourOf;
  index: HighlightIndex;
}
const lastBuilt = new Map<string, Built>();

/**
 * Gives the colour of the layer an annotation is shown in read-only, or `undefined` for the
 * layer being edited.
 */
export type LayerColourOf = (annotation: Annotation) => string | undefined;

const EDITED: LayerColourOf = () => undefined;

/** The index for a document's annotations, reusing what its previous build can. */
export function highlightIndexFor(
  documentId: string,
  annotations: readonly Annotation[],
  positions: TextPositions,
  layerColourOf: LayerColourOf = EDITED,
): HighlightIndex {
  const before = lastBuilt.get(documentId);
  const index =
    (before?.positions === positions &&
      before.layerColourOf === layerColourOf &&
      updateHighlightIndex(before, annotations)) ||
    buildHighlightIndex(annotations, positions, before?.index, layerColourOf);
  lastBuilt.delete(documentId);
  lastBuilt.set(documentId, { annotations, positions, layerColourOf, index });
  // Keep the indexes of the few documents opened last, not of every one ever opened.
  if (lastBuilt.size > 8) lastBuilt.delete(lastBuilt.keys().next().value!);
  return index;
}

/** More changed annotations than this between two builds: build again rather than update. */
const MOST_UPDATED = 64;

/**
 * The index after a few annotations changed (one tagged, one stored, one deleted), made from
 * the previous one in the time those few take: the lists are compared by identity from both
 * ends (no lookups), and only the blocks of the changed stretch are made again. `null` when the
 * stretch is long (an import, a layer shown): then a full build is as quick.
 */
function updateHighlightIndex(
  { annotations: previous, positions, layerColourOf, index }: Built,
  next: readonly Annotation[],
): HighlightIndex | null {
  const { head, tail } = changedStretch(previous, next);
  const gone = previous.slice(head, previous.length - tail);
  const come = next.slice(head, next.length - tail);
  if (gone.length + come.length > MOST_UPDATED) return null;

  const placedOf = placer(positions, layerColourOf);
  // By id: a block may still hold an earlier copy's decorations (kept as the same drawing).
  const dropped = new Set(gone.map((a) => a.id));
  const blocks = new Set<number>();
  for (const annotation of gone) for (const [block] of placedOf(annotation)) blocks.add(block);
  const added = new Map<number, HighlightDecoration[]>();
  for (const annotation of come) {
    for (const [block, decoration] of placedOf(annotation)) {
      const list = added.get(block);
      if (list) list.push(decoration);
      else added.set(block, [decoration]);
      blocks.add(block);
    }
  }

  let updated: Map<number, DecoratedRange[]> | null = null;
  for (const block of blocks) {
    const before = (index.get(block) ?? NO_DECORATIONS) as HighlightDecoration[];
    const after = before.filter((d) => !dropped.has(d.highlights[0]!.annotationId));
    for (const decoration of added.get(block) ?? []) {
      if (!insertInListOrder(after, decoration, layerColourOf)) return null;
    }
    if (sameDecorations(before, after)) continue;
    updated ??= new Map(index);
    if (after.length > 0) updated.set(block, after);
    else updated.delete(block);
  }
  // Nothing drawn differs (the database's copy of a just drawn annotation): the same index,
  // so the editor has nothing to re-decorate.
  return updated ?? index;
}

/**
 * Puts a decoration among a block's, where a full build would have it: the list being drawn
 * holds the edited layer's annotations, then other layers', each in reading order. False when
 * a decoration's annotation is unknown.
 */
function insertInListOrder(
  decorations: HighlightDecoration[],
  decoration: HighlightDecoration,
  layerColourOf: LayerColourOf,
): boolean {
  const annotation = annotationOf.get(decoration);
  if (!annotation) return false;
  const group = (a: Annotation) => (layerColourOf(a) === undefined ? 0 : 1);
  let at = decorations.length;
  for (let i = 0; i < decorations.length; i += 1) {
    const other = annotationOf.get(decorations[i]!);
    if (!other) return false;
    if ((group(other) - group(annotation) || inReadingOrder(other, annotation)) > 0) {
      at = i;
      break;
    }
  }
  decorations.splice(at, 0, decoration);
  return true;
}

/**
 * Each annotation's decorations, by block, for one text and one way of colouring layers: kept
 * while the annotation object is the same, so that a change to one annotation among thousands
 * (a tag, a keystroke that moves a few) makes only its own decorations again.
 */
type Placed = readonly (readonly [block: number, decoration: HighlightDecoration])[];
const placedCache = new WeakMap<
  TextPositions,
  WeakMap<LayerColourOf, WeakMap<Annotation, Placed>>
>();

function cacheFor(positions: TextPositions, layerColourOf: LayerColourOf) {
  let byColour = placedCache.get(positions);
  if (!byColour) placedCache.set(positions, (byColour = new WeakMap()));
  let byAnnotation = byColour.get(layerColourOf);
  if (!byAnnotation) byColour.set(layerColourOf, (byAnnotation = new WeakMap()));
  return byAnnotation;
}

/** Places annotations on one text, each once: its decorations by block, from the cache. */
function placer(positions: TextPositions, layerColourOf: LayerColourOf) {
  const cache = cacheFor(positions, layerColourOf);
  return (annotation: Annotation) => {
    let placed = cache.get(annotation);
    if (!placed) cache.set(annotation, (placed = place(annotation, positions, layerColourOf)));
    return placed;
  };
}

/**
 * `index` with `extra` annotations drawn as well, each where a full build would put it, unless
 * the index draws it already (by id). For annotations just made: the text shows them at once,
 * before the view that builds the index has caught up. The same index when nothing is added.
 */
export function withAnnotationsDrawn(
  index: HighlightIndex,
  extra: readonly Annotation[],
  positions: TextPositions,
  layerColourOf: LayerColourOf = EDITED,
): HighlightIndex {
  const placedOf = placer(positions, layerColourOf);
  let drawn: Map<number, DecoratedRange[]> | null = null;
  for (const annotation of extra) {
    for (const [block, decoration] of placedOf(annotation)) {
      const before = ((drawn ?? index).get(block) ?? NO_DECORATIONS) as HighlightDecoration[];
      if (before.some((d) => d.highlights[0]!.annotationId === annotation.id)) continue;
      const after = [...before];
      if (!insertInListOrder(after, decoration, layerColourOf)) after.push(decoration);
      drawn ??= new Map(index);
      drawn.set(block, after);
    }
  }
  return drawn ?? index;
}

const NOTHING_PLACED: Placed = [];

/** The annotation each placed decoration draws, for putting a new one in order among them. */
const annotationOf = new WeakMap<HighlightDecoration, Annotation>();

/** A highlight over `[from, to)` of a block, as a decoration that merges with overlapping ones. */
export function highlightDecoration(
  block: number,
  from: number,
  to: number,
  highlight: LeafHighlight,
): HighlightDecoration {
  return {
    anchor: { path: [block, 0], offset: from },
    focus: { path: [block, 0], offset: to },
    highlights: [highlight],
    merge: mergeHighlights,
  };
}

function place(
  annotation: Annotation,
  positions: TextPositions,
  layerColourOf: LayerColourOf,
): Placed {
  if (annotation.status !== 'anchored') return NOTHING_PLACED;
  const { start, end } = annotation.target;
  if (end <= start) return NOTHING_PLACED;
  const layerColour = layerColourOf(annotation);
  const highlight: LeafHighlight = {
    annotationId: annotation.id,
    tagId: annotation.tagIds[0] ?? '',
    length: end - start,
    ...(layerColour && { layerColour }),
  };
  const placed: [number, HighlightDecoration][] = [];
  const decorate = (block: number, from: number, to: number) => {
    const decoration = highlightDecoration(block, from, to, highlight);
    annotationOf.set(decoration, annotation);
    return decoration;
  };
  const first = positions.blockAt(start);
  const last = positions.blockAt(end - 1);
  for (let block = first; block <= last; block += 1) {
    const blockStart = positions.starts[block] ?? 0;
    const blockEnd = (positions.starts[block + 1] ?? Infinity) - 1;
    const from = Math.max(start, blockStart) - blockStart;
    const to = Math.min(end, blockEnd) - blockStart;
    if (to <= from) continue;
    placed.push([block, decorate(block, from, to)]);
  }
  return placed;
}

function buildHighlightIndex(
  annotations: readonly Annotation[],
  positions: TextPositions,
  previous?: HighlightIndex,
  layerColourOf: LayerColourOf = EDITED,
): HighlightIndex {
  const placedOf = placer(positions, layerColourOf);
  const byBlock = new Map<number, HighlightDecoration[]>();
  for (const annotation of annotations) {
    for (const [block, decoration] of placedOf(annotation)) {
      const list = byBlock.get(block);
      if (list) list.push(decoration);
      else byBlock.set(block, [decoration]);
    }
  }

  const index = new Map<number, DecoratedRange[]>();
  for (const [block, decorations] of byBlock) {
    const before = previous?.get(block) as HighlightDecoration[] | undefined;
    index.set(block, before && sameDecorations(before, decorations) ? before : decorations);
  }
  return index;
}
