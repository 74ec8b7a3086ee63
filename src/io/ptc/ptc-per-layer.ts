/**
 * The PTC span file of each layer: one person's (or one import's) spans per file, so every file
 * stays in the format the SemEval scorer reads and two annotators' spans are never mixed. One
 * layer gives one file under the plain name; several add each layer's label to the name.
 */
import type { AnnotationLayer } from '../../domain/records';
import { toPtcTsv, type PtcExportInput } from './to-ptc-tsv';

export interface PtcLayerFile {
  layerId: string;
  /** The layer's label, to go in the file's name; empty when the export holds one layer. */
  label: string;
  tsv: string;
}

export function ptcFilesByLayer(
  input: PtcExportInput & { layers?: readonly AnnotationLayer[] },
): PtcLayerFile[] {
  const labels = new Map((input.layers ?? []).map((layer) => [layer.id, layer.label]));
  const layerIds = [...new Set(input.annotations.map((a) => a.layerId))];
  if (layerIds.length <= 1)
    return [{ layerId: layerIds[0] ?? '', label: '', tsv: toPtcTsv(input) }];
  return layerIds.map((layerId) => ({
    layerId,
    label: labels.get(layerId) ?? layerId,
    tsv: toPtcTsv({
      ...input,
      annotations: input.annotations.filter((a) => a.layerId === layerId),
    }),
  }));
}
