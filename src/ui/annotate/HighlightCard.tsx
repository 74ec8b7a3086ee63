import { lettersOf } from '../../domain/tag-letters';
import type { Suggestion } from '../../analysis';
import type { Annotation, Tag } from '../../domain/types';
import { layerName, type AnnotationLayer } from '../../domain/layers';
import { TagLabels } from './TagLabels';
import { TagSwatch } from './TagSwatch';

interface HighlightCardProps {
  annotations: readonly Annotation[];
  suggestions: readonly Suggestion[];
  tags: ReadonlyMap<string, Tag>;
  position: { top: number; left: number };
  /** The layer being edited: annotations of other layers say whose they are. */
  editedLayerId?: string;
  layers?: ReadonlyMap<string, AnnotationLayer>;
}

/**
 * On hover: every annotation on that spot, with its tags, note and annotator, and every
 * suggestion with the reason for it.
 */
export function HighlightCard({
  annotations,
  suggestions,
  tags,
  position,
  editedLayerId,
  layers,
}: HighlightCardProps) {
  const letters = lettersOf(tags);
  return (
    <div
      role="tooltip"
      className="highlight-card"
      style={{ top: position.top, left: position.left }}
    >
      {annotations.map((a) => (
        <div key={a.id} className="card-entry">
          <TagLabels tagIds={a.tagIds} tags={tags} />
          {a.note && <p className="card-note">{a.note}</p>}
          {Object.entries(a.fields).map(([k, v]) =>
            v ? (
              <p key={k} className="card-field">
                {k === 'shouldCite' ? 'Should cite: ' : ''}
                {k === 'outletId' ? null : v}
              </p>
            ) : null,
          )}
          <p className="card-meta">by {a.annotator}</p>
          {editedLayerId !== undefined && a.layerId !== editedLayerId && (
            <p className="card-meta card-layer">
              {(() => {
                const layer = layers?.get(a.layerId);
                return layer ? `${layerName(layer)} · read-only` : 'Another layer · read-only';
              })()}
            </p>
          )}
        </div>
      ))}
      {suggestions.map((s) => {
        const tag = tags.get(s.tag);
        return (
          <div key={`${s.tag}|${s.start}|${s.end}`} className="card-entry card-suggestion">
            <span className="item-tag">
              {tag && <TagSwatch tag={tag} letter={letters.get(tag.id)} />}
              Suggested: {tag?.label ?? s.tag}
            </span>
            <p className="card-note">{s.reason}</p>
            <p className="card-meta">Click, or put the caret in it, to accept or reject.</p>
          </div>
        );
      })}
    </div>
  );
}
