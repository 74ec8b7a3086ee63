/**
 * Which layers Compare counts: by default the layer the reader edits on each compared article
 * (their own, or their work on the lesson that uses it), so a teacher's key or a classmate's
 * work shown in the library never slips into "my" figures. The choice is named wherever the
 * figures go (the note under the table, the chart's description, the CSVs).
 */
import type { AnnotationLayer } from '../records';
import { activeLayerFor } from './choose-layer';

interface LessonArticles {
  id: string;
  documentIds: readonly string[];
  createdAt: string;
}

export function defaultCountedLayers(
  documentIds: readonly string[],
  chosenByDocument: Readonly<Record<string, string>>,
  layers: readonly AnnotationLayer[],
  lessons: readonly LessonArticles[],
): string[] {
  const ids = documentIds.map((id) => activeLayerFor(id, chosenByDocument[id], layers, lessons));
  return [...new Set(ids)];
}

/** How many of `annotations` each layer holds, by layer id. */
export function countPerLayer(annotations: readonly { layerId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) counts.set(a.layerId, (counts.get(a.layerId) ?? 0) + 1);
  return counts;
}

/** A layer's name with its owner, as menus, the hover card and Compare give it. */
export const layerName = (layer: Pick<AnnotationLayer, 'label' | 'owner'>) =>
  layer.owner && !layer.label.includes(layer.owner)
    ? `${layer.label} (${layer.owner})`
    : layer.label;

/**
 * The counted layers in words, e.g. "My annotations" or "My annotations; Key: Coastal killings".
 * A layer id with no record (deleted since) is named by its id, so nothing counted goes unsaid.
 */
export function countedLayersText(
  counted: readonly string[],
  layers: readonly AnnotationLayer[],
): string {
  if (counted.length === 0) return 'no layer';
  const byId = new Map(layers.map((layer) => [layer.id, layer]));
  return counted.map((id) => (byId.has(id) ? layerName(byId.get(id)!) : id)).join('; ');
}
