import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../domain/types';
import { AnnotationGone } from '../../state/annotation-commands';
import { registerFlush } from '../../state/pending-writes';
import {
  mergeText,
  textOf,
  typingSession,
  type TypedField,
  type TypingSession,
} from '../../state/typed-text';

/**
 * The annotation's text fields as they are typed: each is saved at most 300 ms after a key
 * press (sooner when the tab goes away), so a crash loses at most the last instant of typing.
 * A draft is the text typed over `base`, the stored text this tab last had; another tab's edit
 * made meanwhile is merged in at the next save, and the user is told.
 */
export const SAVE_WITHIN_MS = 300;

interface Draft {
  value: string;
  base: string;
}

const keyOf = (field: TypedField) => (field === 'note' ? 'note' : `field:${field.key}`);

export interface TypedDraftEvents {
  /** Another tab changed the same text; `ours` is what this tab had typed. */
  onMerged: (field: TypedField, ours: string) => void;
  /** The annotation was deleted elsewhere; `lost` is the text that could not be saved. */
  onGone: (lost: string) => void;
}

export function useTypedDrafts(annotation: Annotation, events: TypedDraftEvents) {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const draftsRef = useRef(drafts);
  const fields = useRef(new Map<string, TypedField>());
  const sessions = useRef(new Map<string, TypingSession>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ annotation, events });
  useEffect(() => {
    latest.current = { annotation, events };
  });

  const update = (key: string, draft: Draft | undefined) => {
    const next = new Map(draftsRef.current);
    if (draft) next.set(key, draft);
    else next.delete(key);
    draftsRef.current = next;
    setDrafts(next);
  };

  // One save at a time, each reading the drafts as they are when it starts.
  const saveAll = (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    // A save that failed (a full disk) keeps its draft on screen; the next one tries again.
    queue.current = queue.current
      .catch(() => undefined)
      .then(async () => {
        const { annotation, events } = latest.current;
        for (const [key, draft] of draftsRef.current) {
          if (draft.value === draft.base) continue;
          const field = fields.current.get(key)!;
          let session = sessions.current.get(key);
          if (!session) {
            session = typingSession(annotation.id, field);
            sessions.current.set(key, session);
          }
          try {
            const saved = await session.save(draft.base, draft.value);
            const now = draftsRef.current.get(key) ?? draft;
            // Keys pressed while saving stay in the draft, on top of what was stored.
            update(key, {
              value:
                saved.mergedWith === undefined
                  ? now.value
                  : mergeText(draft.value, now.value, saved.stored),
              base: saved.stored,
            });
            if (saved.mergedWith !== undefined) events.onMerged(field, draft.value);
          } catch (error) {
            if (!(error instanceof AnnotationGone)) throw error;
            update(key, undefined);
            events.onGone(draft.value);
          }
        }
      });
    return queue.current;
  };

  useEffect(() => {
    const unregister = registerFlush(saveAll);
    return () => {
      unregister();
      void saveAll(); // leaving the page by keyboard (Alt+Left) unmounts without a blur
    };
    // saveAll reads everything through refs: registered once for the panel's life.
  }, []);

  return {
    /** What the field shows: this tab's draft while there is one, else the stored text. */
    shown: (field: TypedField) => drafts.get(keyOf(field))?.value ?? textOf(annotation, field),
    change: (field: TypedField, value: string) => {
      const key = keyOf(field);
      fields.current.set(key, field);
      const pending = draftsRef.current.get(key);
      const base = pending?.base ?? textOf(annotation, field);
      // A merge saved just now may not be on screen yet: the key was typed over the text as
      // rendered, so bring it onto the merged text rather than typing the merge away.
      const rendered = drafts.get(key)?.value ?? textOf(annotation, field);
      const typed =
        pending && pending.value !== rendered ? mergeText(rendered, value, pending.value) : value;
      update(key, { value: typed, base });
      timer.current ??= setTimeout(() => void saveAll(), SAVE_WITHIN_MS);
    },
    /** The field lost focus: save now, and let it show the stored text again. */
    finish: async (field: TypedField) => {
      const key = keyOf(field);
      await saveAll();
      const draft = draftsRef.current.get(key);
      if (draft && draft.value === draft.base) update(key, undefined);
      sessions.current.delete(key);
    },
  };
}
