import { Dexie, type EntityTable } from 'dexie';
import type {
  Annotation,
  Claim,
  Collection,
  Lesson,
  Outlet,
  SlantDocument,
  Submission,
  Tag,
} from '../domain/types';
import { applySchema } from './schema';

/** A small key-value store for one-time facts such as "the sample collection was loaded". */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * A suggestion the reader rejected, so it stays rejected. Keyed by document, tag and passage: the
 * same words suggested elsewhere in the text are a separate suggestion.
 */
export interface DismissedSuggestion {
  id: string;
  documentId: string;
  tag: string;
  start: number;
  end: number;
  exact: string;
  dismissedAt: string;
}

export const DEFAULT_DATABASE_NAME = 'slant';

/** Slant's IndexedDB database: the single source of truth for the user's work (ARCHITECTURE.md §7). */
export class SlantDatabase extends Dexie {
  documents!: EntityTable<SlantDocument, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
  outlets!: EntityTable<Outlet, 'id'>;
  collections!: EntityTable<Collection, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  claims!: EntityTable<Claim, 'id'>;
  lessons!: EntityTable<Lesson, 'id'>;
  submissions!: EntityTable<Submission, 'id'>;
  dismissedSuggestions!: EntityTable<DismissedSuggestion, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    // Query results are shared, not deep-cloned for each reader: cloning 5,000 annotations on
    // every change cost tens of milliseconds. Nothing may mutate a record it read.
    super(name, { cache: 'immutable' });
    applySchema(this);
  }
}
