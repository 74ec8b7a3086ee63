import { useMemo, useState } from 'react';
import { displayTitle } from '../../domain/document-title';
import { layerName } from '../../domain/layers';
import type { UnplacedAnnotation } from '../../domain/records';
import { useDocuments, useLayers, useTags } from '../../state/live-queries';
import { placeOnDocument, removeUnplaced, useUnplaced } from '../../state/unplaced-commands';
import { routeHref } from '../shared/routes';

/** The waiting annotations of one page, as the file named it. */
interface PageGroup {
  page: string;
  items: UnplacedAnnotation[];
}

function byPage(waiting: readonly UnplacedAnnotation[]): PageGroup[] {
  const groups = new Map<string, UnplacedAnnotation[]>();
  for (const item of waiting) {
    const page = item.sources[0] ?? 'a page the file does not name';
    groups.set(page, [...(groups.get(page) ?? []), item]);
  }
  return [...groups].map(([page, items]) => ({ page, items }));
}

const placedText = ({ annotations, pageNotes }: { annotations: number; pageNotes: number }) =>
  `Placed ${annotations === 1 ? '1 annotation' : `${annotations} annotations`}` +
  (pageNotes > 0 ? ` and ${pageNotes === 1 ? '1 page note' : `${pageNotes} page notes`}` : '');

/**
 * The Unplaced list: annotations imported from other tools (Hypothesis, Recogito, another Slant)
 * whose article is not in the library yet, grouped by the page they were made on, and notes on a
 * whole page. Importing the article places them by itself; here the user can also put a page's
 * annotations on an article they choose, or delete them.
 */
export function UnplacedView() {
  const all = useUnplaced();
  const library = useDocuments();
  const tags = useTags();
  const layers = useLayers();
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const tagLabel = useMemo(() => new Map((tags ?? []).map((t) => [t.id, t.label])), [tags]);
  const layerById = useMemo(() => new Map((layers ?? []).map((l) => [l.id, l])), [layers]);
  const titleOf = useMemo(
    () => new Map((library ?? []).map((d) => [d.id, displayTitle(d)])),
    [library],
  );

  if (!all || !library) return <p role="status">Loading the Unplaced list…</p>;
  const waiting = byPage(all.filter((u) => u.documentId === undefined));
  const pageNotes = all.filter((u) => u.documentId !== undefined);

  const place = async (group: PageGroup) => {
    const documentId = chosen[group.page];
    if (!documentId) return;
    const placed = await placeOnDocument(group.items, documentId);
    setMessage(`${placedText(placed)} on “${titleOf.get(documentId) ?? documentId}”.`);
  };
  const describe = (item: UnplacedAnnotation) => {
    const layer = layerById.get(item.layerId);
    return [
      item.tagIds.map((id) => tagLabel.get(id) ?? id).join(', '),
      item.annotator && `by ${item.annotator}`,
      layer && `layer ${layerName(layer)}`,
      item.fileName && `from ${item.fileName}`,
    ]
      .filter(Boolean)
      .join(' · ');
  };
  const item = (entry: UnplacedAnnotation) => {
    const quote = entry.passage?.exact;
    return (
      <li key={entry.id}>
        <div className="unplaced-body">
          {quote ? (
            <blockquote dir="auto">{quote}</blockquote>
          ) : (
            <p className="byline">A note on the whole page</p>
          )}
          {entry.note && (
            <p className="unplaced-note" dir="auto">
              {entry.note}
            </p>
          )}
          <p className="byline">{describe(entry)}</p>
        </div>
        <button
          type="button"
          className="danger"
          aria-label={`Delete “${(quote ?? entry.note).slice(0, 60)}”`}
          onClick={() => void removeUnplaced(entry.id).then(() => setMessage('Deleted it.'))}
        >
          Delete
        </button>
      </li>
    );
  };

  return (
    <section aria-labelledby="unplaced-heading" className="library">
      <header className="view-header">
        <h1 id="unplaced-heading">Unplaced annotations</h1>
        <a href={routeHref({ name: 'library' })}>Back to the library</a>
      </header>
      <p className="view-subtitle">
        Annotations imported from another tool whose article is not in your library. Import the
        article and they are placed on it by themselves (found by its address or by their quotes);
        or put a page’s annotations on an article you choose.
      </p>
      <p role="status">{message}</p>
      {waiting.length === 0 && (
        <p className="empty">Nothing is waiting: every imported annotation is on its article.</p>
      )}
      {waiting.map((group) => (
        <section key={group.page} className="unplaced-page" aria-label={`From ${group.page}`}>
          <h2 dir="auto">{group.page}</h2>
          <ul className="trash-list">{group.items.map(item)}</ul>
          {library.length > 0 && (
            <div className="unplaced-place">
              <label>
                Put them on{' '}
                <select
                  value={chosen[group.page] ?? ''}
                  onChange={(e) => setChosen((c) => ({ ...c, [group.page]: e.target.value }))}
                >
                  <option value="">choose an article…</option>
                  {library.map((d) => (
                    <option key={d.id} value={d.id}>
                      {titleOf.get(d.id)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button
                type="button"
                disabled={!chosen[group.page]}
                onClick={() => void place(group)}
              >
                Place {group.items.length === 1 ? 'it' : `all ${group.items.length}`}
              </button>
            </div>
          )}
        </section>
      ))}
      {pageNotes.length > 0 && (
        <section aria-labelledby="page-notes-heading">
          <h2 id="page-notes-heading">Notes on a whole article</h2>
          {pageNotes.map((note) => (
            <div key={note.id}>
              <a href={routeHref({ name: 'document', documentId: note.documentId! })}>
                {titleOf.get(note.documentId!) ?? 'An article in the trash'}
              </a>
              <ul className="trash-list">{item(note)}</ul>
            </div>
          ))}
        </section>
      )}
    </section>
  );
}
