/**
 * Annotation layers (ARCHITECTURE.md §3): every annotation, claim and dismissed suggestion
 * belongs to exactly one layer, the unit of ownership. A layer says whose work it is, whether
 * this browser may edit it, and which lesson it belongs to, so that a student's lesson work,
 * their practice, the teacher's key and each classmate's imported work never mix.
 */
import { DEFAULT_LAYER_ID, type AnnotationLayer } from '../records';
import type { IsoDate } from '../types';

export { DEFAULT_LAYER_ID };

/** Distinct, readable on white, for read-only layers shown beside the one being edited. */
export const LAYER_COLOURS = [
  '#1f6feb',
  '#b35900',
  '#7a3ec8',
  '#0a7d5a',
  '#c0265e',
  '#5c6b00',
  '#00708a',
  '#8a4b2a',
] as const;

export function defaultLayer(owner: string, now: IsoDate): AnnotationLayer {
  return {
    id: DEFAULT_LAYER_ID,
    kind: 'mine',
    owner,
    label: 'My annotations',
    colour: LAYER_COLOURS[0],
    readOnly: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** The id of a lesson's answer key layer: one per lesson, so it is found without a query. */
export const lessonKeyLayerId = (lessonId: string) => `layer-key-${lessonId}`;

/** The id of this browser's own work on a lesson (a student's, or a teacher trying it out). */
export const lessonWorkLayerId = (lessonId: string) => `layer-work-${lessonId}`;

/** The id of the read-only layer holding one student's work imported by the teacher. */
export const submissionLayerId = (submissionId: string) => `layer-submission-${submissionId}`;

/** A colour for the nth layer made, cycling through the palette. */
export const layerColour = (index: number): string =>
  LAYER_COLOURS[index % LAYER_COLOURS.length] ?? LAYER_COLOURS[0];

/** A new layer for annotations imported from a file, named after it; kept apart and shown on request. */
export function importedLayer(
  id: string,
  fileName: string,
  index: number,
  now: IsoDate,
): AnnotationLayer {
  return {
    id,
    kind: 'imported',
    owner: '',
    label: fileName,
    colour: layerColour(index),
    readOnly: false,
    createdAt: now,
    updatedAt: now,
  };
}
