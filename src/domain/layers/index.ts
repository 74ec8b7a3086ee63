export {
  DEFAULT_LAYER_ID,
  LAYER_COLOURS,
  LAYER_KINDS,
  defaultLayer,
  layerColour,
  lessonKeyLayerId,
  lessonWorkLayerId,
  type AnnotationLayer,
  type LayerKind,
} from './annotation-layer';
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
export { TOMBSTONE_DAYS, tombstoneExpired, type Tombstone } from './tombstone';
export { activeLayerFor, defaultActiveLayer, editableLayers } from './choose-layer';
