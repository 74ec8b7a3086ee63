import { startTransition, useEffect, useState } from 'react';
import type { Annotation } from '../domain/types';
import { afterNextPaint } from './after-next-paint';
import { usePendingAnnotations } from './pending-annotations';

/**
 * The annotations just made, as of the last painted frame. A tag's key press draws its new
 * highlight through the text alone (ui/annotate/AnnotatedText); the rest of the annotate view
 * (its lists, counts and layers over thousands of annotations) catches up once that frame is
 * painted, in a transition, instead of delaying it. Changes meanwhile are caught up together.
 */
export function usePendingAfterPaint(): ReadonlyMap<string, Annotation> {
  const [byId, setById] = useState(() => usePendingAnnotations.getState().byId);
  useEffect(() => {
    let live = true;
    let waiting = false;
    const catchUp = () =>
      startTransition(() => {
        if (live) setById(usePendingAnnotations.getState().byId);
      });
    const unsubscribe = usePendingAnnotations.subscribe(() => {
      if (waiting) return;
      waiting = true;
      void afterNextPaint(async () => {
        waiting = false;
        catchUp();
      });
    });
    // A change between the first render and this subscription.
    catchUp();
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return byId;
}
