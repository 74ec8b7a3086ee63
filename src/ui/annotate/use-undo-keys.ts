import { useEffect } from 'react';
import { useStableCallback } from '../shared/use-stable-callback';

/**
 * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) anywhere on the page while the view is open, except while
 * typing in a field or in the text (which handles its own keys). Listening on the window, not the
 * view, keeps undo working after the focused button went away, e.g. "Accept all".
 */
export function useUndoKeys(run: (kind: 'undo' | 'redo') => void) {
  const onKeyDown = useStableCallback((event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest?.('input, textarea, select, [data-slate-editor]')) return;
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    run(key === 'y' || event.shiftKey ? 'redo' : 'undo');
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onKeyDown]);
}
