/**
 * A paragraph block of the editor. One whose turn to render has not come yet
 * (`use-revealed-blocks.ts`) is an empty block of about its height: no text, so nothing on it
 * can be found, selected or shown half-highlighted until it renders whole.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { Tag } from '../domain/types';
import { TagStylesContext } from './HighlightLeaf';
import type { ParagraphElement } from './slate-types';

/** Blocks before this index are rendered (all, outside an editor that renders in steps). */
const RevealedUpTo = createContext(Number.POSITIVE_INFINITY);

/** What the editor's blocks and leaves read: the tags' styles, and how far the text is rendered. */
export function EditorContexts(props: {
  tagStyles: ReadonlyMap<string, Tag>;
  revealedUpTo: number;
  children: ReactNode;
}) {
  return (
    <TagStylesContext value={props.tagStyles}>
      <RevealedUpTo value={props.revealedUpTo}>{props.children}</RevealedUpTo>
    </TagStylesContext>
  );
}

/** A rough height for a block not rendered yet, so the page does not jump when it renders. */
const LINE_EM = 1.75;
const CHARS_PER_LINE = 75;

interface ParagraphProps extends Pick<RenderElementProps, 'attributes' | 'children'> {
  element: ParagraphElement;
  /** Its place in the text as first rendered; `undefined` for one made since (always shown). */
  index: number | undefined;
  className?: string;
}

export function Paragraph({ attributes, children, element, index, className }: ParagraphProps) {
  const upTo = useContext(RevealedUpTo);
  if (index !== undefined && index >= upTo) {
    const length = element.children[0]?.text.length ?? 0;
    const lines = Math.max(1, Math.ceil(length / CHARS_PER_LINE));
    return (
      <p
        {...attributes}
        dir="auto"
        className="paragraph-pending"
        style={{ minHeight: `${lines * LINE_EM}em` }}
      />
    );
  }
  return (
    <p {...attributes} dir="auto" className={className}>
      {children}
    </p>
  );
}
