import type { KeyboardEvent } from 'react';

/** What a key press in the annotation editor asks for, independent of what then happens. */
export type EditorKeyCommand =
  | { kind: 'tag'; tagId: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'next-annotation' }
  | { kind: 'previous-annotation' }
  | null;

export function readKeyCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  shortcuts: ReadonlyMap<string, string>,
): EditorKeyCommand {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && key === 'z') return { kind: event.shiftKey ? 'redo' : 'undo' };
  if (mod && !event.altKey && key === 'y') return { kind: 'redo' };
  if (event.altKey && !mod && event.key === 'ArrowDown') return { kind: 'next-annotation' };
  if (event.altKey && !mod && event.key === 'ArrowUp') return { kind: 'previous-annotation' };
  if (mod || event.altKey) return null;
  const tagId = shortcuts.get(key);
  return tagId ? { kind: 'tag', tagId } : null;
}
