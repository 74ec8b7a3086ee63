/**
 * The layers Compare counts on the compared articles: the reader's choice if they made one,
 * else the layers they edit there (`defaultCountedLayers`); with the layers to offer (those
 * with annotations here, and those counted), each one's count, and the choice in words.
 */
import { useMemo } from 'react';
import {
  countPerLayer,
  countedLayersText,
  defaultCountedLayers,
  type AnnotationLayer,
} from '../../domain/layers';
import type { Annotation } from '../../domain/types';
import { useLessons } from '../../state/class';
import { useLayerView } from '../../state/layer-view';
import { useLayers } from '../../state/live-queries';

const NONE: readonly AnnotationLayer[] = [];

export function useCountedLayers(
  documentIds: readonly string[],
  annotations: readonly Annotation[] | undefined,
) {
  const layers = useLayers() ?? NONE;
  const lessons = useLessons();
  const chosenByDocument = useLayerView((s) => s.chosenByDocument);
  const chosen = useLayerView((s) => s.countedInCompare ?? null);

  const fallback = useMemo(
    () => defaultCountedLayers(documentIds, chosenByDocument, layers, lessons ?? []),
    [documentIds, chosenByDocument, layers, lessons],
  );
  const countedIds = chosen ?? fallback;
  const counted = useMemo(() => new Set(countedIds), [countedIds]);
  const counts = useMemo(() => countPerLayer(annotations ?? []), [annotations]);
  const offered = useMemo(
    () => layers.filter((l) => counted.has(l.id) || (counts.get(l.id) ?? 0) > 0),
    [layers, counted, counts],
  );

  return {
    ready: lessons !== undefined,
    offered,
    counted,
    counts,
    isDefault: chosen === null,
    /** The counted layers in words, for the figures' note, the chart and the CSVs. */
    text: countedLayersText(countedIds, layers),
    choose: (layerIds: string[]) => useLayerView.getState().setCountedInCompare(layerIds),
    reset: () => useLayerView.getState().setCountedInCompare(null),
  };
}
