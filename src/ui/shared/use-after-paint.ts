import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value` as it was before the frame now being drawn: a change reaches the caller only once the
 * browser has painted the frame that shows it elsewhere (a new highlight), in a transition.
 * `useDeferredValue` renders the lagging value at once, in a task that more often than not runs
 * before that paint; this waits for it. Changes meanwhile are caught up with together (and if
 * one came after the catching up began, again after the next paint). The first
 * value that is not `undefined` (what was opened) is given at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  if (painted === undefined && value !== undefined) setPainted(value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  const behind = painted !== value;
  useEffect(() => {
    if (!behind) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!cancelled) startTransition(() => setPainted(latest.current));
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [behind, painted]);
  return painted === undefined ? value : painted;
}
