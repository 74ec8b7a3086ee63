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
import { saveDocumentText } from '../../state/save-document-text';

/**
 * Edit mode: the user cleans an imported text (boilerplate, typos) while annotations move with
 * each edit. Changes are saved a moment after typing stops, when the tab is hidden or closed,
 * and when edit mode ends.
 */
interface Session {
  text: string;
  ranges: LiveRanges;
  /** The annotations as stored when the session began or last saved. */
  base: readonly Annotation[];
  dirty: boolean;
}

const SAVE_AFTER_MS = 800;

export function useEditSession(doc: SlantDocument, annotations: readonly Annotation[] | undefined) {
  const [session, setSession] = useState<Session | null>(null);
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const [saveError, setSaveError] = useState('');

  const save = useCallback(async () => {
    const current = sessionRef.current;
    if (!current?.dirty) return;
    const placed = placeOnEditedText(current.text, current.base, current.ranges);
    try {
      await saveDocumentText(doc, current.text, current.base, placed);
      setSaveError('');
      setSession((s) => (s && s.text === current.text ? { ...s, base: placed, dirty: false } : s));
    } catch (error) {
      console.error(error);
      setSaveError('Your last edits could not be saved. Keep this tab open and export a backup.');
    }
  }, [doc]);

  useEffect(() => {
    if (!session?.dirty) return;
    const timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [session, save]);

  useEffect(() => {
    const flush = () => void save();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [save]);

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
