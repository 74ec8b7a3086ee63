import { useCallback, useMemo, useRef, useState } from 'react';
import { claimMatrix, suggestedClaims, type ArticleAttribution } from '../../analysis';
import { trimSelection } from '../../domain/trim-selection';
import type { Claim, SlantDocument } from '../../domain/types';
import {
  createClaim,
  deleteClaim,
  linkPassage,
  unlinkPassages,
  type PickedPassage,
} from '../../state/claim-commands';
import { createClaimWithPassages } from '../../state/claim-from-passages';
import {
  useAnnotationsOf,
  useClaims,
  useCollections,
  useDocuments,
  useDocumentsById,
  useOutlets,
  useTags,
} from '../../state/live-queries';
import { displayTitle } from '../../domain/document-title';
import { ClaimMatrix } from './ClaimMatrix';
import { CompareColumn } from './CompareColumn';
import { ScrollCue } from './ScrollCue';
import { ComparePicker, MAX_COMPARED } from './ComparePicker';
import { FiguresChart } from './FiguresChart';
import { FiguresExport } from './FiguresExport';
import { FiguresProgress } from './FiguresProgress';
import { FiguresTable } from './FiguresTable';
import { PassageBar } from './PassageBar';
import { ColumnChooser } from './ColumnChooser';
import { comparisonKey, useCompareColumns } from '../../state/compare-columns';
import type { TextMark } from './column-runs';
import { SuggestedClaimCard } from './SuggestedClaimCard';
import { useAttributions } from './use-attributions';
import { useCountedLayers } from './use-counted-layers';
import { LayersCounted } from './LayersCounted';
import { useCompareFigures } from './use-compare-figures';
import { ClaimsExport } from './ClaimsExport';
import { TagFilter } from '../shared/TagFilter';
import { NewItemForm } from '../shared/NewItemForm';
import './compare.css';

interface CompareViewProps {
  collectionId?: string;
  documentIds?: string[];
}

/** A passage waiting to join a claim, with where it is from and its words for the bar. */
interface Picked {
  passage: PickedPassage;
  documentId: string;
  quote: string;
}

/**
 * Compare: a collection's articles (or any two to six) side by side, with the figures that tell
 * their framing apart above them and the claims they share below.
 */
