import type { Tag } from '../../domain/types';

/** A tag's colour and underline style in miniature, as the highlight shows them. */
export function TagSwatch({ tag }: { tag: Pick<Tag, 'colour' | 'underline'> }) {
  return (
    <span
      aria-hidden="true"
      className={`tag-swatch underline-${tag.underline}`}
      style={{ '--highlight': tag.colour } as React.CSSProperties}
    >
      Ab
    </span>
  );
}
