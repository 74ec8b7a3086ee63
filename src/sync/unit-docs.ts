/**
 * The shape of each unit's Y.Doc: which top-level maps and texts it holds, and how each kind of
 * record is laid out in them (see record-map.ts). The app's bridge maps its tables onto these;
 * the server never looks inside.
 *
 * - catalogue: one map per record kind (`collections`, `tags`, `outlets`, `documents` holding
 *   document metadata without the text, `lessons` without their keys);
 * - text: the document's canonical text as one Y.Text `text`;
 * - layer: `meta` (the layer's label, kind, lessonId, ...) and maps `annotations`, `claims`,
 *   `dismissed` (rejected suggestions);
 * - key: a lesson's answer key as a map `annotations`.
 */
import type * as Y from 'yjs';
import type { RecordMap, RecordShape } from './record-map';

export const CATALOGUE_KINDS = ['collections', 'tags', 'outlets', 'documents', 'lessons'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const LAYER_KINDS = ['annotations', 'claims', 'dismissed'] as const;
export type LayerRecordKind = (typeof LAYER_KINDS)[number];

/** Annotations: the note merges as text, the tag-specific answers merge field by field. */
export const ANNOTATION_SHAPE: RecordShape = { text: ['note'], maps: ['fields'] };
export const CLAIM_SHAPE: RecordShape = { text: ['note'] };
export const OUTLET_SHAPE: RecordShape = { text: ['notes'] };
export const COLLECTION_SHAPE: RecordShape = { text: ['description'] };
export const LESSON_SHAPE: RecordShape = { text: ['instructions'] };
export const PLAIN_SHAPE: RecordShape = {};

export const RECORD_SHAPES: Record<CatalogueKind | LayerRecordKind, RecordShape> = {
  collections: COLLECTION_SHAPE,
  tags: PLAIN_SHAPE,
  outlets: OUTLET_SHAPE,
  documents: PLAIN_SHAPE,
  lessons: LESSON_SHAPE,
  annotations: ANNOTATION_SHAPE,
  claims: CLAIM_SHAPE,
  dismissed: PLAIN_SHAPE,
};

export function catalogueRecords(doc: Y.Doc, kind: CatalogueKind): RecordMap {
  return doc.getMap(kind);
}

export function documentText(doc: Y.Doc): Y.Text {
  return doc.getText('text');
}

export function layerRecords(doc: Y.Doc, kind: LayerRecordKind): RecordMap {
  return doc.getMap(kind);
}

export function layerMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function keyAnnotations(doc: Y.Doc): RecordMap {
  return doc.getMap('annotations');
}
