/**
 * Renders a long text's paragraphs in steps (ARCHITECTURE.md §6): those of the first screen or so
 * at once, the rest after that has been painted, a step at a time, yielding to input between
 * steps. Rendering all of a book-length text with its highlights took most of a second before
 * anything showed. Until a paragraph's step comes it is an empty block of about its height
 * (`Paragraph.tsx`) and is not decorated, which was most of the cost of one not shown.
 *
 * Each step first lets `decorate` reach the step's paragraphs (`decoratedUpTo`), then, in the
 * same commit before anything is painted, shows their text (`textUpTo`): Slate hands blocks new
 * decorations in a layout effect, and the text waits for the next one, so a paragraph renders its
 * text once, with its highlights, and never shows without them. `revealAll` renders everything
 * at once, for a jump to a passage not rendered yet. A short text renders whole in one step.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FIRST_SCREEN_CHARS, revealEnd, STEP_CHARS } from './reveal-plan';
import type { ParagraphElement } from './slate-types';

const ALL = Number.POSITIVE_INFINITY;

/** Runs `task` after the next paint, or right after other waiting tasks when `painted` is false. */
function soon(task: () => void, afterPaint: boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = afterPaint ? requestAnimationFrame(() => (timer = setTimeout(task, 0))) : 0;
  if (!afterPaint) timer = setTimeout(task, 0);
  return () => {
    if (afterPaint) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export interface RevealedBlocks {
  /** Each block of the text as first rendered, by its index. */
  indexOf: ReadonlyMap<ParagraphElement, number>;
  /** Blocks before this index are decorated (`Infinity`: all, however many there come to be). */
  decoratedUpTo: number;
  /** Blocks before this index show their text. */
  textUpTo: number;
  /** Whether some blocks are still to come. */
  pending: boolean;
  /** Renders every block now, synchronously. */
  revealAll: () => void;
}

/** `blocks`: the editor's initial value; `enabled: false` renders it all at once. */
export function useRevealedBlocks(
  blocks: readonly ParagraphElement[],
  enabled: boolean,
): RevealedBlocks {
  const [plan] = useState(() => ({
    indexOf: new Map(blocks.map((block, i) => [block, i])),
    lengths: blocks.map((block) => block.children[0]?.text.length ?? 0),
  }));
  const upToAfter = useCallback(
    (from: number, chars: number) => {
      const end = revealEnd(plan.lengths, from, chars);
      return end >= plan.lengths.length ? ALL : end;
    },
    [plan],
  );
  const [decoratedUpTo, setDecoratedUpTo] = useState(() =>
    enabled ? upToAfter(0, FIRST_SCREEN_CHARS) : ALL,
  );
  const [textUpTo, setTextUpTo] = useState(decoratedUpTo);
  const pending = textUpTo !== ALL;
  const decoratedRef = useRef(decoratedUpTo);
  decoratedRef.current = decoratedUpTo;

  // The text follows the decorations within the same commit (see above).
  useLayoutEffect(() => setTextUpTo(decoratedUpTo), [decoratedUpTo]);

  const first = useRef(true);
  useEffect(() => {
    if (!pending) return;
    const afterPaint = first.current;
    first.current = false;
    return soon(() => setDecoratedUpTo((at) => upToAfter(at, STEP_CHARS)), afterPaint);
  }, [pending, textUpTo, upToAfter]);

  const revealAll = useCallback(() => {
    if (decoratedRef.current !== ALL) flushSync(() => setDecoratedUpTo(ALL));
  }, []);

  return useMemo(
    () => ({ indexOf: plan.indexOf, decoratedUpTo, textUpTo, pending, revealAll }),
    [plan, decoratedUpTo, textUpTo, pending, revealAll],
  );
}
