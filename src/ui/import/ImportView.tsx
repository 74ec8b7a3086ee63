import { useEffect, useState } from 'react';
import { useAskBeforeLeaving } from '../shared/use-ask-before-leaving';
import {
  importText,
  isImportError,
  matchOutlet,
  toSlantDocument,
  type ImportOutcome,
} from '../../io/import';
import { contentHash } from '../../domain/content-hash';
import { useImportQueue } from '../../state/import-queue';
import { newOutlet, saveOutlet } from '../../state/outlet-commands';
import { documentsWithHashes, saveImportedDocuments } from '../../state/import-commands';
import { placeWaitingAnnotations } from '../../state/unplaced-commands';
import { useCollections, useOutlets } from '../../state/live-queries';
import { displayTitle } from '../../domain/document-title';
import { draftOf, type ImportDraft } from './import-draft';
import { ImportDraftCard } from './ImportDraftCard';
import { useStableCallback } from '../shared/use-stable-callback';
import './import.css';
import { routeHref } from '../shared/routes';
import { useFileImport } from './use-file-import';
import { ImportProgressBar } from './ImportProgressBar';

/** Preview cards drawn at a time: a batch of 500 files is read into a list, not 500 forms. */
const CARDS_AT_A_TIME = 20;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

interface Failure {
  source: string;
  message: string;
}

/**
 * Import: files (picked, or dropped anywhere on Slant) and pasted text become a preview the user
 * confirms; nothing is stored until they save, and then all of it in one transaction.
 */
