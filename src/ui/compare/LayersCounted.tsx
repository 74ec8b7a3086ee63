import { layerName, type AnnotationLayer } from '../../domain/layers';

interface LayersCountedProps {
  /** Layers with annotations on the compared articles, and those counted now. */
  layers: readonly AnnotationLayer[];
  counted: ReadonlySet<string>;
  /** Annotations of each layer on the compared articles. */
  counts: ReadonlyMap<string, number>;
  /** True when the reader has not chosen: the layers they edit on these articles are counted. */
  isDefault: boolean;
  onChange: (layerIds: string[]) => void;
  onReset: () => void;
}

/**
 * Which annotation layers the figures, highlights and claims of Compare count: a checkbox per
 * layer on the compared articles, with its owner and how many annotations it has here.
 */
export function LayersCounted({
  layers,
  counted,
  counts,
  isDefault,
  onChange,
  onReset,
}: LayersCountedProps) {
  if (layers.length < 2 && isDefault) return null;
  const toggle = (id: string, on: boolean) =>
    onChange(layers.map((l) => l.id).filter((l) => (l === id ? on : counted.has(l))));
  return (
    <fieldset className="layers-counted">
      <legend>Layers counted</legend>
      {layers.map((layer) => (
        <label key={layer.id} className="check">
          <input
            type="checkbox"
            checked={counted.has(layer.id)}
            onChange={(event) => toggle(layer.id, event.target.checked)}
          />
          <span className="layer-swatch" style={{ borderColor: layer.colour }} aria-hidden />
          {layerName(layer)} ({counts.get(layer.id) ?? 0})
        </label>
      ))}
      {!isDefault && (
        <button type="button" onClick={onReset}>
          Count only the layers I edit
        </button>
      )}
    </fieldset>
  );
}
