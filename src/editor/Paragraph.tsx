/**
 * A paragraph block of the editor. One whose turn to render has not come yet
 * (`use-revealed-blocks.ts`) is an empty block of about its height: no text, so nothing on it
 * can be found, selected or shown half-highlighted until it renders whole.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { Tag } from '../domain/types';
import { TagStylesContext } from './HighlightLeaf';
import type { ParagraphElement } from './slate-types';
import { TextUpTo } from './use-revealed-blocks';

/** Which blocks show their text (all, outside an editor that renders in steps). */
const RevealedText = createContext(new TextUpTo(Number.POSITIVE_INFINITY));

/** What the editor's blocks and leaves read: the tags' styles, and how far the text is rendered. */
export function EditorContexts(props: {
  tagStyles: ReadonlyMap<string, Tag>;
  textUpTo: TextUpTo;
  children: ReactNode;
}) {
  return (
    <TagStylesContext value={props.tagStyles}>
      <RevealedText value={props.textUpTo}>{props.children}</RevealedText>
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
  const textUpTo = useContext(RevealedText);
  const shown = useSyncExternalStore(textUpTo.subscribe, () => textUpTo.shows(index));
  if (!shown) {
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
