import { useEffect, useRef } from 'react';
import type { Annotation } from '../../domain/types';
import { deletedElsewhere } from '../../state/annotation-commands';

/**
 * The open annotation vanished: when another tab deleted it, say so (its panel closes, and the
 * user should know why) rather than let it disappear without a word.
 */
export function useDeletedElsewhere(
  activeId: string | null,
  active: Annotation | undefined,
  say: (message: string) => void,
  close: () => void,
) {
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (active) {
      seen.current = active.id;
      return;
    }
    if (!activeId || seen.current !== activeId) return;
    seen.current = null;
    void deletedElsewhere(activeId).then((elsewhere) => {
      if (!elsewhere) return;
      say('The annotation you had open was deleted in another tab; it stays deleted.');
      close();
    });
  }, [activeId, active, say, close]);
}
