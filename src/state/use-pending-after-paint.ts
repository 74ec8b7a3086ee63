import { startTransition, useEffect, useState } from 'react';
import type { Annotation } from '../domain/types';
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
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const catchUp = () => startTransition(() => setById(usePendingAnnotations.getState().byId));
    const unsubscribe = usePendingAnnotations.subscribe(() => {
      if (frame || timer) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(() => {
          timer = undefined;
          catchUp();
        }, 0);
      });
    });
    // A change between the first render and this subscription.
    catchUp();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return byId;
}
