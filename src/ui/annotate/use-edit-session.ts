import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { editBetween } from '../../domain/anchoring';
import {
  liveRangesOf,
  moveLiveRanges,
  placeOnEditedText,
  positionsWhileEditing,
  type LiveRanges,
} from '../../domain/apply-text-edit';
import type { Annotation, SlantDocument } from '../../domain/types';
import { registerFlush } from '../../state/pending-writes';
import { saveDocumentText } from '../../state/save-document-text';
import { SharedRecordError } from '../../state/sync/read-only-shared';

/**
 * Edit mode: the user cleans an imported text (boilerplate, typos) while annotations move with
 * each edit. Changes are saved within 300 ms of a key press, when the tab is hidden or closed,
 * and when edit mode ends.
 */
interface Session {
  text: string;
  ranges: LiveRanges;
  /** The annotations as stored when the session began or last saved. */
  base: readonly Annotation[];
  dirty: boolean;
}

/** Typing is saved at most this long after a key press, however fast the typing goes on. */
const SAVE_WITHIN_MS = 300;

export function useEditSession(doc: SlantDocument, annotations: readonly Annotation[] | undefined) {
  const [session, setSession] = useState<Session | null>(null);
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const [saveError, setSaveError] = useState('');
  // Counts saves, so typing that went on during one starts the timer again.
  const [saves, setSaves] = useState(0);

  const save = useCallback(async () => {
    const current = sessionRef.current;
    if (!current?.dirty) return;
    const placed = placeOnEditedText(current.text, current.base, current.ranges);
    try {
      await saveDocumentText(doc, current.text, current.base, placed);
      setSaveError('');
      setSaves((n) => n + 1);
      setSession((s) => (s && s.text === current.text ? { ...s, base: placed, dirty: false } : s));
    } catch (error) {
      console.error(error);
      setSaveError(
        error instanceof SharedRecordError
          ? `Your last edits to this text were not saved: ${error.message} Copy what you typed if you need it.`
          : 'Your last edits could not be saved. Keep this tab open and export a backup.',
      );
    }
  }, [doc]);

  // The timer starts at the first unsaved change and is not pushed back by later ones.
  const dirty = session?.dirty ?? false;
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), SAVE_WITHIN_MS);
    return () => clearTimeout(timer);
  }, [dirty, save, saves]);

  useEffect(() => registerFlush(save), [save]);

  const start = useCallback(() => {
    if (!annotations) return;
    setSession({
      text: doc.text,
      ranges: liveRangesOf(annotations),
      base: annotations,
      dirty: false,
    });
  }, [annotations, doc.text]);

  const stop = useCallback(async () => {
    await save();
    setSession(null);
  }, [save]);

  const changeText = useCallback((text: string) => {
    setSession((s) => {
      if (!s) return s;
      const edit = editBetween(s.text, text);
      return edit ? { ...s, text, ranges: moveLiveRanges(s.ranges, edit), dirty: true } : s;
    });
  }, []);

  const shown = useMemo(
    () => (session ? positionsWhileEditing(session.base, session.ranges) : undefined),
    [session],
  );

  return {
    editing: session !== null,
    text: session?.text ?? doc.text,
    /** While editing, the annotations where they stand in the edited text. */
    annotations: shown ?? annotations,
    saving: session?.dirty ?? false,
    saveError,
    start,
    stop,
    changeText,
  };
}
