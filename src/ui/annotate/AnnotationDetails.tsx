import { useEffect, useState } from 'react';
import { fieldsForTags } from '../../domain/tag-fields';
import type { Annotation, Outlet, Tag } from '../../domain/types';
import { deleteAnnotation, updateAnnotation } from '../../state/annotation-commands';
import { useStableCallback } from '../shared/use-stable-callback';
import { TagSwatch } from './TagSwatch';
import { OutletOptions } from '../shared/OutletOptions';
import { ownValue } from '../../domain/keyed-record';

interface AnnotationDetailsProps {
  annotation: Annotation;
  tags: readonly Tag[];
  outlets: readonly Outlet[];
  /** The passage selected in the editor, for re-attaching an orphan. */
  canReattach: boolean;
  onReattach: () => void;
  onClose: () => void;
}

/** Edits one annotation: its tags, note and the tag's own questions; deletes it. */
export function AnnotationDetails({
  annotation,
  tags,
  outlets,
  canReattach,
  onReattach,
  onClose,
}: AnnotationDetailsProps) {
  // Drafts exist only while a field is being typed in; otherwise the fields show the stored
  // record, so a change from another tab or an undo shows at once.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const draft = (key: string, stored: string) => drafts[key] ?? stored;
  const setDraft = (key: string, value: string) => setDrafts((d) => ({ ...d, [key]: value }));
  const dropDraft = (key: string) => setDrafts(({ [key]: _dropped, ...rest }) => rest);

  const knownTagIds = new Set(tags.map((t) => t.id));
  const missingTagIds = annotation.tagIds.filter((id) => !knownTagIds.has(id));

  const toggleTag = (tagId: string, on: boolean) => {
    const tagIds = on
      ? [...annotation.tagIds, tagId]
      : annotation.tagIds.filter((id) => id !== tagId);
    if (tagIds.length > 0) void updateAnnotation(annotation, { tagIds });
  };
  const saveNote = (note: string) => {
    dropDraft('note');
    if (note !== annotation.note) void updateAnnotation(annotation, { note });
  };
  const saveField = (key: string, value: string) => {
    dropDraft(key);
    if ((ownValue(annotation.fields, key) ?? '') !== value) {
      void updateAnnotation(annotation, { fields: { ...annotation.fields, [key]: value } });
    }
  };

  // A note being typed is saved even if the tab is closed, hidden or left before the field loses
  // focus.
  const flushDrafts = useStableCallback(() => {
    const { note, ...fieldDrafts } = drafts;
    const changes: Partial<Pick<Annotation, 'note' | 'fields'>> = {};
    if (note !== undefined && note !== annotation.note) changes.note = note;
    if (Object.keys(fieldDrafts).length > 0)
      changes.fields = { ...annotation.fields, ...fieldDrafts };
    if (Object.keys(changes).length > 0) void updateAnnotation(annotation, changes);
    setDrafts({});
  });
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flushDrafts();
    window.addEventListener('pagehide', flushDrafts);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flushDrafts);
      document.removeEventListener('visibilitychange', onHide);
      flushDrafts(); // leaving the page by keyboard (Alt+Left) unmounts without a blur
    };
  }, [flushDrafts]);

  return (
    <section aria-labelledby="details-heading" className="annotation-details">
      <div className="details-header">
        <h2 id="details-heading">
          {annotation.status === 'orphaned' ? 'Orphaned annotation' : 'Annotation'}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the annotation">
          ✕
        </button>
      </div>
      <blockquote className="details-quote" dir="auto">
        {annotation.target.exact}
      </blockquote>
      {annotation.status === 'orphaned' && (
        <p className="orphan-help">
          Its passage is no longer in the text. Select the passage it belongs to and re-attach it,
          or delete it.{' '}
          <button type="button" disabled={!canReattach} onClick={onReattach}>
            Re-attach to the selection
          </button>
        </p>
      )}
      <fieldset className="details-tags">
        <legend>Tags</legend>
        {tags.map((tag) => (
          <label key={tag.id}>
            <input
              type="checkbox"
              checked={annotation.tagIds.includes(tag.id)}
              disabled={annotation.tagIds.length === 1 && annotation.tagIds[0] === tag.id}
              onChange={(e) => toggleTag(tag.id, e.target.checked)}
            />
            <TagSwatch tag={tag} /> {tag.label}
          </label>
        ))}
        {missingTagIds.map((id) => (
          <p key={id} className="missing-tag">
            Tag “{id}” no longer exists in the taxonomy; the annotation keeps it.
          </p>
        ))}
      </fieldset>
      {fieldsForTags(annotation.tagIds).map((field) => (
        <label key={field.key} className="details-field">
          {field.label}
          {field.kind === 'outlet' ? (
            <select
              value={ownValue(annotation.fields, field.key) ?? ''}
              onChange={(e) => saveField(field.key, e.target.value)}
            >
              <OutletOptions outlets={outlets} none="Not chosen" />
            </select>
          ) : (
            <input
              type="text"
              value={draft(field.key, ownValue(annotation.fields, field.key) ?? '')}
              placeholder={field.placeholder}
              onChange={(e) => setDraft(field.key, e.target.value)}
              onBlur={(e) => saveField(field.key, e.target.value)}
            />
          )}
        </label>
      ))}
      <label className="details-field">
        Note
        <textarea
          rows={4}
          value={draft('note', annotation.note)}
          onChange={(e) => setDraft('note', e.target.value)}
          onBlur={(e) => saveNote(e.target.value)}
          dir="auto"
        />
      </label>
      <p className="details-meta">
        By {annotation.annotator}, {new Date(annotation.createdAt).toLocaleString('en-GB')}
      </p>
      <button
        type="button"
        className="danger"
        onClick={() => void deleteAnnotation(annotation).then(onClose)}
      >
        Delete annotation
      </button>
    </section>
  );
}
