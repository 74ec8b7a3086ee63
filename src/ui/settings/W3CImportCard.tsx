import { useState, type ChangeEvent } from 'react';
import {
  describeMerge,
  editableLayers,
  importedLayer,
  mergeCounts,
  type MergeCounts,
} from '../../domain/layers';
import { extendTaxonomy } from '../../domain/taxonomy-presets';
import type { UnplacedAnnotation } from '../../domain/records';
import type { Annotation, Claim, Tag } from '../../domain/types';
import { MAX_BACKUP_BYTES } from '../../io/backup';
import { readJsonText, sizeError } from '../../io/shared';
import { fromW3C } from '../../io/w3c';
import { addImportedAnnotations, planImportedAnnotations } from '../../state/exchange-commands';
import { useDocuments, useLayers, useTags } from '../../state/live-queries';
import { annotatorName } from '../../state/preferences';
import { useSharingStore } from '../../state/sync/sharing-store';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { ownValue } from '../../domain/keyed-record';

interface Pending {
  fileName: string;
  annotations: Annotation[];
  newTags: Tag[];
  claims: Claim[];
  placed: number;
  orphaned: number;
  /** On no passage: waiting for their article, or notes on a whole page. */
  unplaced: UnplacedAnnotation[];
  problems: string[];
  /** What the import will do under the merge rule, counted before confirming. */
  counts: MergeCounts;
}

const waitingText = (n: number) => (n === 1 ? '1 waits' : `${n} wait`);

/** The layer choice that means "a new layer named after the file". */
const NEW_LAYER = '';

/**
 * Settings › Annotations from other tools: W3C Web Annotations (Slant's own, Hypothesis,
 * Recogito) go onto the matching documents, as orphans where their quote is not found; those
 * whose article is not in the library, and notes on a whole page, go to the Unplaced list.
 * New annotations go into a new layer named after the file, or a layer the user picks; copies
 * of annotations already here merge under the merge rule, and the summary says what will happen.
 */
export function W3CImportCard() {
  const documents = useDocuments();
  const tags = useTags();
  const layers = useLayers();
  const [pending, setPending] = useState<Pending | null>(null);
  const [target, setTarget] = useState(NEW_LAYER);
  const space = useSharingStore((state) => state.membership);
  const [message, setMessage] = useState<NoticeMessage | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setPending(null);
    if (!file || !documents || !tags) return;
    // The size is checked before the file is read: a huge file is refused at once.
    const tooLarge = sizeError(file.size, MAX_BACKUP_BYTES, file.name);
    if (tooLarge) return setMessage({ text: `${tooLarge} Nothing was changed.`, error: true });
    const json = readJsonText(await file.text(), {
      maxBytes: MAX_BACKUP_BYTES,
      fileName: file.name,
    });
    if (!json.ok) return setMessage({ text: `${json.error} Nothing was changed.`, error: true });
    const result = fromW3C(json.value, documents, {
      tags,
      annotator: annotatorName(),
      fileName: file.name,
    });
    if (!result.ok)
      return setMessage({
        text: `${file.name}: ${result.error} Nothing was changed.`,
        error: true,
      });
    const known = new Set(tags.map((t) => t.id));
    const newTags = extendTaxonomy(
      tags,
      result.tagIds
        .filter((id) => !known.has(id))
        .map((id) => ({
          id,
          label: ownValue(result.tagLabels, id) ?? id,
          description: `Imported from ${file.name}.`,
        })),
    );
    const plan = await planImportedAnnotations(result.annotations);
    setMessage(null);
    setTarget(NEW_LAYER);
    setPending({
      fileName: file.name,
      annotations: result.annotations,
      newTags,
      claims: result.claims,
      placed: result.placed,
      orphaned: result.orphaned,
      unplaced: result.unplaced,
      problems: [...result.skipped, ...result.warnings].map((p) => `${p.where}: ${p.reason}`),
      counts: mergeCounts(plan),
    });
  };

  const add = async () => {
    if (!pending) return;
    const now = new Date().toISOString();
    const newLayer =
      target === NEW_LAYER
        ? importedLayer(
            `layer-import-${crypto.randomUUID()}`,
            pending.fileName,
            layers?.length ?? 0,
            now,
          )
        : undefined;
    const plan = await addImportedAnnotations(
      pending.annotations,
      pending.newTags,
      pending.claims,
      {
        layerId: newLayer?.id ?? target,
        newLayer,
      },
      pending.unplaced,
    );
    const listed = plan.unplaced > 0 ? `; ${waitingText(plan.unplaced)} in Unplaced` : '';
    setMessage({ text: `${pending.fileName}: ${describeMerge(mergeCounts(plan))}${listed}.` });
    setPending(null);
  };

  const writes = pending
    ? pending.counts.added + pending.counts.updated + pending.unplaced.length
    : 0;
  const waiting = pending?.unplaced.filter((u) => u.documentId === undefined).length ?? 0;
  const pageNotes = (pending?.unplaced.length ?? 0) - waiting;
  return (
    <section aria-labelledby="w3c-heading" className="settings-card">
      <h2 id="w3c-heading">Annotations from other tools</h2>
      <p>
        Import W3C Web Annotations (from Slant, Hypothesis or Recogito). Each goes onto the document
        it names, or whose text holds its quote; one whose article is not in your library waits in
        the Unplaced list until you import the article. An annotation you already have is never
        replaced by an older copy, and one you deleted is not brought back.
      </p>
      {!documents || !tags ? (
        <p role="status">Loading your documents…</p>
      ) : (
        <label className="file-button">
          Import annotations…
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(e) => void pick(e)}
          />
        </label>
      )}
      <Notice message={message} />
      {pending && (
        <div className="restore-summary" role="region" aria-label="Annotations to import">
          <p>
            <strong>{pending.fileName}</strong>: {pending.placed} placed on their passage,{' '}
            {pending.orphaned} kept as orphans
            {waiting > 0 && `, ${waitingText(waiting)} for their article in Unplaced`}
            {pageNotes > 0 &&
              `, ${pageNotes === 1 ? '1 note' : `${pageNotes} notes`} on a whole page`}
            {pending.newTags.length > 0 && `, ${pending.newTags.length} new tags`}
            {pending.claims.length > 0 &&
              `, linked in ${pending.claims.length} ${pending.claims.length === 1 ? 'claim' : 'claims'}`}
            .
          </p>
          <p>Annotations: {describeMerge(pending.counts)}.</p>
          {pending.problems.length > 0 && (
            <ul>
              {pending.problems.slice(0, 20).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <label>
            New annotations go into{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value={NEW_LAYER}>a new layer “{pending.fileName}”</option>
              {editableLayers(layers ?? []).map((layer) => (
                <option key={layer.id} value={layer.id}>
                  {layer.label}
                </option>
              ))}
            </select>
          </label>{' '}
          {space && target === NEW_LAYER && (
            <p className="hint">
              In “{space.spaceName}” the new layer is shared as yours:{' '}
              {space.kind === 'newsroom'
                ? 'everyone in the space can read it.'
                : 'the space’s owners can read it, classmates cannot.'}
            </p>
          )}
          <button
            type="button"
            className="primary"
            disabled={writes === 0 && pending.newTags.length === 0}
            onClick={() => void add()}
          >
            Import
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
