import { createContext, useContext } from 'react';
import type { RenderLeafProps } from 'slate-react';
import type { Tag } from '../domain/types';
import type { LeafHighlight } from './slate-types';

/** Tags by id, for drawing highlights; provided by the editor, changes only when tags do. */
export const TagStylesContext = createContext<ReadonlyMap<string, Tag>>(new Map());

/** Highlights innermost (shortest) first: the first is the one a click picks. */
export function byInnermost(highlights: readonly LeafHighlight[]): LeafHighlight[] {
  return [...highlights].sort((a, b) => a.length - b.length);
}

/**
 * A run of text with the same highlights. It wears its innermost highlight's colour and
 * underline style (never colour alone), gets darker where highlights overlap, and names its
 * annotations for hover and click.
 */
export function HighlightLeaf({ attributes, children, leaf }: RenderLeafProps) {
  const tags = useContext(TagStylesContext);
  const highlights = leaf.highlights;
  if (!highlights || highlights.length === 0) return <span {...attributes}>{children}</span>;
  const ordered = byInnermost(highlights);
  const tag = tags.get(ordered[0]!.tagId);
  return (
    <span
      {...attributes}
      className={`highlight underline-${tag?.underline ?? 'solid'}`}
      data-annotation-ids={ordered.map((h) => h.annotationId).join(' ')}
      data-overlap={Math.min(highlights.length, 3)}
      style={{ '--highlight': tag?.colour ?? '#777777' } as React.CSSProperties}
    >
      {children}
    </span>
  );
}
