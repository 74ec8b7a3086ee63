import { lettersOf } from '../../domain/tag-letters';
import type { Tag } from '../../domain/types';
import { TagSwatch } from './TagSwatch';

/**
 * An annotation's tags as swatches and names. Each swatch carries the tag's letter, the one the
 * printed report uses, so tags with one colour or one underline style (or none, in black and
 * white) still differ. A tag deleted from the taxonomy still shows, and an annotation with no
 * tag (a passage linked to a claim in Compare) says so.
 */
export function TagLabels({
  tagIds,
  tags,
}: {
  tagIds: readonly string[];
  tags: ReadonlyMap<string, Tag>;
}) {
  const letters = lettersOf(tags);
  return (
    <span className="item-tags">
      {tagIds.length === 0 && <span className="item-tag">No tag (a claim’s passage)</span>}
      {tagIds.map((id) => {
        const tag = tags.get(id);
        return (
          <span key={id} className="item-tag">
            {tag && <TagSwatch tag={tag} letter={letters.get(id)} />}
            {tag?.label ?? `${id} (deleted tag)`}
          </span>
        );
      })}
    </span>
  );
}
