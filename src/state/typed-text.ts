import type { Annotation } from '../domain/types';
import { ownValue } from '../domain/keyed-record';
import { annotations } from '../storage';
import { mergeText } from '../sync/merge-text';
import { AnnotationGone } from './annotation-commands';
import { afterSaved } from './pending-annotations';
import { useUndoHistory, type UndoEntry } from './undo-history';

/**
 * Text typed into an annotation's field (its note, or one of its tag's questions), saved as it
 * is typed. Each save writes that one field and nothing else, read and written in one
 * transaction: when another tab changed the same text since this one last saw it, the two are
 * merged as text (the merge team sync uses), so neither tab's typing replaces the other's. One
 * typing session (focus to blur) is one step of undo, which also merges.
 */

export { mergeText };

/** `note`, or the key of one of the tag's fields. */
export type TypedField = 'note' | { key: string };

export const textOf = (annotation: Annotation, field: TypedField): string =>
  field === 'note' ? annotation.note : (ownValue(annotation.fields, field.key) ?? '');

function writing(stored: Annotation, field: TypedField, text: string): Partial<Annotation> {
  const updatedAt = new Date().toISOString();
  return field === 'note'
    ? { note: text, updatedAt }
    : { fields: { ...stored.fields, [field.key]: text }, updatedAt };
}

/** What a save did: the text now stored, and the other tab's text when it was merged in. */
export interface TypedSave {
  stored: string;
  mergedWith?: string;
}

async function write(
  id: string,
  field: TypedField,
  text: (current: string) => string,
): Promise<{ current: string; stored: string }> {
  let current = '';
  const written = await annotations.changeWith(id, (stored) => {
    current = textOf(stored, field);
    return writing(stored, field, text(current));
  });
  if (!written) throw new AnnotationGone();
  return { current, stored: textOf(written, field) };
}

export interface TypingSession {
  /** Saves `value`, typed over `base` (the text as this tab last had it). */
  save(base: string, value: string): Promise<TypedSave>;
}

/**
 * One field typed in, from focus to blur. `merge: false` for a choice (an outlet), where the
 * newer choice simply wins.
 */
export function typingSession(
  id: string,
  field: TypedField,
  { merge = true }: { merge?: boolean } = {},
): TypingSession {
  let entry: UndoEntry | undefined;
  let before = '';
  let latest = '';
  const combine = (base: string, ours: string, theirs: string) =>
    merge ? mergeText(base, ours, theirs) : ours;
  return {
    async save(base, value) {
      await afterSaved(id);
      const { current, stored } = await write(id, field, (current) =>
        current === base ? value : combine(base, value, current),
      );
      const history = useUndoHistory.getState();
      if (!entry || history.past.at(-1) !== entry) {
        before = base;
        entry = {
          label: 'Edit annotation',
          undo: async () => void (await write(id, field, (now) => combine(latest, before, now))),
          redo: async () => void (await write(id, field, (now) => combine(before, latest, now))),
        };
        history.push(entry);
      }
      latest = stored;
      return current === base ? { stored } : { stored, mergedWith: current };
    },
  };
}
