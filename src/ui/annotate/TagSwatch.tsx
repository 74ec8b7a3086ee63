import type { Tag } from '../../domain/types';

/**
 * A tag's colour and underline style in miniature, as the highlight shows them; with the tag's
 * letter (`tag-letters.ts`) where given, which tells tags apart without colour.
 */
export function TagSwatch({
  tag,
  letter,
}: {
  tag: Pick<Tag, 'colour' | 'underline'>;
  letter?: string;
}) {
  return (
    <span
      aria-hidden="true"
      className={`tag-swatch underline-${tag.underline}`}
      style={{ '--highlight': tag.colour } as React.CSSProperties}
    >
      {letter ?? 'Ab'}
    </span>
  );
}
