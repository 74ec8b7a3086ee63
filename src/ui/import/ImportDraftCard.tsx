import type { Collection, Outlet } from '../../domain/types';
import type { ImportDraft } from './import-draft';
import { OutletOptions } from '../shared/OutletOptions';
import { routeHref } from '../shared/routes';
import { bidiControlsIn } from '../../domain/bidi-controls';

interface ImportDraftCardProps {
  draft: ImportDraft;
  outlets: readonly Outlet[];
  collections: readonly Collection[];
  onChange: (draft: ImportDraft) => void;
  /** Adds the page's site to the outlet registry and picks it for this draft. */
  onAddOutlet: (name: string, url: string) => void;
}

const PREVIEW_PARAGRAPHS = 3;

/** One article of the preview: what Slant found, for the user to confirm or correct. */
export function ImportDraftCard({
  draft,
  outlets,
  collections,
  onChange,
  onAddOutlet,
}: ImportDraftCardProps) {
  const set = <K extends keyof ImportDraft>(key: K, value: ImportDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const paragraphs = draft.article.text.split('\n');
  const id = (field: string) => `${draft.key}-${field}`;
  return (
    <article className="import-draft" aria-labelledby={id('heading')}>
      <header>
        <h2 id={id('heading')} dir="auto">
          {draft.title || draft.source}
        </h2>
        <span className="byline">
          {draft.source} · {draft.article.format}
          {draft.article.encoding && ` · ${draft.article.encoding}`} · {paragraphs.length}{' '}
          paragraphs
        </span>
      </header>
      {draft.duplicateOf && (
        <p role="note" className="duplicate">
          The same text is already {draft.duplicateOf.inTrash ? 'in the trash' : 'in your library'}:{' '}
          <a href={routeHref({ name: 'document', documentId: draft.duplicateOf.id })}>
            open “{draft.duplicateOf.title}”
          </a>
          . It will be skipped unless you import it anyway.
        </p>
      )}
      {draft.duplicateInBatch && (
        <p role="note" className="duplicate">
          Same text as {draft.duplicateInBatch}, earlier in this batch.
        </p>
      )}
      {draft.article.warnings.map((w) => (
        <p key={w} className="warning">
          {w}
        </p>
      ))}
      {(['title', 'author'] as const).map((field) => {
        const controls = bidiControlsIn(draft[field]);
        return (
          controls.length > 0 && (
            <p key={field} role="note" className="warning">
              The {field} holds invisible direction controls ({controls.join(', ')}), which can make
              text read in a misleading order. Slant shows it set apart from the text around it;
              retype the {field} to be sure what it says.
            </p>
          )
        );
      })}
      <label className="include">
        <input
          type="checkbox"
          checked={draft.include}
          onChange={(e) => set('include', e.target.checked)}
        />
        {draft.duplicateOf ? 'Import it anyway' : 'Import this article'}
      </label>
      <div className="draft-fields">
        <label htmlFor={id('title')}>Title</label>
        <input
          id={id('title')}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          dir="auto"
        />
        <label htmlFor={id('outlet')}>Outlet</label>
        <select
          id={id('outlet')}
          value={draft.outletId}
          onChange={(e) => set('outletId', e.target.value)}
        >
          <OutletOptions outlets={outlets} none="Unknown" />
        </select>
        <label htmlFor={id('author')}>Author</label>
        <input
          id={id('author')}
          value={draft.author}
          onChange={(e) => set('author', e.target.value)}
        />
        <label htmlFor={id('date')}>Published</label>
        <input
          id={id('date')}
          type="date"
          value={draft.publishedAt}
          onChange={(e) => set('publishedAt', e.target.value)}
        />
        <label htmlFor={id('url')}>Address (URL)</label>
        <input
          id={id('url')}
          type="url"
          value={draft.url}
          onChange={(e) => set('url', e.target.value)}
        />
        <label htmlFor={id('collection')}>Collection</label>
        <select
          id={id('collection')}
          value={draft.collectionId}
          onChange={(e) => set('collectionId', e.target.value)}
        >
          <option value="">None</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {draft.article.siteName && !draft.outletId && (
        <p className="hint">
          The page names its site as “{draft.article.siteName}”, which is not in your outlet
          registry.{' '}
          <button type="button" onClick={() => onAddOutlet(draft.article.siteName!, draft.url)}>
            Add “{draft.article.siteName}” as an outlet
          </button>
        </p>
      )}
      <div className="draft-preview" dir="auto">
        {paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {paragraphs.length > PREVIEW_PARAGRAPHS && <p className="more">…</p>}
      </div>
    </article>
  );
}
