import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { placeOnEditedText } from '../../domain/apply-text-edit';
import type { Annotation, SlantDocument } from '../../domain/types';
import { applyBlockTextEdit, blockTextEdit } from '../../editor/block-text-edit';
import { EditingHighlights } from '../../editor/editing-highlights';
import { LiveBlockRanges } from '../../editor/live-block-ranges';
import { textPositionsOfBlocks } from '../../editor/text-positions';
import { registerFlush } from '../../state/pending-writes';
import { saveDocumentText } from '../../state/save-document-text';
import { SharedRecordError } from '../../state/sync/read-only-shared';

/**
 * Edit mode: the user cleans an imported text (boilerplate, typos) while annotations move with
 * each edit. Changes are saved within 300 ms of a key press, when the tab is hidden or closed,
 * and when edit mode ends.
 *
 * A keystroke costs what its paragraph costs, not what the document does: the change is found
 * from the blocks Slate changed (`blockTextEdit`), annotations move relative to their paragraphs
 * (`LiveBlockRanges`) and only the changed paragraphs' highlights are made again
 * (`EditingHighlights`). Offsets into the whole text are worked out when the text is saved.
 */
interface Live {
  text: string;
  blocks: readonly string[];
  ranges: LiveBlockRanges;
  highlights: EditingHighlights;
}

interface Session {
  live: Live;
  /** Changes so far: a new number for each, so the view draws the text as it now is. */
  version: number;
  /** The annotations as stored when the session began or last saved. */
  base: readonly Annotation[];
  dirty: boolean;
}

/** Typing is saved at most this long after a key press, however fast the typing goes on. */
const SAVE_WITHIN_MS = 300;

export function useEditSession(doc: SlantDocument, annotations: readonly Annotation[] | undefined) {
  const [session, setSessionState] = useState<Session | null>(null);
  // Read by saves and changes as it is now, not as of the last render.
  const sessionRef = useRef(session);
  const setSession = useCallback((next: Session | null) => {
    sessionRef.current = next;
    setSessionState(next);
  }, []);
  const [saveError, setSaveError] = useState('');
  // Counts saves, so typing that went on during one starts the timer again.
  const [saves, setSaves] = useState(0);

  const save = useCallback(async () => {
    const current = sessionRef.current;
    if (!current?.dirty) return;
    const { text, ranges } = current.live;
    const version = current.version;
    const placed = placeOnEditedText(text, current.base, ranges.liveRanges());
    try {
      await saveDocumentText(doc, text, current.base, placed);
      setSaveError('');
      setSaves((n) => n + 1);
      const now = sessionRef.current;
      if (now && now.live === current.live) {
        setSession({ ...now, base: placed, dirty: now.version !== version });
      }
    } catch (error) {
      console.error(error);
      setSaveError(
        error instanceof SharedRecordError
          ? `Your last edits to this text were not saved: ${error.message} Copy what you typed if you need it.`
          : 'Your last edits could not be saved. Keep this tab open and export a backup.',
      );
    }
  }, [doc, setSession]);

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
    const ranges = new LiveBlockRanges(doc.text, annotations);
    const byId = new Map(annotations.map((a) => [a.id, a]));
    setSession({
      live: {
        text: doc.text,
        blocks: doc.text.split('\n'),
        ranges,
        highlights: new EditingHighlights(ranges, byId),
      },
      version: 0,
      base: annotations,
      dirty: false,
    });
  }, [annotations, doc.text, setSession]);

  const stop = useCallback(async () => {
    await save();
    setSession(null);
  }, [save, setSession]);

  /** The editor's blocks (paragraph texts) after a change. */
  const changeText = useCallback(
    (blocks: readonly string[]) => {
      const s = sessionRef.current;
      if (!s) return;
      const { live } = s;
      const change = blockTextEdit(live.blocks, blocks, (b) => live.ranges.startOf(b));
      if (!change) return;
      live.text = applyBlockTextEdit(live.text, change);
      live.blocks = blocks;
      // The view and the editor ask for the new text's positions next: made from the blocks.
      textPositionsOfBlocks(live.text, blocks);
      live.ranges.apply(change);
      setSession({ ...s, version: s.version + 1, dirty: true });
    },
    [setSession],
  );

  const live = session?.live;
  const version = session?.version;
  // A new function for each change, so that memos on it draw the text as it now is.
  const highlightsOf = useMemo(
    () =>
      live && version !== undefined
        ? (layerId: string) => live.highlights.indexFor(layerId)
        : undefined,
    [live, version],
  );
  return {
    editing: session !== null,
    text: live?.text ?? doc.text,
    /**
     * While editing, the annotations as last saved: the side panel's copy, a save behind the
     * text at most. Highlights and `rangeOf` follow every keystroke.
     */
    annotations: session?.base ?? annotations,
    /** While editing, a layer's highlights where they stand in the edited text. */
    highlightsOf,
    /** While editing, where an annotation now stands; `undefined` when not editing. */
    rangeOf: (id: string) => session?.live.ranges.rangeOf(id),
    saving: session?.dirty ?? false,
    saveError,
    start,
    stop,
    changeText,
  };
}
