/**
 * The page's storage: one repository of each kind, bound to the page's one database. Code
 * outside src/storage reads and writes through these (and `useLiveRead` for live queries),
 * never through Dexie or the database itself; ESLint holds that line.
 */
import { annotationsRepository } from './annotations-repository';
import { backupsRepository } from './backups-repository';
import { claimsRepository } from './claims-repository';
import { collectionsRepository } from './collections-repository';
import { dismissedSuggestionsRepository } from './dismissed-suggestions-repository';
import { documentsRepository } from './documents-repository';
import { layersRepository } from './layers-repository';
import { learningRepository } from './learning-repository';
import { lessonPacksRepository } from './lesson-packs-repository';
import { lessonsRepository } from './lessons-repository';
import { metaRepository } from './meta-repository';
import {
  openStorage,
  prepareLibrary,
  prepareRestoredLibrary,
  type OpenStorageEvents,
} from './open-storage';
import { outletsRepository } from './outlets-repository';
import { db } from './page-database';
import { onRecordsChanged, type ChangedKeys } from './record-changes';
import type { SeedArticle } from './sample-collection';
import { submissionsRepository } from './submissions-repository';
import { tagsRepository } from './tags-repository';
import { syncRepository } from './sync-repository';
import { unplacedRepository } from './unplaced-repository';

export const annotations = annotationsRepository(db);
export const backups = backupsRepository(db);
export const claims = claimsRepository(db);
export const collections = collectionsRepository(db);
export const dismissedSuggestions = dismissedSuggestionsRepository(db);
export const documents = documentsRepository(db);
export const layers = layersRepository(db);
/** What suggestions learn from the reader's annotations, and the models learned. */
export const learning = learningRepository(db);
export const lessonPacks = lessonPacksRepository(db);
export const lessons = lessonsRepository(db);
export const meta = metaRepository(db);
export const outlets = outletsRepository(db);
export const submissions = submissionsRepository(db);
export const tags = tagsRepository(db);
export const unplaced = unplacedRepository(db);
/** Team sync's side of the database (src/state/sync): memberships, units' states, guarded writes. */
export const sync = syncRepository(db);

/** Opens the page's database, with the default tags and the sample collection the first time. */
export const openPageStorage = (
  seeds: readonly SeedArticle[],
  events: OpenStorageEvents,
  options: { knownLibrary?: boolean } = {},
) => openStorage(db, seeds, events, options);

/** Starts an empty database afresh: the defaults and the sample collection. */
export const preparePageLibrary = (seeds: readonly SeedArticle[]) => prepareLibrary(db, seeds);

/** Finishes a library restored from a backup into an empty database (no samples added). */
export const prepareRestoredPageLibrary = () => prepareRestoredLibrary(db);

/** The annotations changed by each write, here or in another tab (`record-changes.ts`). */
export const onAnnotationsChanged = (listener: (changed: ChangedKeys) => void) =>
  onRecordsChanged(db.name, 'annotations', listener);

/** The documents changed by each write, here or in another tab. */
export const onDocumentsChanged = (listener: (changed: ChangedKeys) => void) =>
  onRecordsChanged(db.name, 'documents', listener);

export { useLiveRead, useSettledRead } from './live-read';
export { keptRead, useKeptRead, type KeptRead } from './kept-read';
export type { ChangedKeys } from './record-changes';
export { onDatabaseChange } from './on-change';
export { derivedCache, forgetDerived } from './derived-cache';
export type { SubmissionWork } from './submissions-repository';
export type {
  ChangedRows,
  GuardedWrite,
  ReadOnlyShared,
  Row,
  SavedUnit,
  SyncedTable,
} from './sync-repository';
