import type { Dexie, Transaction } from 'dexie';
import type { StoredTableName } from '../domain/records';
import { addLayers } from './upgrades/add-layers';

/**
 * Every schema version the database has had, oldest first. Dexie needs them all to upgrade a
 * database from any earlier version, so a new version is appended here with its `upgrade`, and
 * never replaces an old one. Test each upgrade from a database the previous version filled.
 */
export interface SchemaVersion {
  version: number;
  /** Index strings of the tables this version adds or changes: only the registry's tables. */
  stores: Partial<Record<StoredTableName, string | null>>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      documents: 'id, title, outletId, publishedAt, importedAt, contentHash, *collectionIds',
      annotations: 'id, documentId, *tagIds, updatedAt',
      tags: 'id, taxonomyId, order',
      outlets: 'id, name, *domains',
      collections: 'id, name',
      meta: 'key',
    },
  },
  {
    // The trash: a deleted document keeps everything and gets `deletedAt` until the trash is
    // emptied. Nothing to migrate: no document has the field yet.
    version: 2,
    stores: {
      documents:
        'id, title, outletId, publishedAt, importedAt, contentHash, *collectionIds, deletedAt',
    },
  },
  {
    // Claims (Compare), lessons and students' submissions (Class), and the suggestions a reader
    // dismissed. New tables only: nothing to migrate.
    version: 3,
    stores: {
      claims: 'id, name, *annotationIds, updatedAt',
      lessons: 'id, role, createdAt',
      submissions: 'id, lessonId',
      dismissedSuggestions: 'id, documentId',
    },
  },
  {
    // Annotation layers: every annotation, claim and dismissed suggestion belongs to one, and a
    // deleted annotation leaves a tombstone. The upgrade moves keys and students' work out of
    // their lessons and submissions into layers of their own (upgrades/add-layers.ts).
    version: 4,
    stores: {
      annotations: 'id, documentId, *tagIds, updatedAt, layerId',
      claims: 'id, name, *annotationIds, updatedAt, layerId',
      dismissedSuggestions: 'id, documentId, layerId',
      layers: 'id, kind, lessonId',
      tombstones: 'id, layerId, documentId, deletedAt',
    },
    upgrade: addLayers,
  },
  {
    // The Unplaced list: imported annotations on no document yet, and notes on a whole page.
    // A new table only: nothing to migrate.
    version: 5,
    stores: {
      unplaced: 'id, layerId, documentId',
    },
  },
  {
    // Models learned from the reader's own annotations, one per tag. A new table only: nothing
    // to migrate (each model is learned again from the annotations it came from).
    version: 6,
    stores: {
      learnedModels: 'tag',
    },
  },
];

export function applySchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
