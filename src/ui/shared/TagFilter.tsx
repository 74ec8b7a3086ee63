import type { Tag } from '../../domain/types';

interface TagFilterProps {
  label: string;
  /** A tag's id, or `''` for all tags. */
  value: string;
  tags: readonly Pick<Tag, 'id' | 'label'>[];
  onChange: (tagId: string) => void;
}

/** A labelled menu for showing one tag or all of them, as the views' filters use. */
export function TagFilter({ label, value, tags, onChange }: TagFilterProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All tags</option>
        {tags.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  );
}
