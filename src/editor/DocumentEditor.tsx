import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { createEditor, Editor, Range, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import {
  Editable,
  ReactEditor,
  Slate,
  withReact,
  type RenderChunkProps,
  type RenderElementProps,
} from 'slate-react';
import type { Tag } from '../domain/types';
import { blockTexts, textToNodes } from './document-nodes';
import type { HighlightIndex } from './highlight-index';
import { HighlightLeaf } from './HighlightLeaf';
import { readKeyCommand, type EditorKeyCommand } from './keyboard';
import { StableDecorate } from './stable-decorate';
import { textPositions } from './text-positions';
import { attachTouchSelection } from './touch-selection';
import { EditorContexts, Paragraph } from './Paragraph';
import { useRevealedBlocks } from './use-revealed-blocks';
import './editor.css';

/**
 * The document as a Slate editor (ARCHITECTURE.md §6): one block per paragraph, chunked, with
 * annotations drawn as decorations read from a per-block index. In annotate mode the text cannot
 * change, but the caret moves and selects, so keyboard users can select text and tag it.
 */
export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection is on screen, for placing a toolbar by it. */
  rect: DOMRect | null;
}

/** What lies under the pointer: annotations innermost first, and suggestions. */
export interface HoverSpot {
  annotationIds: string[];
  suggestionKeys: string[];
}

export interface DocumentEditorHandle {
  /** Selects a passage, scrolls it into view and focuses the editor. */
  select: (start: number, end: number) => void;
}

export interface DocumentEditorProps {
  ref?: Ref<DocumentEditorHandle>;
  text: string;
  label: string;
  highlightIndex: HighlightIndex;
  /** Suggestions by block, drawn apart from highlights; empty when suggestions are off. */
  suggestionIndex: HighlightIndex;
  tags: readonly Tag[];
  /** Edit mode: the text itself can be changed, and `onTextChange` hears every change. */
  editable: boolean;
  /** The first line repeats the headline shown above: hide it (in the view only). */
  hideFirstLine?: boolean;
  /** The text after a change, as its blocks' (paragraphs') texts. */
  onTextChange: (blocks: readonly string[]) => void;
  /** A selection of text, or `null` when there is none (a caret, or no focus). */
  onSelectionChange: (selection: TextSelection | null) => void;
  /** Where a collapsed caret sits, as an offset into the text; `null` when there is none. */
  onCaretMove: (offset: number | null) => void;
  onKeyCommand: (command: NonNullable<EditorKeyCommand>) => void;
  onHighlightClick: (annotationId: string) => void;
  onSuggestionClick: (key: string, anchor: HTMLElement) => void;
  onHover: (spot: HoverSpot | null, anchor: HTMLElement | null) => void;
}

const CHUNK_SIZE = 100;

/** Off-screen chunks are neither laid out nor painted: the key to opening book-length texts fast. */
const renderChunk = ({ attributes, lowest, children }: RenderChunkProps) => (
  <div {...attributes} className={lowest ? 'chunk chunk-lowest' : 'chunk'}>
    {children}
  </div>
);

const noScroll = () => {};

const MARKED = '[data-annotation-ids], [data-suggestion-keys]';

function markedAt(target: EventTarget): HTMLElement | null {
  return (target as HTMLElement).closest?.<HTMLElement>(MARKED) ?? null;
}

function spotOf(element: HTMLElement | null): HoverSpot | null {
  if (!element) return null;
  const list = (name: string) => element.getAttribute(name)?.split(' ') ?? [];
  return {
    annotationIds: list('data-annotation-ids'),
    suggestionKeys: list('data-suggestion-keys'),
  };
}

