import type { KeyboardEvent } from 'react';

/** What a key press in the annotation editor asks for, independent of what then happens. */
export type EditorKeyCommand =
  /**
   * `range`: the selection as the browser has it at the key press. The editor hears of a
   * selection change a moment later, so a key pressed right after Shift+Arrow must not use the
   * editor's (older) selection.
   */
  | { kind: 'tag'; tagId: string; range?: { start: number; end: number } }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'next-annotation' }
  | { kind: 'previous-annotation' }
  | { kind: 'next-suggestion' }
  | { kind: 'previous-suggestion' }
  /** Enter: accept the suggestion at the caret, if there is one. */
  | { kind: 'accept-suggestion' }
  /** Delete or Backspace: reject the suggestion at the caret, if there is one. */
  | { kind: 'reject-suggestion' }
  | null;

export function readKeyCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  shortcuts: ReadonlyMap<string, string>,
): EditorKeyCommand {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && key === 'z') return { kind: event.shiftKey ? 'redo' : 'undo' };
  if (mod && !event.altKey && key === 'y') return { kind: 'redo' };
  if (event.altKey && !mod && event.key === 'ArrowDown') {
    return { kind: event.shiftKey ? 'next-suggestion' : 'next-annotation' };
  }
  if (event.altKey && !mod && event.key === 'ArrowUp') {
    return { kind: event.shiftKey ? 'previous-suggestion' : 'previous-annotation' };
  }
  if (mod || event.altKey) return null;
  if (event.key === 'Enter' && !event.shiftKey) return { kind: 'accept-suggestion' };
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'reject-suggestion' };
  const tagId = shortcuts.get(key);
  return tagId ? { kind: 'tag', tagId } : null;
}
