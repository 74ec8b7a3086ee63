/**
 * The look of each tag in a report: its colour, its underline style and its letter (the one the
 * app's hover card shows, `tag-letters.ts`), so a printout in black and white still tells every
 * tag apart, even where colours and underline styles repeat. Only tags the annotations use are
 * listed, in the taxonomy's order; a tag deleted since, and annotations without a tag, get a
 * neutral look of their own. Colours and styles are checked before they go into the style sheet:
 * a tag imported from someone else's file must not be able to inject CSS.
 */
import {
  UNDERLINE_STYLES,
  type Annotation,
  type Tag,
  type UnderlineStyle,
} from '../../domain/types';
import { letterAt, tagLetters } from '../../domain/tag-letters';

export interface ReportLayer {
  /** A tag id, or `''` for annotations without a tag. */
  tagId: string;
  label: string;
  colour: string;
  underline: UnderlineStyle;
  /** The tag's letter, in the legend and in each highlight's marker. */
  letter: string;
  /** CSS class, by position: tag ids are arbitrary strings. */
  className: string;
}

const NEUTRAL = '#555555';

function safeColour(colour: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : NEUTRAL;
}

function safeUnderline(style: string): UnderlineStyle {
  return (UNDERLINE_STYLES as readonly string[]).includes(style)
    ? (style as UnderlineStyle)
    : 'solid';
}

export function reportLayers(
  annotations: readonly Annotation[],
  tags: readonly Tag[],
): ReportLayer[] {
  const used = new Set(annotations.flatMap((a) => (a.tagIds.length > 0 ? a.tagIds : [''])));
  const known = [...tags].sort((a, b) => a.order - b.order).filter((t) => used.has(t.id));
  const knownIds = new Set(known.map((t) => t.id));
  const letters = tagLetters(tags);
  // Deleted tags and untagged passages take the letters after the taxonomy's.
  const nextLetter = () => letterAt(letters.size + (layers.length - known.length));
  const layers = known.map((tag) => ({
    tagId: tag.id,
    label: tag.label,
    colour: safeColour(tag.colour),
    underline: safeUnderline(tag.underline),
    letter: letters.get(tag.id)!,
  }));
  for (const id of used) {
    if (id !== '' && !knownIds.has(id)) {
      layers.push({
        tagId: id,
        label: `${id} (deleted tag)`,
        colour: NEUTRAL,
        underline: 'dotted',
        letter: nextLetter(),
      });
    }
  }
  if (used.has(''))
    layers.push({
      tagId: '',
      label: 'No tag',
      colour: NEUTRAL,
      underline: 'solid',
      letter: nextLetter(),
    });
  return layers.map((layer, index) => ({ ...layer, className: `tag-${index}` }));
}

/** `#D55E00` at `alpha` as `rgba(…)`, for a highlight's tint. */
export function tint(colour: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