export const DocumentEditor = memo(function DocumentEditor({
  ref,
  text,
  label,
  highlightIndex,
  suggestionIndex,
  tags,
  editable,
  hideFirstLine = false,
  onTextChange,
  onSelectionChange,
  onCaretMove,
  onKeyCommand,
  onHighlightClick,
  onSuggestionClick,
  onHover,
}: DocumentEditorProps) {
  const [editor] = useState(() => {
    const e = withHistory(withReact(createEditor()));
    e.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
    return e;
  });
  // Slate owns the value once mounted; the parent remounts the editor for a different text.
  const [initialValue] = useState(() => textToNodes(text));
  // Reading a long text renders the first screen first and the rest in steps after it.
  const revealed = useRevealedBlocks(initialValue, !editable);
  const { revealAll } = revealed;
  const positions = useMemo(() => textPositions(text), [text]);
  const tagStyles = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const shortcuts = useMemo(
    () => new Map(tags.flatMap((t) => (t.shortcut ? [[t.shortcut.toLowerCase(), t.id]] : []))),
    [tags],
  );

  // React measures the selection of a focused `contenteditable="true"` element before every commit
  // by walking all of its text: tens of milliseconds per update at book length. It skips
  // `plaintext-only`, which Slate supports as well; and the text has no formatting to lose.
  useEffect(() => {
    ReactEditor.toDOMNode(editor, editor).setAttribute('contenteditable', 'plaintext-only');
  }, [editor]);

  // Press, hold and drag selects on a touch screen (reading mode; editing keeps the platform's).
  useEffect(
    () => (editable ? undefined : attachTouchSelection(ReactEditor.toDOMNode(editor, editor))),
    [editor, editable],
  );

  const renderElement = useCallback(
    ({ attributes, children, element }: RenderElementProps) => (
      <Paragraph
        attributes={attributes}
        element={element}
        index={revealed.indexOf.get(element)}
        className={
          hideFirstLine && element === editor.children[0] ? 'repeated-headline' : undefined
        }
      >
        {children}
      </Paragraph>
    ),
    [editor, hideFirstLine, revealed.indexOf],
  );

  // One `decorate` while few paragraphs change: a tag or a keystroke re-renders only those.
  const [stableDecorate] = useState(() => new StableDecorate());
  const decorate = stableDecorate.decorateFor({
    highlights: highlightIndex,
    suggestions: suggestionIndex,
    decoratedUpTo: revealed.decoratedUpTo,
    blockCount: editor.children.length,
  });

  useImperativeHandle(
    ref,
    () => ({
      select: (start, end) => {
        revealAll();
        const range = positions.toRange(start, end);
        Transforms.select(editor, range);
        ReactEditor.focus(editor);
        try {
          const dom = ReactEditor.toDOMRange(editor, range);
          dom.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        } catch {
          // Not rendered yet; the selection is still set.
        }
      },
    }),
    [editor, positions, revealAll],
  );

  const handleSelectionChange = useCallback(() => {
    const { selection } = editor;
    onCaretMove(
      selection && Range.isCollapsed(selection) ? positions.toOffset(selection.anchor) : null,
    );
    if (!selection || Range.isCollapsed(selection)) return onSelectionChange(null);
    const [from, to] = Range.edges(selection);
    let rect: DOMRect | null = null;
    try {
      rect = ReactEditor.toDOMRange(editor, selection).getBoundingClientRect();
    } catch {
      // Not rendered (yet): no toolbar position, the selection still counts.
    }
    onSelectionChange({ start: positions.toOffset(from), end: positions.toOffset(to), rect });
  }, [editor, onSelectionChange, onCaretMove, positions]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // While editing, keys type and Ctrl+Z undoes typing (slate-history).
    if (editable) return;
    const command = readKeyCommand(event, shortcuts);
    if (!command) return;
    event.preventDefault();
    onKeyCommand(command.kind === 'tag' ? { ...command, range: liveSelection() } : command);
  };

  /** The browser's selection now, as text offsets; `undefined` when it is not in the text. */
  const liveSelection = () => {
    const dom = window.getSelection();
    if (!dom || dom.rangeCount === 0) return undefined;
    const range = ReactEditor.toSlateRange(editor, dom, {
      exactMatch: false,
      suppressThrow: true,
    });
    if (!range || Range.isCollapsed(range)) return undefined;
    const [from, to] = Range.edges(range);
    return { start: positions.toOffset(from), end: positions.toOffset(to) };
  };

  const handleClick = (event: MouseEvent) => {
    if (editor.selection && !Range.isCollapsed(editor.selection)) return;
    const element = markedAt(event.target);
    const spot = spotOf(element);
    if (!element || !spot) return;
    // A leaf lists its annotations innermost first: a click picks the smallest. The reader's
    // own annotations come before suggestions.
    if (spot.annotationIds[0]) onHighlightClick(spot.annotationIds[0]);
    else if (spot.suggestionKeys[0]) onSuggestionClick(spot.suggestionKeys[0], element);
  };

  return (
    <EditorContexts tagStyles={tagStyles} textUpTo={revealed.textUpTo}>
      <Slate
        editor={editor}
        initialValue={initialValue}
        onSelectionChange={handleSelectionChange}
        onValueChange={(value) => onTextChange(blockTexts(value))}
      >
        <Editable
          className="document-editor"
          aria-label={label}
          aria-readonly={editable ? undefined : 'true'}
          aria-multiline="true"
          aria-busy={revealed.pending ? 'true' : undefined}
          spellCheck={false}
          decorate={decorate}
          renderElement={renderElement}
          renderChunk={renderChunk}
          renderLeaf={HighlightLeaf}
          // Reading: after a re-render (a tag) Slate puts the selection back and would scroll to
          // it, measuring the layout before the frame is painted. The reader's selection moves by
          // the browser's own hand and `select` scrolls for itself: nothing to scroll there.
          scrollSelectionIntoView={editable ? undefined : noScroll}
          onKeyDown={handleKeyDown}
          onClick={handleClick}
          onMouseOver={(event) => {
            const element = markedAt(event.target);
            onHover(spotOf(element), element);
          }}
          onMouseLeave={() => onHover(null, null)}
          // Annotate mode: the text is the outlet's, not ours. Block every change to it.
          onDOMBeforeInput={(event) => !editable && event.preventDefault()}
          onPaste={(event) => !editable && event.preventDefault()}
          onCut={(event) => !editable && event.preventDefault()}
          onDrop={(event) => !editable && event.preventDefault()}
        />
      </Slate>
    </EditorContexts>
  );
});
