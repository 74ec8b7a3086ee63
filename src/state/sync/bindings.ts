/**
 * How each kind of unit maps onto the Dexie tables (src/sync/unit-docs.ts has the Y.Doc side):
 * a layer's annotations, claims and dismissed suggestions carry the local layer id in Dexie and
 * none in the unit; the catalogue's documents travel without their text (each has a text unit)
 * and lessons without the browser's role; a tombstone deletes the row (an annotation also leaves
 * a tombstone of its own), except a document's, which puts it in the trash.
 */
import type * as Y from 'yjs';
import { readRecord, type PlainRecord, type RecordMap } from '../../sync/record-map';
import {
  catalogueRecords,
  documentText,
  layerRecords,
  keyAnnotations,
  RECORD_SHAPES,
  type CatalogueKind,
} from '../../sync/unit-docs';
import { sync, type GuardedWrite, type Row, type SyncedTable } from '../../storage';
import type { Binding, MapBinding, TextBinding } from './unit-bridge';

const omit = (row: Row, ...keys: string[]): PlainRecord => {
  const out: PlainRecord = { ...row };
  for (const key of keys) delete out[key];
  return out;
};

const deleteRow = (record: PlainRecord, current: Row): GuardedWrite => ({
  id: record.id,
  expected: current,
  next: null,
});

function layerMap(
  name: 'annotations' | 'claims' | 'dismissed',
  map: RecordMap,
  layerId: string,
): MapBinding {
  const table: SyncedTable = name === 'dismissed' ? 'dismissedSuggestions' : name;
  return {
    kind: 'map',
    name,
    map,
    shape: RECORD_SHAPES[name],
    table,
    rows: () => sync.rows(table, { layerId }),
    toUnit: (row) => omit(row, 'layerId'),
    toRow: (record) => ({ ...omit(record, 'deletedAt'), layerId }) as Row,
    onTombstone: (record, current) =>
      name === 'annotations'
        ? {
            ...deleteRow(record, current),
            tombstone: {
              layerId,
              documentId: String(current.documentId),
              deletedAt: String(record.deletedAt),
            },
          }
        : deleteRow(record, current),
  };
}

/** A member's layer unit mirrored into the local layer `layerId`. */
export function layerBindings(doc: Y.Doc, layerId: string): Binding[] {
  return (['annotations', 'claims', 'dismissed'] as const).map((kind) =>
    layerMap(kind, layerRecords(doc, kind), layerId),
  );
}

/** A lesson's key unit mirrored into the lesson's key layer. */
export function keyBindings(doc: Y.Doc, layerId: string): Binding[] {
  return [layerMap('annotations', keyAnnotations(doc), layerId)];
}

/** The catalogue: what owners share with everyone. `owner` decides the role lessons arrive with. */
export function catalogueBindings(doc: Y.Doc, owner: boolean): Binding[] {
  const plain = (kind: CatalogueKind, table: SyncedTable): MapBinding => ({
    kind: 'map',
    name: kind,
    map: catalogueRecords(doc, kind),
    shape: RECORD_SHAPES[kind],
    table,
    rows: () => sync.rows(table),
    toUnit: (row) => ({ ...row }),
    toRow: (record) => record as Row,
    onTombstone: deleteRow,
  });
  const documents: MapBinding = {
    ...plain('documents', 'documents'),
    toUnit: (row) => omit(row, 'text'),
    // A new document is written by its text unit, which has the text.
    toRow: (record, current) => (current ? ({ ...record, text: current.text } as Row) : null),
    onTombstone: (record, current) => {
      const next = { ...record, text: current.text } as Row;
      return { id: record.id, expected: current, next };
    },
  };
  const lessons: MapBinding = {
    ...plain('lessons', 'lessons'),
    // Only the lessons this browser made are shared; students' copies are theirs.
    rows: async () => (await sync.rows('lessons')).filter((l) => !owner || l.role === 'teacher'),
    toUnit: (row) => omit(row, 'role'),
    toRow: (record) => ({ ...record, role: owner ? 'teacher' : 'student' }) as Row,
  };
  return [
    plain('tags', 'tags'),
    plain('outlets', 'outlets'),
    plain('collections', 'collections'),
    documents,
    lessons,
  ];
}

/** A document's text unit; the document row is made from the catalogue's metadata and this text. */
export function textBindings(doc: Y.Doc, catalogue: Y.Doc, documentId: string): Binding[] {
  const binding: TextBinding = {
    kind: 'text',
    name: 'text',
    text: documentText(doc),
    documentId,
    toRow: (text, current) => {
      const meta = readRecord(catalogueRecords(catalogue, 'documents'), documentId);
      if (!meta) return current ? ({ ...current, text } as Row) : null;
      return { ...(current ?? {}), ...omit(meta as Row, 'text'), text } as Row;
    },
  };
  return [binding];
}
