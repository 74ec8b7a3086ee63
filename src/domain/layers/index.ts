export {
  DEFAULT_LAYER_ID,
  LAYER_COLOURS,
  defaultLayer,
  importedLayer,
  layerColour,
  lessonKeyLayerId,
  lessonWorkLayerId,
  submissionLayerId,
} from './annotation-layer';
export { LAYER_KINDS, type AnnotationLayer, type LayerKind, type Tombstone } from '../records';
export {
  describeMerge,
  mergeCounts,
  mergeWrites,
  planMerge,
  type MergeCounts,
  type MergePlan,
  type Versioned,
} from './merge-incoming';
export { sameContent } from './same-content';
export { TOMBSTONE_DAYS, tombstoneExpired } from './tombstone';
export { activeLayerFor, defaultActiveLayer, editableLayers } from './choose-layer';
export {
  liftOldCopies,
  lessonWorkLayer,
  lessonWorkOf,
  oldAnnotationLayerId,
  type OldAnnotation,
  type OldLesson,
  type OldLessonWithKey,
  type OldSubmission,
} from './old-work';
export {
  countPerLayer,
  countedLayersText,
  defaultCountedLayers,
  layerName,
} from './counted-layers';
