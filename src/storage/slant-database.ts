import { Dexie, type EntityTable } from 'dexie';
import type { PrimaryKeyOf, StoredRecord, StoredTableName } from '../domain/records';
import { applySchema } from './schema';

/** The Dexie table of a table in the registry (`domain/records/stored-tables.ts`). */
type StoredTable<T extends StoredTableName> = EntityTable<StoredRecord<T>, PrimaryKeyOf<T>>;

/** One property per table in the registry: `implements` makes the compiler check none is missing. */
type StoredTableProperties = { [T in StoredTableName]: StoredTable<T> };

export const DEFAULT_DATABASE_NAME = 'slant';

/** Slant's IndexedDB database: the single source of truth for the user's work (ARCHITECTURE.md §7). */
export class SlantDatabase extends Dexie implements StoredTableProperties {
  documents!: StoredTable<'documents'>;
  annotations!: StoredTable<'annotations'>;
  tags!: StoredTable<'tags'>;
  outlets!: StoredTable<'outlets'>;
  collections!: StoredTable<'collections'>;
  meta!: StoredTable<'meta'>;
  claims!: StoredTable<'claims'>;
  lessons!: StoredTable<'lessons'>;
  submissions!: StoredTable<'submissions'>;
  dismissedSuggestions!: StoredTable<'dismissedSuggestions'>;
  layers!: StoredTable<'layers'>;
  tombstones!: StoredTable<'tombstones'>;
  unplaced!: StoredTable<'unplaced'>;
  learnedModels!: StoredTable<'learnedModels'>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    // Query results are shared, not deep-cloned for each reader: cloning 5,000 annotations on
    // every change cost tens of milliseconds. Nothing may mutate a record it read.
    super(name, { cache: 'immutable' });
    applySchema(this);
  }
}
