import { lettersOf } from '../../domain/tag-letters';
import { useCallback, useMemo, useRef, useState } from 'react';
import { displayTitle, startsWithTitle } from '../../domain/document-title';
import { countWords } from '../../domain/text-stats';
import { idFinder } from '../../domain/id-finder';
import type { Annotation, SlantDocument } from '../../domain/types';
import {
  type DocumentEditorHandle,
  type HoverSpot,
  type TextSelection,
} from '../../editor/DocumentEditor';
import { highlightIndexFor } from '../../editor/highlight-index';
import { textPositions } from '../../editor/text-positions';
import { useCollections, useOutlets, useTags } from '../../state/live-queries';
import { DocumentHeader } from './DocumentHeader';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotatedText } from './AnnotatedText';
import { AnnotationList } from './AnnotationList';
import { AnnotatorNamePrompt } from './AnnotatorNamePrompt';
import { HighlightCard } from './HighlightCard';
import { OrphanList } from './OrphanList';
import { PageNotes } from './PageNotes';
import { SelectionToolbar } from './SelectionToolbar';
import { SuggestionCard } from './SuggestionCard';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useSuggestionReview } from './use-suggestion-review';
import { useDeletedElsewhere } from './use-deleted-elsewhere';
import { useTagging } from './use-tagging';
import { useKeyCommands } from './use-key-commands';
import { useEditedDocument } from './use-edited-document';
import { LayerBar } from './LayerBar';
import { DocumentActions } from './DocumentActions';
import { useReadOnlyShared } from '../../state/sync/read-only-shared';
import { useDocumentLayers } from './use-document-layers';
import { useStableCallback } from '../shared/use-stable-callback';
import { useAfterPaint } from '../shared/use-after-paint';
import './annotate.css';
import { routeHref } from '../shared/routes';

interface Hover extends HoverSpot {
  top: number;
  left: number;
}

type Place = { top: number; left: number };

