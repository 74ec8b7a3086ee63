import { createContext, useContext, type CSSProperties } from 'react';
import type { RenderLeafProps } from 'slate-react';
import type { Tag } from '../domain/types';
import type { LeafHighlight } from './slate-types';

/** Tags by id, for drawing highlights; provided by the editor, changes only when tags do. */
export const TagStylesContext = createContext<ReadonlyMap<string, Tag>>(new Map());

/** Highlights innermost (shortest) first: the first is the one a click picks. */
function byInnermost(highlights: readonly LeafHighlight[]): LeafHighlight[] {
  return [...highlights].sort((a, b) => a.length - b.length);
}

/**
 * A run of text with the same highlights and suggestions. A highlight wears its innermost
 * annotation's colour and underline style (never colour alone), gets darker where highlights
 * overlap, and names its annotations for hover and click. A suggestion is only a faint dotted
 * line under the text, with no tint, so it never looks like the reader's own mark.
 */
export function HighlightLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const tags = useContext(TagStylesContext);
  const highlights = leaf.highlights ?? [];
  const suggestions = leaf.suggestions ?? [];
  if (highlights.length === 0 && suggestions.length === 0) {
    return <span {...attributes}>{children}</span>;
  }
  const ordered = byInnermost(highlights);
  // The layer being edited wears tag colours; other layers shown beside it only a line above
  // the text in their layer's colour, so the two never look alike.
  const own = ordered.filter((h) => !h.layerColour);
  const others = ordered.filter((h) => h.layerColour);
  const other = others[0];
  const tag = own[0] && tags.get(own[0].tagId);
  const suggested = suggestions[0] && tags.get(suggestions[0].tagId);
  const classes = [
    own.length > 0 && `highlight underline-${tag?.underline ?? 'solid'}`,
    other && 'layer-mark',
    suggestions.length > 0 && 'suggestion',
  ];
  return (
    <span
      {...attributes}
      className={classes.filter(Boolean).join(' ')}
      data-annotation-ids={[...own, ...others].map((h) => h.annotationId).join(' ') || undefined}
      data-overlap={own.length > 0 ? Math.min(own.length, 3) : undefined}
      data-suggestion-keys={suggestions.map((s) => s.key).join(' ') || undefined}
      style={
        {
          '--highlight': tag?.colour ?? '#777777',
          '--suggestion': suggested?.colour ?? '#777777',
          ...(other && { '--layer': other.layerColour }),
        } as CSSProperties
      }
    >
      {children}
    </span>
  );
}