export function CompareView({ collectionId, documentIds }: CompareViewProps) {
  const collections = useCollections();
  const library = useDocuments();
  const outlets = useOutlets();
  const tags = useTags();
  const claims = useClaims();
  const collection = collectionId ? collections?.find((c) => c.id === collectionId) : undefined;
  const ids = useMemo(
    () => (collection ? collection.documentIds : (documentIds ?? [])).slice(0, MAX_COMPARED),
    [collection, documentIds],
  );
  const annotations = useAnnotationsOf(ids);
  const layers = useCountedLayers(ids, annotations);
  // The compared articles are read on their own: the whole library (for the picker) may be
  // thousands of articles, and the columns need not wait for it.
  const compared = useDocumentsById(ids);
  const docs = useMemo(() => (compared ?? []).filter((d) => !d.deletedAt), [compared]);
  const [tagFilter, setTagFilter] = useState('');
  const [countSuggestions, setCountSuggestions] = useState(false);
  // Picking a passage redraws only the passage bar: the columns, figures and picker are memo'd.
  const [picked, setPicked] = useState<Picked | null>(null);
  const [message, setMessage] = useState('');
  const chart = useRef<SVGSVGElement>(null);
  const bar = useRef<HTMLFormElement>(null);
  // Enter on a passage selected from the keyboard: on to the bar that adds it to a claim.
  const onPassageChosen = useCallback(
    () =>
      requestAnimationFrame(() =>
        bar.current?.querySelector<HTMLElement>('select, input')?.focus(),
      ),
    [],
  );
  const pickedDoc = picked ? docs.find((d) => d.id === picked.documentId) : undefined;
  const comparison = comparisonKey(collectionId, ids);
  const hiddenIds = useCompareColumns((s) => s.hiddenByComparison[comparison]);
  const setHidden = useCompareColumns((s) => s.setHidden);
  const hidden = useMemo(() => new Set(hiddenIds ?? []), [hiddenIds]);
  // A choice that hid every article left (some were removed) shows them all again.
  const columns = docs.some((d) => !hidden.has(d.id))
    ? docs.filter((d) => !hidden.has(d.id))
    : docs;

  const { counted } = layers;
  const anchored = useMemo(
    () => (annotations ?? []).filter((a) => a.status === 'anchored' && counted.has(a.layerId)),
    [annotations, counted],
  );
  const tagById = useMemo(() => new Map((tags ?? []).map((t) => [t.id, t])), [tags]);
  const tagIds = useMemo(() => new Set(tagById.keys()), [tagById]);
  // Sources are looked for once the columns are drawn: a kept answer comes back at once, and
  // working the figures out anew with it must not hold up the first picture of the articles.
  const drawn =
    !!(collections && compared && outlets && tags && claims && annotations) && layers.ready;
  const { attributions, error: attributionError } = useAttributions(docs, drawn);
  const sourcesPending = !attributions && !attributionError;
  const figures = useCompareFigures(
    docs,
    anchored,
    outlets ?? [],
    tagIds,
    countSuggestions,
    attributions,
  );
  const outletById = useMemo(() => new Map((outlets ?? []).map((o) => [o.id, o])), [outlets]);
  const outletOf = useCallback(
    (d: SlantDocument) => (d.outletId ? outletById.get(d.outletId) : undefined),
    [outletById],
  );

  const marksByDocument = useMemo(() => {
    const byDoc = new Map<string, TextMark[]>();
    const add = (documentId: string, mark: TextMark) => {
      const list = byDoc.get(documentId);
      if (list) list.push(mark);
      else byDoc.set(documentId, [mark]);
    };
    for (const a of anchored) {
      const tagId = a.tagIds[0] ?? '';
      if (tagFilter && !a.tagIds.includes(tagFilter)) continue;
      add(a.documentId, { id: a.id, start: a.target.start, end: a.target.end, tagId });
    }
    for (const [documentId, list] of figures.suggestions ?? []) {
      for (const s of list) {
        if (tagFilter && s.tag !== tagFilter) continue;
        const mark = { id: `${s.tag}|${s.start}|${s.end}`, start: s.start, end: s.end };
        add(documentId, { ...mark, tagId: s.tag, suggested: true });
      }
    }
    return byDoc;
  }, [anchored, figures.suggestions, tagFilter]);

  const matrixRows = useMemo(() => {
    const annotationIds = new Set(anchored.map((a) => a.id));
    const shown = (claims ?? []).filter(
      (c) => c.annotationIds.length === 0 || c.annotationIds.some((id) => annotationIds.has(id)),
    );
    return claimMatrix(shown, anchored, docs, attributions ?? NO_ATTRIBUTIONS);
  }, [claims, anchored, docs, attributions]);
  // Figures the articles report, offered as claims the reader has not made yet: not once a
  // claim has that name or holds one of the offered passages.
  const offered = useMemo(() => {
    if (!attributions) return [];
    const names = new Set((claims ?? []).map((c) => c.name.trim().toLowerCase()));
    const inClaims = new Set((claims ?? []).flatMap((c) => c.annotationIds));
    const claimed = new Set(
      anchored
        .filter((a) => inClaims.has(a.id))
        .map((a) => `${a.documentId}|${a.target.start}|${a.target.end}`),
    );
    return suggestedClaims(docs, attributions).filter(
      (s) =>
        !names.has(s.name.toLowerCase()) &&
        !s.cells.some(
          (c) => c.passage && claimed.has(`${c.documentId}|${c.passage.start}|${c.passage.end}`),
        ),
    );
  }, [attributions, claims, docs, anchored]);
  const claimById = useMemo(() => new Map((claims ?? []).map((c) => [c.id, c])), [claims]);

  const onSelectPassage = useCallback(
    (documentId: string, start: number, end: number) => {
      const doc = docs.find((d) => d.id === documentId);
      const trimmed = doc && trimSelection(doc.text, start, end);
      if (!doc || !trimmed) return;
      const passage = { documentId, text: doc.text, ...trimmed };
      setPicked({ passage, documentId, quote: doc.text.slice(trimmed.start, trimmed.end) });
    },
    [docs],
  );
  const onMarkClick = useCallback(
    (documentId: string, mark: TextMark) => {
      const doc = docs.find((d) => d.id === documentId);
      if (!doc || mark.suggested || window.getSelection()?.isCollapsed === false) return;
      const quote = doc.text.slice(mark.start, mark.end);
      setPicked({ passage: { annotationId: mark.id }, documentId, quote });
    },
    [docs],
  );

  const addSuggested = async (claimName: string, documentIds: string[], what: string) => {
    const passages = offered
      .find((s) => s.what === what)
      ?.cells.filter((c) => c.passage && documentIds.includes(c.documentId))
      .map((c) => {
        const doc = docs.find((d) => d.id === c.documentId)!;
        return { documentId: doc.id, text: doc.text, ...c.passage! };
      });
    if (!passages) return;
    try {
      await createClaimWithPassages(claimName, passages);
      setMessage(`Added the claim “${claimName}” with ${passages.length} passages.`);
    } catch (error) {
      setMessage(`Could not save the claim: ${(error as Error).message}.`);
    }
  };

  const addPicked = async (claim: Claim | string) => {
    if (!picked) return;
    const name = typeof claim === 'string' ? claim : claim.name;
    try {
      await linkPassage(claim, picked.passage);
      setMessage(`Added “${picked.quote.slice(0, 60)}” to the claim “${name}”.`);
      setPicked(null);
      window.getSelection()?.removeAllRanges();
    } catch (error) {
      setMessage(`Could not save the claim: ${(error as Error).message}. Nothing was changed.`);
    }
  };

  if (!collections || !compared || !outlets || !tags || !claims || !annotations || !layers.ready) {
    return <p role="status">Opening Compare…</p>;
  }
  const name = collection?.name ?? 'Selected articles';
  const missing = ids.length - docs.length;

  return (
    <div className="compare-view">
      <header className="view-header">
        <h1>Compare{docs.length > 0 ? `: ${name}` : ''}</h1>
      </header>
      <ComparePicker
        collections={collections}
        documents={library}
        chosen={ids}
        open={docs.length < 2}
      />
      {collectionId && !collection && (
        <p role="alert">This collection is not in your library (it may have been deleted).</p>
      )}
      {missing > 0 && (
        <p className="error-text">
          {missing} of the chosen articles are not in the library any more (deleted or in the
          trash).
        </p>
      )}
      {docs.length >= 2 && (
        <>
          <section aria-labelledby="figures-heading" className="compare-figures">
            <h2 id="figures-heading">How they frame it</h2>
            <LayersCounted
              layers={layers.offered}
              counted={counted}
              counts={layers.counts}
              isDefault={layers.isDefault}
              onChange={layers.choose}
              onReset={layers.reset}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={countSuggestions}
                onChange={(e) => setCountSuggestions(e.target.checked)}
              />
              Count suggestions too (not only accepted annotations)
            </label>
            <FiguresProgress
              articles={docs.length}
              analysing={figures.analysing}
              sourcesPending={sourcesPending}
              sourcesError={attributionError}
              suggestionsError={figures.error}
            />
            <FiguresTable rows={figures.rows} sourcesPending={sourcesPending} />
            <p className="figures-note">
              Loaded language and unattributed claims count the passages tagged so far
              {countSuggestions ? ', with the suggestions not yet accepted or rejected' : ''};
              attributed claims are the sentences that say who said it, and sources named the
              people, organisations and outlets they name, as Slant finds them in the text. Layers
              counted: {layers.text}.
            </p>
            <FiguresChart
              rows={figures.rows}
              counted={layers.text}
              sourcesPending={sourcesPending}
              ref={chart}
            />
            <FiguresExport
              rows={figures.rows}
              chart={() => chart.current}
              name={name}
              counted={layers.text}
              sourcesPending={sourcesPending}
            />
          </section>
          <div className="compare-toolbar">
            <TagFilter label="Highlights" value={tagFilter} tags={tags} onChange={setTagFilter} />
            <p className="compare-hint">
              Select a passage in any article (with the mouse, or Shift+arrow keys and then Enter),
              or click a highlight, to add it to a claim.
            </p>
            <ColumnChooser
              docs={docs}
              hidden={hidden}
              nameOf={(d) => outletOf(d)?.name ?? displayTitle(d)}
              onChange={(ids) => setHidden(comparison, ids)}
            />
            <button type="button" onClick={() => window.print()}>
              Print the comparison
            </button>
          </div>
          <p role="status" className="compare-status">
            {message}
          </p>
          {picked && pickedDoc && (
            <PassageBar
              ref={bar}
              key={`${picked.documentId}|${picked.quote}`}
              quote={picked.quote}
              article={displayTitle(pickedDoc)}
              outlet={outletOf(pickedDoc)?.name}
              claims={claims}
              onAdd={(claim) => void addPicked(claim)}
              onCancel={() => setPicked(null)}
            />
          )}
          <ScrollCue count={columns.length}>
            {columns.map((d) => (
              <CompareColumn
                key={d.id}
                doc={d}
                outlet={outletOf(d)}
                outlets={outlets ?? []}
                marks={marksByDocument.get(d.id) ?? NO_MARKS}
                tags={tagById}
                onSelectPassage={onSelectPassage}
                onMarkClick={onMarkClick}
                onPassageChosen={onPassageChosen}
              />
            ))}
          </ScrollCue>
          <section aria-labelledby="claims-heading" className="compare-claims">
            <h2 id="claims-heading">Claims</h2>
            {offered.map((suggestion) => (
              <SuggestedClaimCard
                key={suggestion.what}
                suggestion={suggestion}
                docs={docs}
                outletOf={outletOf}
                onAdd={(claimName, documentIds) =>
                  void addSuggested(claimName, documentIds, suggestion.what)
                }
              />
            ))}
            <NewItemForm
              label="New claim"
              placeholder="e.g. Death toll"
              submitLabel="Create claim"
              onCreate={(claimName) => createClaim(claimName)}
            />
            <ClaimMatrix
              rows={matrixRows}
              attributing={!attributions && !attributionError}
              claims={claimById}
              docs={docs}
              outletOf={outletOf}
              annotationsOf={(id) => anchored.filter((a) => a.documentId === id)}
              onLink={(claim, annotationId) => void linkPassage(claim, { annotationId })}
              onUnlink={(claim, annotationIds) => void unlinkPassages(claim, annotationIds)}
              onDelete={(claim) =>
                void deleteClaim(claim).then(() =>
                  setMessage(`Deleted the claim “${claim.name}”; its passages stay annotated.`),
                )
              }
            />
            <ClaimsExport
              rows={matrixRows}
              docs={docs}
              name={name}
              counted={layers.text}
              outletName={(d) => outletOf(d)?.name}
            />
          </section>
        </>
      )}
    </div>
  );
}

const NO_MARKS: TextMark[] = [];
const NO_ATTRIBUTIONS: ReadonlyMap<string, ArticleAttribution> = new Map();
