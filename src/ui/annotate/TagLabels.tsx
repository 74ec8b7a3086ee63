import type { Tag } from '../../domain/types';
import { TagSwatch } from './TagSwatch';

/**
 * An annotation's tags as swatches and names. A tag deleted from the taxonomy still shows, and
 * an annotation with no tag (a passage linked to a claim in Compare) says so.
 */
export function TagLabels({
  tagIds,
  tags,
}: {
  tagIds: readonly string[];
  tags: ReadonlyMap<string, Tag>;
}) {
  return (
    <span className="item-tags">
      {tagIds.length === 0 && <span className="item-tag">No tag (a claim’s passage)</span>}
      {tagIds.map((id) => {
        const tag = tags.get(id);
        return (
          <span key={id} className="item-tag">
            {tag && <TagSwatch tag={tag} />}
            {tag?.label ?? `${id} (deleted tag)`}
          </span>
        );
      })}
    </span>
  );
}
