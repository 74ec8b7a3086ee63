/**
 * Every table Slant stores, in one place: its record's schema, the field that is its primary key,
 * and whether a backup holds it. The database declares exactly these tables
 * (`storage/slant-database.ts`, checked against `storage/schema.ts` by a test); the backup writes,
 * validates and restores exactly the ones marked for it (`io/backup`), so a new table cannot be
 * missing from one of them.
 */
import type { z } from 'zod';
import { annotationSchema } from './annotation';
import { claimSchema } from './claim';
import { collectionSchema } from './collection';
import { dismissedSuggestionSchema } from './dismissed-suggestion';
import { documentSchema } from './document';
import { layerSchema } from './layer';
import { learnedModelSchema } from './learned-model';
import { lessonSchema } from './lesson';
import { metaRecordSchema } from './meta';
import { outletSchema } from './outlet';
import { submissionSchema } from './submission';
import { tagSchema } from './tag';
import { tombstoneSchema } from './tombstone';
import { unplacedSchema } from './unplaced';

/**
 * How a backup holds a table: `since`, the backup format version that added it; `reference`,
 * small reference data that other records point at, which a backup file lists first.
 */
export interface BackupEntry {
  since: number;
  reference?: boolean;
}

/** A table whose primary key is one of its record's fields, proven by the compiler. */
function table<
  S extends z.ZodType<object>,
  const K extends keyof z.output<S> & string,
  const B extends BackupEntry | undefined = undefined,
>(schema: S, key: K, backup?: B) {
  return { schema, key, backup: backup as B };
}

export const STORED_TABLES = {
  documents: table(documentSchema, 'id', { since: 1 }),
  annotations: table(annotationSchema, 'id', { since: 1 }),
  tags: table(tagSchema, 'id', { since: 1, reference: true }),
  outlets: table(outletSchema, 'id', { since: 1, reference: true }),
  collections: table(collectionSchema, 'id', { since: 1, reference: true }),
  claims: table(claimSchema, 'id', { since: 2 }),
  lessons: table(lessonSchema, 'id', { since: 2 }),
  submissions: table(submissionSchema, 'id', { since: 2 }),
  layers: table(layerSchema, 'id', { since: 3, reference: true }),
  tombstones: table(tombstoneSchema, 'id', { since: 3 }),
  unplaced: table(unplacedSchema, 'id', { since: 4 }),
  // The user's facts (when a lesson's articles changed, `metaInBackup`) and the suggestions
  // they dismissed; this browser's own one-time markers stay out of a backup.
  meta: table(metaRecordSchema, 'key', { since: 4 }),
  dismissedSuggestions: table(dismissedSuggestionSchema, 'id', { since: 4 }),
  // Models learned from the reader's own annotations: derived, learned again from them if lost.
  learnedModels: table(learnedModelSchema, 'tag'),
};

export type StoredTables = typeof STORED_TABLES;
export type StoredTableName = keyof StoredTables;
export type StoredRecord<T extends StoredTableName> = z.output<StoredTables[T]['schema']>;
/** The primary key's field; `table` proved it is one of the record's, `Extract` says so to generic code. */
export type PrimaryKeyOf<T extends StoredTableName> = Extract<
  StoredTables[T]['key'],
  keyof StoredRecord<T>
>;

export const STORED_TABLE_NAMES = Object.keys(STORED_TABLES) as StoredTableName[];
