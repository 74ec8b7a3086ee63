import { useState } from 'react';
import type { Collection, Outlet, SlantDocument } from '../../domain/types';
import { updateDocumentDetails } from '../../state/document-commands';
import { OutletOptions } from '../shared/OutletOptions';

interface DocumentDetailsFormProps {
  doc: SlantDocument;
  outlets: readonly Outlet[];
  collections: readonly Collection[];
  onDone: () => void;
}

/** Corrects a document's details: title, outlet, author, date, address and collections. */
export function DocumentDetailsForm({
  doc,
  outlets,
  collections,
  onDone,
}: DocumentDetailsFormProps) {
  const [title, setTitle] = useState(doc.title);
  const [outletId, setOutletId] = useState(doc.outletId ?? '');
  const [author, setAuthor] = useState(doc.author ?? '');
  const [publishedAt, setPublishedAt] = useState(doc.publishedAt?.slice(0, 10) ?? '');
  const [url, setUrl] = useState(doc.url ?? '');
  const [collectionIds, setCollectionIds] = useState(doc.collectionIds);
  const [error, setError] = useState('');

  const save = async () => {
    if (url.trim() && !/^https?:\/\/\S+$/i.test(url.trim())) {
      return setError('The address must start with http:// or https://.');
    }
    try {
      await updateDocumentDetails(
        doc,
        { title, outletId, author, publishedAt, url },
        collectionIds,
      );
    } catch (refused) {
      return setError(refused instanceof Error ? refused.message : String(refused));
    }
    onDone();
  };

  return (
    <form
      className="details-form"
      aria-label="Document details"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Title
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          dir="auto"
          placeholder="(taken from the first line)"
        />
      </label>
      <label>
        Outlet
        <select value={outletId} onChange={(e) => setOutletId(e.target.value)}>
          <OutletOptions outlets={outlets} none="Unknown" />
        </select>
      </label>
      <label>
        Author
        <input value={author} onChange={(e) => setAuthor(e.target.value)} />
      </label>
      <label>
        Published
        <input type="date" value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} />
      </label>
      <label className="wide">
        Address (URL)
        <input
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://…"
        />
      </label>
      <fieldset className="wide">
        <legend>Collections</legend>
        {collections.length === 0 && <p className="hint">No collections yet.</p>}
        {collections.map((c) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={collectionIds.includes(c.id)}
              onChange={(e) =>
                setCollectionIds(
                  e.target.checked
                    ? [...collectionIds, c.id]
                    : collectionIds.filter((id) => id !== c.id),
                )
              }
            />
            {c.name}
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="error-text wide">
          {error}
        </p>
      )}
      <div className="wide form-actions">
        <button type="submit" className="primary">
          Save details
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
