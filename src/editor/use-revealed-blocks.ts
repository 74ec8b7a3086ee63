/**
 * Renders a long text's paragraphs in steps (ARCHITECTURE.md §6): those of the first screen or so
 * at once, the rest after that has been painted, a step at a time (each sized to take about
 * `STEP_MS`), yielding to input between steps. Rendering all of a book-length text with its
 * highlights took most of a second before anything showed. Until a paragraph's step comes it is
 * an empty block of about its height (`Paragraph.tsx`) and is not decorated, which was most of
 * the cost of one not shown.
 *
 * Each step first lets `decorate` reach the step's paragraphs (`decoratedUpTo`), then shows their
 * text (`textUpTo`) from a layout effect: Slate hands blocks their new decorations in a layout
 * effect too, and both updates render together before anything is painted, so a paragraph
 * renders its text once, with its highlights, and never shows without them. `revealAll` renders
 * everything at once, for a jump to a passage not rendered yet. A short text renders whole at once.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FIRST_SCREEN_CHARS, nextStepChars, revealEnd, STEP_CHARS } from './reveal-plan';
import type { ParagraphElement } from './slate-types';

const ALL = Number.POSITIVE_INFINITY;

/** Runs `task` once the next frame is painted, or as soon as waiting input has been handled. */
function soon(task: () => void, afterPaint: boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = afterPaint ? requestAnimationFrame(() => (timer = setTimeout(task, 0))) : 0;
  if (!afterPaint) timer = setTimeout(task, 0);
  return () => {
    if (afterPaint) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * How far the blocks show their text. A store rather than a context: changing a context walks
 * the whole tree of a long text to find its readers, at every step; here only the blocks whose
 * answer changes hear of it.
 */
export class TextUpTo {
  private listeners = new Set<() => void>();
  constructor(private upTo: number) {}
  shows = (index: number | undefined) => index === undefined || index < this.upTo;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  set(upTo: number) {
    if (upTo === this.upTo) return;
    this.upTo = upTo;
    for (const listener of this.listeners) listener();
  }
}

export interface RevealedBlocks {
  /** Each block of the text as first rendered, by its index. */
  indexOf: ReadonlyMap<ParagraphElement, number>;
  /** Blocks before this index are decorated (`Infinity`: all, however many there come to be). */
  decoratedUpTo: number;
  /** Which blocks show their text: those decorated, from the layout effect after they are. */
  textUpTo: TextUpTo;
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
  const [textUpTo] = useState(() => new TextUpTo(decoratedUpTo));
  const pending = decoratedUpTo !== ALL;
  const decoratedRef = useRef(decoratedUpTo);
  decoratedRef.current = decoratedUpTo;

  // The text follows the decorations within the same commit (see above).
  useLayoutEffect(() => textUpTo.set(decoratedUpTo), [textUpTo, decoratedUpTo]);

  // Each step is sized from how long the last took, to the next (`nextStepChars`).
  const step = useRef<{ chars: number; startedAt?: number }>({ chars: STEP_CHARS });
  useEffect(() => {
    if (!pending) return;
    const last = step.current;
    return soon(() => {
      const now = performance.now();
      if (last.startedAt !== undefined)
        last.chars = nextStepChars(last.chars, now - last.startedAt);
      last.startedAt = now;
      setDecoratedUpTo((at) => upToAfter(at, last.chars));
    }, last.startedAt === undefined);
  }, [pending, decoratedUpTo, upToAfter]);

  const revealAll = useCallback(() => {
    if (decoratedRef.current !== ALL) flushSync(() => setDecoratedUpTo(ALL));
  }, []);

  return useMemo(
    () => ({ indexOf: plan.indexOf, decoratedUpTo, textUpTo, pending, revealAll }),
    [plan, decoratedUpTo, textUpTo, pending, revealAll],
  );
}
