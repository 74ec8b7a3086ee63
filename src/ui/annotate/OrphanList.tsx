import type { Annotation } from '../../domain/types';

/** Annotations whose passage is gone from the text: kept, listed, and re-attachable. */
export function OrphanList({
  orphans,
  onOpen,
}: {
  orphans: readonly Annotation[];
  onOpen: (annotation: Annotation) => void;
}) {
  if (orphans.length === 0) return null;
  return (
    <section aria-labelledby="orphans-heading" className="orphan-list">
      <h2 id="orphans-heading">
        Orphaned <span className="count">{orphans.length}</span>
      </h2>
      <p>These passages are no longer in the text. Open one to re-attach or delete it.</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id}>
            <button type="button" className="annotation-item" onClick={() => onOpen(a)}>
              <q className="item-quote">{a.target.exact}</q>
              {a.note && <span className="item-note">{a.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
