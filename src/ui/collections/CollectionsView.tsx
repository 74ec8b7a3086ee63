import { useState } from 'react';
import { displayTitle } from '../../domain/document-title';
import type { Collection, SlantDocument } from '../../domain/types';
import {
  createCollection,
  deleteCollection,
  describeCollection,
  moveToCollection,
  moveWithinCollection,
  renameCollection,
  setDocumentCollections,
} from '../../state/collection-commands';
import { useCollections, useDocuments } from '../../state/live-queries';
import { useReadOnlyShared } from '../../state/sync/read-only-shared';
import { NewItemForm } from '../shared/NewItemForm';
import { ReadOnlyFieldset } from '../shared/ReadOnlyFieldset';
import { ExportButtons } from '../exchange/ExportButtons';
import './collections.css';
import { routeHref } from '../shared/routes';

/** Collections: sets of documents in a reading order, such as one event told by several outlets. */
export function CollectionsView() {
  const collections = useCollections();
  const docs = useDocuments();
  const readOnly = useReadOnlyShared();
  if (!collections || !docs) return <p role="status">Loading collections…</p>;
  const byId = new Map(docs.map((d) => [d.id, d]));

  return (
    <section aria-labelledby="collections-heading" className="collections">
      <header className="view-header">
        <h1 id="collections-heading">Collections</h1>
        <a href={routeHref({ name: 'library' })}>Back to the library</a>
      </header>
      <NewItemForm
        label="New collection"
        placeholder="e.g. Election night coverage"
        submitLabel="Create collection"
        onCreate={(name) => createCollection(name)}
      />
      {collections.map((c) => (
        <CollectionCard
          key={c.id}
          collection={c}
          collections={collections}
          byId={byId}
          docs={docs}
          readOnlyReason={readOnly('collections', c.id)}
          documentReadOnly={(id) => readOnly('documents', id)}
        />
      ))}
    </section>
  );
}

function CollectionCard({
  collection,
  collections,
  byId,
  docs,
  readOnlyReason,
  documentReadOnly,
}: {
  collection: Collection;
  collections: readonly Collection[];
  /** Why this member may not change the collection (its space's owners share it). */
  readOnlyReason: string | undefined;
  /** Why this member may not change a document's collections (the owners share the document). */
  documentReadOnly: (documentId: string) => string | undefined;
  byId: ReadonlyMap<string, SlantDocument>;
  docs: readonly SlantDocument[];
}) {
  const [adding, setAdding] = useState('');
  const [refused, setRefused] = useState('');
  /** Runs a change; a refusal (a shared record) is said, not dropped. */
  const change = (work: Promise<unknown>) =>
    void work.then(
      () => setRefused(''),
      (error: unknown) => setRefused(error instanceof Error ? error.message : String(error)),
    );
  const noteId = `collection-shared-${collection.id}`;
  const members = collection.documentIds.flatMap((id) => byId.get(id) ?? []);
  const others = docs.filter((d) => !collection.documentIds.includes(d.id));
  const headingId = `collection-${collection.id}`;
  return (
    <section aria-labelledby={headingId} className="collection-card">
      <h2 id={headingId}>{collection.name}</h2>
      {collection.documentIds.length >= 2 && (
        <p>
          <a href={routeHref({ name: 'compare', collectionId: collection.id })}>
            Compare these articles side by side
          </a>
        </p>
      )}
      <ExportButtons documentIds={collection.documentIds} name={collection.name} />
      <ReadOnlyFieldset
        reason={readOnlyReason}
        noteId={noteId}
        legend={`Change ${collection.name}`}
        className="collection-edit"
      >
        <div className="collection-fields">
          <label>
            Name
            <input
              key={collection.name}
              defaultValue={collection.name}
              onBlur={(e) =>
                e.target.value.trim() && change(renameCollection(collection.id, e.target.value))
              }
            />
          </label>
          <label>
            Description
            <input
              key={collection.description}
              defaultValue={collection.description}
              onBlur={(e) => change(describeCollection(collection.id, e.target.value))}
            />
          </label>
        </div>
        <ol className="collection-docs">
          {members.map((doc, index) => {
            const title = displayTitle(doc);
            // Inside a shared collection everything is read-only already, and said once.
            const sharedDocument = readOnlyReason ? undefined : documentReadOnly(doc.id);
            const sharedId = `${noteId}-${doc.id}`;
            return (
              <li key={doc.id}>
                <a href={routeHref({ name: 'document', documentId: doc.id })} dir="auto">
                  {title}
                </a>
                <span className="doc-actions">
                  <button
                    type="button"
                    disabled={index === 0}
                    aria-label={`Move “${title}” up`}
                    onClick={() => change(moveWithinCollection(collection, doc.id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={index === members.length - 1}
                    aria-label={`Move “${title}” down`}
                    onClick={() => change(moveWithinCollection(collection, doc.id, 1))}
                  >
                    ↓
                  </button>
                  {collections.length > 1 && (
                    <select
                      aria-label={`Move “${title}” to another collection`}
                      value=""
                      disabled={sharedDocument !== undefined}
                      aria-describedby={sharedDocument ? sharedId : undefined}
                      onChange={(e) =>
                        e.target.value &&
                        change(moveToCollection(doc.id, collection.id, e.target.value))
                      }
                    >
                      <option value="">Move to…</option>
                      {collections
                        .filter((c) => c.id !== collection.id)
                        .map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                    </select>
                  )}
                  <button
                    type="button"
                    aria-label={`Remove “${title}” from ${collection.name}`}
                    disabled={sharedDocument !== undefined}
                    aria-describedby={sharedDocument ? sharedId : undefined}
                    onClick={() =>
                      change(
                        setDocumentCollections(
                          doc.id,
                          doc.collectionIds.filter((id) => id !== collection.id),
                        ),
                      )
                    }
                  >
                    Remove
                  </button>
                  {sharedDocument && (
                    <span id={sharedId} className="hint shared-note">
                      {sharedDocument}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
        {members.length === 0 && <p className="empty">No documents yet.</p>}
        <div className="inline-form">
          <label>
            Add a document
            <select value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose…</option>
              {others.map((d) => (
                <option key={d.id} value={d.id} disabled={documentReadOnly(d.id) !== undefined}>
                  {displayTitle(d)}
                  {documentReadOnly(d.id) &&
                    ' (shared by your space’s owners: only they can add it)'}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!adding}
            onClick={() => {
              const doc = byId.get(adding);
              if (doc)
                change(
                  setDocumentCollections(doc.id, [...doc.collectionIds, collection.id]).then(() =>
                    setAdding(''),
                  ),
                );
            }}
          >
            Add
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => change(deleteCollection(collection.id))}
          >
            Delete {collection.name}
          </button>
        </div>
      </ReadOnlyFieldset>
      {refused && (
        <p role="alert" className="error-text">
          {refused}
        </p>
      )}
    </section>
  );
}
