import { memo, useMemo, useState } from 'react';
import { TagFilter } from '../shared/TagFilter';
import type { Annotation, Tag } from '../../domain/types';
import { TagLabels } from './TagLabels';

interface AnnotationListProps {
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  activeId: string | null;
  onOpen: (annotation: Annotation) => void;
}

const excerpt = (s: string, max = 110) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A book-length text can carry thousands of annotations: the list shows them a page at a time. */
const PAGE = 150;

/**
 * The document's anchored annotations in reading order, filterable by tag and by text. Renders
 * only when they (or the open one) change, not on every tag or keystroke drawn in the text.
 */
export const AnnotationList = memo(function AnnotationList({
  annotations,
  tags,
  activeId,
  onOpen,
}: AnnotationListProps) {
  const [tagFilter, setTagFilter] = useState('');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const tagById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return annotations.filter(
      (a) =>
        a.status === 'anchored' &&
        (!tagFilter || a.tagIds.includes(tagFilter)) &&
        (!needle ||
          a.target.exact.toLowerCase().includes(needle) ||
          a.note.toLowerCase().includes(needle) ||
          Object.values(a.fields).some((v) => v.toLowerCase().includes(needle))),
    );
  }, [annotations, tagFilter, query]);

  return (
    <section aria-labelledby="annotation-list-heading" className="annotation-list">
      <h2 id="annotation-list-heading">
        Annotations <span className="count">{shown.length}</span>
      </h2>
      <div className="list-filters">
        <TagFilter label="Tag" value={tagFilter} tags={tags} onChange={setTagFilter} />
        <label>
          Search
          <input
            type="search"
            value={query}
            placeholder="Quote or note"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="empty">
          {annotations.length === 0
            ? 'No annotations yet. Select a passage and press a tag’s key, or use the toolbar by the selection.'
            : 'No annotation matches this filter.'}
        </p>
      ) : (
        <ol className="annotation-items">
          {shown.slice(0, limit).map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="annotation-item"
                aria-current={a.id === activeId ? 'true' : undefined}
                onClick={() => onOpen(a)}
              >
                <TagLabels tagIds={a.tagIds} tags={tagById} />
                <q className="item-quote">{excerpt(a.target.exact)}</q>
                {a.note && <span className="item-note">{excerpt(a.note, 80)}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
      {shown.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more of {shown.length - limit} left
        </button>
      )}
    </section>
  );
});
