import { memo, useMemo, useRef, type CSSProperties } from 'react';
import { READ_ONLY_CARET, useReadOnlyCaret } from './use-read-only-caret';
import type { Tag } from '../../domain/types';
import { columnRuns, type TextMark } from './column-runs';
import '../../editor/editor.css';

interface ReadOnlyTextProps {
  /** Passed back to the callbacks, so a parent can hand every column the same ones. */
  documentId: string;
  text: string;
  marks: readonly TextMark[];
  tags: ReadonlyMap<string, Tag>;
  label: string;
  /** A passage selected with the mouse (or keyboard caret browsing), as text offsets. */
  onSelectPassage?: (documentId: string, start: number, end: number) => void;
  /** A click on a highlight: its mark. */
  onMarkClick?: (documentId: string, mark: TextMark) => void;
  /** Enter on a selected passage: the reader is done selecting it from the keyboard. */
  onPassageChosen?: () => void;
}

/** Keys that do not change the selection. */
const NOT_SELECTING = new Set(['Enter', 'Tab', 'Escape']);

/** The offset in the whole text of a DOM position inside a paragraph that starts at `start`. */
function offsetInParagraph(paragraph: Element, start: number, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return start + range.toString().length;
}

/**
 * A document's text with highlights, for reading side by side: no editor, one paragraph per
 * `<p>` laid out only when near the screen, so six long articles open quickly. It has a caret
 * (`useReadOnlyCaret`), so a passage is selected with the mouse, a finger or Shift+arrows.
 */
export const ReadOnlyText = memo(function ReadOnlyText({
  documentId,
  text,
  marks,
  tags,
  label,
  onSelectPassage,
  onMarkClick,
  onPassageChosen,
}: ReadOnlyTextProps) {
  const paragraphs = useMemo(() => columnRuns(text, marks), [text, marks]);
  const root = useRef<HTMLDivElement>(null);
  useReadOnlyCaret(root);

  const readSelection = (root: HTMLElement) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const paragraphOf = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('p[data-start]');
    const first = paragraphOf(range.startContainer);
    const last = paragraphOf(range.endContainer);
    if (!first || !last || !root.contains(first) || !root.contains(last)) return;
    const start = offsetInParagraph(
      first,
      Number(first.dataset.start),
      range.startContainer,
      range.startOffset,
    );
    const end = offsetInParagraph(
      last,
      Number(last.dataset.start),
      range.endContainer,
      range.endOffset,
    );
    if (end > start) onSelectPassage?.(documentId, start, end);
  };

  return (
    <div
      ref={root}
      className="read-only-text"
      {...READ_ONLY_CARET}
      aria-label={label}
      tabIndex={0}
      onMouseUp={(e) => readSelection(e.currentTarget)}
      onKeyUp={(e) => !NOT_SELECTING.has(e.key) && readSelection(e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        if (window.getSelection()?.isCollapsed === false) onPassageChosen?.();
      }}
    >
      {paragraphs.map(({ start, runs }) => (
        <p key={start} data-start={start} dir="auto">
          {runs.map((run) => {
            const slice = text.slice(run.start, run.end);
            const top = run.spans[0];
            if (!top) return <span key={run.start}>{slice}</span>;
            const tag = tags.get(top.tagId);
            const style = {
              '--highlight': tag?.colour ?? '#777777',
              '--suggestion': tag?.colour ?? '#777777',
            } as CSSProperties;
            const className = top.suggested
              ? 'suggestion'
              : `highlight underline-${tag?.underline ?? 'solid'}`;
            return (
              <span
                key={run.start}
                className={className}
                style={style}
                data-overlap={Math.min(run.spans.length, 3)}
                title={tag ? `${top.suggested ? 'Suggested: ' : ''}${tag.label}` : undefined}
                onClick={() => onMarkClick?.(documentId, top)}
              >
                {slice}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
});
