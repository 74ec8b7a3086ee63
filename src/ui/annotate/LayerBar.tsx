import { layerName, type AnnotationLayer } from '../../domain/layers';

interface LayerBarProps {
  /** Every layer with annotations on this article, and every layer that can be edited. */
  layers: readonly AnnotationLayer[];
  activeId: string;
  shownIds: ReadonlySet<string>;
  /** How many annotations each layer has on this article. */
  counts: ReadonlyMap<string, number>;
  onChoose: (layerId: string) => void;
  onShow: (layerId: string, shown: boolean) => void;
}

/**
 * The layer being edited, by name and switchable, and the other layers on this article, each
 * shown beside it (read-only, outlined in its own colour) or not.
 */
export function LayerBar({ layers, activeId, shownIds, counts, onChoose, onShow }: LayerBarProps) {
  const editable = layers.filter((l) => !l.readOnly);
  const others = layers.filter((l) => l.id !== activeId && (counts.get(l.id) ?? 0) > 0);
  return (
    <div className="layer-bar" role="group" aria-label="Layers">
      <label className="layer-active">
        Editing{' '}
        <select value={activeId} onChange={(event) => onChoose(event.target.value)}>
          {editable.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layerName(layer)} ({counts.get(layer.id) ?? 0})
            </option>
          ))}
        </select>
      </label>
      {others.length > 0 && (
        <fieldset className="layer-others">
          <legend>Show beside it</legend>
          {others.map((layer) => (
            <label key={layer.id} className="layer-toggle">
              <input
                type="checkbox"
                checked={shownIds.has(layer.id)}
                onChange={(event) => onShow(layer.id, event.target.checked)}
              />
              <span
                className="layer-swatch"
                aria-hidden="true"
                style={{ borderColor: layer.colour }}
              />
              {layerName(layer)} ({counts.get(layer.id) ?? 0}
              {layer.readOnly ? ', read-only' : ''})
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