/** Reading and annotating one document: the editor, the toolbar by the selection, the side panel. */
export function AnnotateView({ doc: latest }: { doc: SlantDocument }) {
  const edit = useEditedDocument(latest);
  // The text, and all that hangs on it, as the edit session sees it; details as stored.
  const { doc } = edit;
  const readOnly = useReadOnlyShared();
  // Text edits move every layer's annotations; the rest of the view works on the edited layer.
  const layers = useDocumentLayers(doc.id, edit.annotations);
  const annotations = layers.own;
  // The side panel lags a frame behind the text: a new highlight is painted first.
  const listed = useAfterPaint(annotations);
  const orphans = useMemo(() => (listed ?? []).filter((a) => a.status === 'orphaned'), [listed]);
  const tags = useTags();
  const outlets = useOutlets();
  const collections = useCollections();
  const editorRef = useRef<DocumentEditorHandle>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [toolbarAt, setToolbarAt] = useState<Place | null>(null);
  const [suggestionAt, setSuggestionAt] = useState<Place | null>(null);
  const [caret, setCaret] = useState(-1);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [message, setMessage] = useState('');
  const [editingDetails, setEditingDetails] = useState(false);

  const positions = useMemo(() => textPositions(edit.text), [edit.text]);
  // Counting 100,000 words takes milliseconds: once per text, not once per render.
  const words = useMemo(() => countWords(doc.text), [doc.text]);
  const title = displayTitle(latest);
  // Seed and imported texts often begin with their headline: shown once, in the header.
  const repeatsTitle = useMemo(() => startsWithTitle(doc.text, title), [doc.text, title]);
  // While the text is edited only the edited layer is drawn: every keystroke moves every drawn
  // highlight, and other layers' thousands would slow typing (they move all the same, unseen).
  const drawn = edit.editing ? layers.own : layers.drawn;
  const { highlightsOf } = edit;
  // Built once the layers are known: their colours arriving later made it twice on every open.
  const highlightIndex = useMemo(
    () =>
      highlightsOf?.(layers.layerId) ??
      highlightIndexFor(doc.id, (layers.ready && drawn) || [], positions, layers.colourOf),
    [highlightsOf, layers.layerId, doc.id, drawn, positions, layers.colourOf, layers.ready],
  );
  const tagById = useMemo(() => new Map((tags ?? []).map((t) => [t.id, t])), [tags]);
  // Looked up when needed (a map of thousands, made again on every tag, cost more than finding
  // one), where it was found last.
  const [findActive] = useState(() => idFinder<Annotation>());
  const active = activeId && annotations ? findActive(annotations, activeId) : undefined;
  const closeDetails = useCallback(() => setActiveId(null), []);
  useDeletedElsewhere(activeId, active, setMessage, closeDetails);
  const review = useSuggestionReview({
    doc,
    layerId: layers.layerId,
    annotations,
    outlets,
    tags,
    positions,
    enabled: !edit.editing,
    say: setMessage,
  });

  /** Where the toolbar (below) and the hover card (above) go, in the canvas's coordinates. */
  const placeBy = useCallback((rect: DOMRect | null, side: 'above' | 'below') => {
    const canvas = canvasRef.current?.getBoundingClientRect();
    if (!rect || !canvas) return null;
    const top = side === 'below' ? rect.bottom - canvas.top + 6 : rect.top - canvas.top - 6;
    return { top, left: Math.max(0, rect.left - canvas.left) };
  }, []);

  const { applyTag, reattach } = useTagging({
    doc,
    layerId: layers.layerId,
    annotations,
    selection,
    tagById,
    setActiveId,
    say: setMessage,
  });
  // One identity, so the open annotation's details need not render again with the view.
  const reattachActive = useStableCallback(() => reattach(active));

  // One identity, so the side panel's list need not render again with every change to the text.
  const open = useStableCallback((annotation: Annotation) => {
    setActiveId(annotation.id);
    // While editing, where it stands now (the panel's copy may be a save behind).
    const range = edit.editing ? edit.rangeOf(annotation.id) : annotation.target;
    if (range && annotation.status === 'anchored')
      editorRef.current?.select(range.start, range.end);
  });

  const onKeyCommand = useKeyCommands({
    applyTag,
    review,
    annotations,
    annotationFrom: active?.target.start ?? selection?.start ?? -1,
    caret,
    open,
    placeCaret: (offset) => editorRef.current?.select(offset, offset),
    say: setMessage,
  });

  const onSelectionChange = useCallback(
    (next: TextSelection | null) => {
      setSelection(next);
      setToolbarAt(next ? placeBy(next.rect, 'below') : null);
      if (next) setMessage('');
    },
    [placeBy],
  );
  const onHighlightClick = useCallback((id: string) => setActiveId(id), []);
  const onCaretMove = useStableCallback((offset: number | null) => {
    if (offset !== null) setCaret(offset);
    const key = review.onCaretMove(offset);
    const element = key
      ? canvasRef.current?.querySelector(`[data-suggestion-keys~="${key}"]`)
      : null;
    setSuggestionAt(element ? placeBy(element.getBoundingClientRect(), 'below') : null);
  });
  const { setActiveKey: setActiveSuggestion } = review;
  const onSuggestionClick = useCallback(
    (key: string, anchor: HTMLElement) => {
      setActiveSuggestion(key);
      setSuggestionAt(placeBy(anchor.getBoundingClientRect(), 'below'));
    },
    [setActiveSuggestion, placeBy],
  );
  const onHover = useCallback(
    (spot: HoverSpot | null, anchor: HTMLElement | null) => {
      const place = anchor ? placeBy(anchor.getBoundingClientRect(), 'above') : null;
      const next = spot && place ? { ...spot, ...place } : null;
      // Moving within the same highlight changes nothing: keep the state, skip the render.
      setHover((before) =>
        before &&
        next &&
        before.top === next.top &&
        before.left === next.left &&
        before.annotationIds.join() === next.annotationIds.join() &&
        before.suggestionKeys.join() === next.suggestionKeys.join()
          ? before
          : next,
      );
    },
    [placeBy],
  );

  if (!annotations || !tags || !outlets || !layers.ready)
    return <p role="status">Opening the document…</p>;

  const outlet = outlets.find((o) => o.id === doc.outletId);
  // Every annotation drawn, for the hover card; only the edited layer's open for editing.
  const hovered = hover?.annotationIds.flatMap((id) => drawn?.find((a) => a.id === id) ?? []) ?? [];
  const suggestionCardOpen = !!review.active && !!suggestionAt && !selection;
  // The open suggestion card already gives the reason: the hover card does not repeat it.
  const hoveredSuggestions = suggestionCardOpen
    ? []
    : (hover?.suggestionKeys.flatMap((key) => review.byKey.get(key) ?? []) ?? []);
  const openSuggestion = (suggestion: { start: number }) =>
    editorRef.current?.select(suggestion.start, suggestion.start);

  return (
    <div className="annotate-view">
      <div className="annotate-main">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <a href={routeHref({ name: 'library' })}>Library</a>
          {collections
            ?.filter((c) => doc.collectionIds.includes(c.id))
            .map((c) => (
              <span key={c.id}> / {c.name}</span>
            ))}
        </nav>
        <DocumentHeader
          doc={latest}
          title={title}
          outlet={outlet}
          words={words}
          actions={
            <DocumentActions
              doc={doc}
              title={title}
              tags={tags}
              editing={edit.editing}
              onToggleEditing={() => void (edit.editing ? edit.stop() : edit.start())}
              onEditDetails={() => setEditingDetails(true)}
              readOnlyReason={readOnly('documents', doc.id)}
            />
          }
        />
        {editingDetails && (
          <DocumentDetailsForm
            doc={latest}
            outlets={outlets}
            collections={collections ?? []}
            onDone={() => setEditingDetails(false)}
          />
        )}
        <AnnotatorNamePrompt />
        {layers.listed.length > 1 && (
          <LayerBar
            layers={layers.listed}
            activeId={layers.layerId}
            shownIds={layers.shownIds}
            counts={layers.counts}
            onChoose={(id) => {
              setActiveId(null);
              layers.choose(id);
            }}
            onShow={layers.show}
          />
        )}
        {edit.editing && (
          <p className="mode-hint" role="status">
            {edit.saving
              ? 'Editing the text… (saving shortly)'
              : 'Editing the text: all changes saved. Highlights move with your edits.'}
            {layers.drawn !== layers.own && ' Other layers show again when you finish editing.'}
          </p>
        )}
        {edit.saveError && (
          <p role="alert" className="save-error">
            {edit.saveError}
          </p>
        )}
        <p role="status" className="annotate-status">
          {message}
        </p>
        <div className="annotate-canvas" ref={canvasRef}>
          <AnnotatedText
            key={edit.editing ? 'editing' : doc.contentHash}
            documentId={doc.id}
            layerId={layers.layerId}
            positions={positions}
            colourOf={layers.colourOf}
            hideFirstLine={!edit.editing && repeatsTitle}
            ref={editorRef}
            text={edit.text}
            editable={edit.editing}
            onTextChange={edit.changeText}
            label={`Text of “${title}”`}
            highlightIndex={highlightIndex}
            suggestionIndex={review.index}
            tags={tags}
            onSelectionChange={onSelectionChange}
            onCaretMove={onCaretMove}
            onKeyCommand={onKeyCommand}
            onHighlightClick={onHighlightClick}
            onSuggestionClick={onSuggestionClick}
            onHover={onHover}
          />
          {selection && toolbarAt && !edit.editing && (
            <SelectionToolbar
              tags={tags}
              quote={doc.text.slice(selection.start, selection.end).trim()}
              position={toolbarAt}
              onTag={(id) => void applyTag(id)}
            />
          )}
          {suggestionCardOpen && review.active && suggestionAt && (
            <SuggestionCard
              suggestion={review.active}
              tag={tagById.get(review.active.tag)}
              letter={lettersOf(tagById).get(review.active.tag)}
              position={suggestionAt}
              onAccept={() => void review.accept(review.active!)}
              onReject={() => void review.reject(review.active!)}
            />
          )}
          {hover && hovered.length + hoveredSuggestions.length > 0 && (
            <HighlightCard
              annotations={hovered}
              suggestions={hoveredSuggestions}
              tags={tagById}
              editedLayerId={layers.layerId}
              layers={layers.layerById}
              position={hover}
            />
          )}
        </div>
      </div>
      <aside className="annotate-panel" aria-label="Annotations">
        {active && (
          <AnnotationDetails
            key={active.id}
            annotation={active}
            tags={tags}
            outlets={outlets}
            canReattach={!!selection}
            onReattach={reattachActive}
            onClose={closeDetails}
            onMessage={setMessage}
          />
        )}
        <AnnotationList
          annotations={listed ?? annotations}
          tags={tags}
          activeId={activeId}
          onOpen={open}
        />
        <PageNotes documentId={doc.id} />
        <OrphanList orphans={orphans} onOpen={open} />
        <SuggestionsPanel
          suggestions={review.suggestions}
          error={review.error}
          tags={tags}
          unavailable={
            edit.editing ? 'Suggestions are hidden while you edit the text.' : review.switchedOff
          }
          onOpen={openSuggestion}
          onAccept={(s) => void review.accept(s)}
          onReject={(s) => void review.reject(s)}
          onAcceptAll={(tagId) => void review.acceptAll(tagId)}
          onRejectAll={(tagId) => void review.rejectAll(tagId)}
          learning={review.learning}
          say={setMessage}
        />
      </aside>
    </div>
  );
}
