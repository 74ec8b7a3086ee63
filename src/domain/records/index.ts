/**
 * Slant's stored records, each defined once: a zod schema from which its TypeScript type is
 * inferred, so the type the app uses and the check every file import runs cannot drift apart.
 *
 * Records are strict objects: a field the data model does not have is refused rather than stored
 * (it would be invisible in Slant) or dropped (it would be lost without a word); a Slant that adds
 * a field raises the version of its file formats. `stored-tables.ts` lists the tables that hold
 * them.
 */
export { AFFILIATIONS, UNDERLINE_STYLES, type Affiliation, type UnderlineStyle } from './choices';
export {
  DEFAULT_LAYER_ID,
  FIELD_NAME,
  fieldNameSchema,
  idSchema,
  isoDateSchema,
  layerIdSchema,
  offsetSchema,
  type IsoDate,
} from './fields';
export { documentSchema, type SlantDocument } from './document';
export { outletSchema, type EvidenceLink, type Outlet } from './outlet';
export { tagSchema, type Tag } from './tag';
export {
  annotationSchema,
  type AnchorStatus,
  type Annotation,
  type AnnotationOrigin,
  type TextTarget,
} from './annotation';
export { collectionSchema, type Collection } from './collection';
export { claimSchema, type Claim } from './claim';
export { lessonSchema, type Lesson } from './lesson';
export { studentNameSchema, submissionSchema, type Submission } from './submission';
export { metaInBackup, metaRecordSchema, type MetaRecord } from './meta';
export { dismissedSuggestionSchema, type DismissedSuggestion } from './dismissed-suggestion';
export { LAYER_KINDS, layerSchema, type AnnotationLayer, type LayerKind } from './layer';
export { tombstoneSchema, type Tombstone } from './tombstone';
export {
  DEFAULT_LEARNING_SETTINGS,
  learnedModelSchema,
  learningSettingsSchema,
  type LearnedModelRecord,
  type LearningSettings,
} from './learned-model';
export {
  foreignPassageSchema,
  unplacedSchema,
  type ForeignPassage,
  type UnplacedAnnotation,
} from './unplaced';
export {
  STORED_TABLE_NAMES,
  STORED_TABLES,
  type BackupEntry,
  type PrimaryKeyOf,
  type StoredRecord,
  type StoredTableName,
  type StoredTables,
} from './stored-tables';
