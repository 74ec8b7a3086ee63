/**
 * The layers of the annotate view: which one is edited (chosen, or the default for this article),
 * which others are shown beside it read-only, and the document's annotations split accordingly.
 * Keys, undo, suggestions and the side panel see only the edited layer's annotations (`own`);
 * the editor draws `drawn`, the others in their layer's colour.
 */
import { useCallback, useMemo } from 'react';
import { incrementalFilter } from '../../domain/incremental-filter';
import { activeLayerFor, countPerLayer, type AnnotationLayer } from '../../domain/layers';
import type { Annotation } from '../../domain/types';
import type { LayerColourOf } from '../../editor/highlight-index';
import { useLessons } from '../../state/class';
import { useLayerView } from '../../state/layer-view';
import { useLayers } from '../../state/live-queries';
import { useAfterPaint } from '../shared/use-after-paint';

const NONE: readonly AnnotationLayer[] = [];

export function useDocumentLayers(
  documentId: string,
  everything: readonly Annotation[] | undefined,
) {
  const layers = useLayers();
  const lessons = useLessons();
  const chosen = useLayerView((s) => s.chosenByDocument[documentId]);
  const shownList = useLayerView((s) => s.shown);
  const shownIds = useMemo(() => new Set(shownList), [shownList]);
  const layerId = activeLayerFor(documentId, chosen, layers ?? NONE, lessons ?? []);

  // Counted once a change is painted, not in the render that draws it: a tag must show at once.
  const counted = useAfterPaint(everything);
  const counts = useMemo(() => countPerLayer(counted ?? []), [counted]);
  // A tag changes one annotation among thousands: each split redoes only what changed.
  const ownOf = useMemo(
    () => incrementalFilter((a: Annotation) => a.layerId === layerId),
    [layerId],
  );
  const besideOf = useMemo(
    () => incrementalFilter((a: Annotation) => a.layerId !== layerId && shownIds.has(a.layerId)),
    [layerId, shownIds],
  );
  const own = useMemo(() => everything && ownOf(everything), [everything, ownOf]);
  const drawn = useMemo(() => {
    if (!everything || !own) return own;
    const beside = besideOf(everything);
    return beside.length > 0 ? [...own, ...beside] : own;
  }, [everything, own, besideOf]);
  const layerById = useMemo(() => new Map((layers ?? NONE).map((l) => [l.id, l])), [layers]);
  const colourOf = useCallback<LayerColourOf>(
    (a) => (a.layerId === layerId ? undefined : (layerById.get(a.layerId)?.colour ?? '#777777')),
    [layerId, layerById],
  );
  // The bar lists layers that can be edited and those with annotations here.
  const listed = useMemo(
    () => (layers ?? NONE).filter((l) => !l.readOnly || (counts.get(l.id) ?? 0) > 0),
    [layers, counts],
  );

  return {
    ready: layers !== undefined && lessons !== undefined,
    layerId,
    layer: layerById.get(layerId),
    layerById,
    listed,
    counts,
    shownIds,
    own,
    drawn,
    colourOf,
    choose: (id: string) => useLayerView.getState().choose(documentId, id),
    show: (id: string, shown: boolean) => useLayerView.getState().setShown(id, shown),
  };
}