export function ImportView() {
  const outlets = useOutlets();
  const collections = useCollections();
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [shown, setShown] = useState(CARDS_AT_A_TIME);
  const [pasted, setPasted] = useState('');
  const [saved, setSaved] = useState<{ count: number; firstId?: string; placed?: number } | null>(
    null,
  );
  const [dragging, setDragging] = useState(false);
  // A preview not yet added is in this page only: a reload (an update, say) would discard it.
  useAskBeforeLeaving(drafts.length > 0);

  const addDrafts = async (
    found: { source: string; article: ImportDraft['article']; hash: string }[],
  ) => {
    const existing = await documentsWithHashes(found.map((f) => f.hash));
    setDrafts((current) => {
      const seen = new Map(current.map((d) => [d.contentHash, d.source]));
      const next = found.map(({ source, article, hash }) => {
        const outletId =
          matchOutlet({ url: article.url, siteName: article.siteName }, outlets ?? []) ?? '';
        const draft = draftOf(source, article, hash, outletId, '');
        const stored = existing.get(hash);
        if (stored) {
          draft.include = false;
          draft.duplicateOf = {
            id: stored.id,
            title: displayTitle(stored),
            inTrash: !!stored.deletedAt,
          };
        }
        if (seen.has(hash)) {
          draft.include = false;
          draft.duplicateInBatch = seen.get(hash);
        }
        seen.set(hash, source);
        return draft;
      });
      return [...current, ...next];
    });
  };

  const takeOutcome = useStableCallback((outcome: ImportOutcome) => {
    if (outcome.ok) {
      void addDrafts([
        { source: outcome.fileName, article: outcome.article, hash: outcome.contentHash },
      ]);
    } else {
      setFailures((f) => [...f, { source: outcome.fileName, message: outcome.error.message }]);
    }
  });
  const reading = useFileImport(takeOutcome);

  const importDroppedFiles = (files: File[]) => {
    if (files.length === 0) return;
    setSaved(null);
    void reading.start(files);
  };

  // Files dropped on another view wait in the queue until the registry is loaded for matching.
  const importQueued = useStableCallback(() => {
    const files = useImportQueue.getState().take();
    if (files.length > 0) importDroppedFiles(files);
  });
  const ready = outlets !== undefined && collections !== undefined;
  useEffect(() => {
    if (!ready) return;
    importQueued();
    return useImportQueue.subscribe(importQueued);
  }, [ready, importQueued]);

  const importPasted = async () => {
    setSaved(null);
    try {
      const article = importText(pasted);
      await addDrafts([{ source: 'Pasted text', article, hash: await contentHash(article.text) }]);
      setPasted('');
    } catch (error) {
      setFailures((f) => [
        ...f,
        { source: 'Pasted text', message: isImportError(error) ? error.message : String(error) },
      ]);
    }
  };

  const save = async () => {
    const chosen = drafts.filter((d) => d.include);
    const importedAt = new Date().toISOString();
    const docs = await Promise.all(
      chosen.map((d) =>
        toSlantDocument(
          {
            ...d.article,
            title: d.title.trim(),
            author: d.author.trim() || undefined,
            publishedAt: d.publishedAt || undefined,
            url: /^https?:\/\//i.test(d.url.trim()) ? d.url.trim() : undefined,
          },
          {
            id: crypto.randomUUID(),
            importedAt,
            ...(d.outletId && { outletId: d.outletId }),
            collectionIds: d.collectionId ? [d.collectionId] : [],
          },
        ),
      ),
    );
    try {
      await saveImportedDocuments(docs);
      // Annotations imported earlier that waited for these articles go onto them now; if that
      // fails they stay in the Unplaced list, and the next import of articles tries again.
      const placed = await placeWaitingAnnotations().catch(() => ({
        annotations: 0,
        pageNotes: 0,
      }));
      setSaved({
        count: docs.length,
        firstId: docs[0]?.id,
        placed: placed.annotations + placed.pageNotes,
      });
      setDrafts([]);
      setShown(CARDS_AT_A_TIME);
    } catch (error) {
      setFailures((f) => [
        ...f,
        {
          source: 'Saving',
          message: `Nothing was saved: ${(error as Error).message}. Your library is unchanged.`,
        },
      ]);
    }
  };

  /** Registers the page's site as an outlet (no judgment: affiliation unknown) and picks it. */
  const addOutlet = async (key: string, name: string, url: string) => {
    const outlet = newOutlet(name);
    const host = hostOf(url);
    await saveOutlet(host ? { ...outlet, domains: [host] } : outlet);
    setDrafts((all) =>
      all.map((d) =>
        d.key === key || d.article.siteName === name ? { ...d, outletId: outlet.id } : d,
      ),
    );
  };

  const chosen = drafts.filter((d) => d.include).length;
  return (
    <section
      aria-labelledby="import-heading"
      className={`import-view${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setDragging(false);
        importDroppedFiles([...e.dataTransfer.files]);
      }}
    >
      <header className="view-header">
        <h1 id="import-heading">Import articles</h1>
        <a href={routeHref({ name: 'library' })}>Back to the library</a>
      </header>
      <div className="import-sources">
        <div className="drop-zone">
          <p>
            Drop saved pages (<code>.html</code>), Markdown (<code>.md</code>) or text files (
            <code>.txt</code>) anywhere on Slant, or
          </p>
          <label className="file-button">
            Choose files…
            <input
              type="file"
              multiple
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                importDroppedFiles(files);
              }}
            />
          </label>
        </div>
        <form
          className="paste-form"
          onSubmit={(e) => {
            e.preventDefault();
            void importPasted();
          }}
        >
          <label htmlFor="paste-text">
            Or paste an article’s text (its first line becomes the title)
          </label>
          <textarea
            id="paste-text"
            rows={5}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
          <button type="submit">Preview the pasted text</button>
        </form>
      </div>
      {reading.progress && (
        <ImportProgressBar progress={reading.progress} onCancel={reading.cancel} />
      )}
      <p role="status" className="import-status">
        {reading.summary}
      </p>
      {failures.length > 0 && (
        <section aria-labelledby="failures-heading" className="import-failures" role="alert">
          <h2 id="failures-heading">Not imported</h2>
          <ul>
            {failures.map((f, i) => (
              <li key={i}>
                <strong>{f.source}:</strong> {f.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setFailures([])}>
            Clear these messages
          </button>
        </section>
      )}
      {saved && (
        <p role="status" className="import-saved">
          Saved {saved.count === 1 ? '1 article' : `${saved.count} articles`} to your library.{' '}
          {!!saved.placed &&
            `${saved.placed === 1 ? '1 annotation' : `${saved.placed} annotations`} from the Unplaced list found ${saved.count === 1 ? 'it' : 'their article'}. `}
          {saved.firstId && (
            <a href={routeHref({ name: 'document', documentId: saved.firstId })}>
              Open {saved.count === 1 ? 'it' : 'the first'}
            </a>
          )}
        </p>
      )}
      {drafts.length > 0 && outlets && collections && (
        <>
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              disabled={chosen === 0}
              onClick={() => void save()}
            >
              Save {chosen === 1 ? '1 article' : `${chosen} articles`}
            </button>
            <button
              type="button"
              onClick={() => {
                setDrafts([]);
                setShown(CARDS_AT_A_TIME);
              }}
            >
              Discard the preview
            </button>
          </div>
          {drafts.slice(0, shown).map((draft) => (
            <ImportDraftCard
              key={draft.key}
              draft={draft}
              outlets={outlets}
              collections={collections}
              onChange={(next) =>
                setDrafts((all) => all.map((d) => (d.key === next.key ? next : d)))
              }
              onAddOutlet={(name, url) => void addOutlet(draft.key, name, url)}
            />
          ))}
          {drafts.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + CARDS_AT_A_TIME)}>
              Show {Math.min(CARDS_AT_A_TIME, drafts.length - shown)} more of the{' '}
              {drafts.length - shown} not shown
            </button>
          )}
        </>
      )}
    </section>
  );
}
