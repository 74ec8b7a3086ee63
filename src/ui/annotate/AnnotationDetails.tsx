import { lettersOf } from '../../domain/tag-letters';
import { memo, useState } from 'react';
import { fieldsForTags } from '../../domain/tag-fields';
import type { Annotation, Outlet, Tag } from '../../domain/types';
import {
  AnnotationGone,
  deleteAnnotation,
  updateAnnotation,
} from '../../state/annotation-commands';
import { textOf, typingSession, type TypedField } from '../../state/typed-text';
import { useTypedDrafts } from './use-typed-drafts';
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
  /** Says something in the view's status line (which outlives this panel). */
  onMessage: (message: string) => void;
}

/**
 * Edits one annotation: its tags, note and the tag's own questions; deletes it. Rendered again
 * only when its props change: its controlled fields rewrite their attributes on every render,
 * and the view renders with every tag and selection.
 */
export const AnnotationDetails = memo(function AnnotationDetails({
  annotation,
  tags,
  outlets,
  canReattach,
  onReattach,
  onClose,
  onMessage,
}: AnnotationDetailsProps) {
  const [merged, setMerged] = useState<{ field: TypedField; ours: string } | null>(null);
  const typed = useTypedDrafts(annotation, {
    onMerged: (field, ours) => setMerged({ field, ours }),
    onGone: (lost) =>
      onMessage(
        `This annotation was deleted in another tab, so it stays deleted and what you typed was not saved${lost ? `: “${lost}”` : ''}.`,
      ),
  });

  const knownTagIds = new Set(tags.map((t) => t.id));
  const missingTagIds = annotation.tagIds.filter((id) => !knownTagIds.has(id));

  const toggleTag = (tagId: string, on: boolean) => {
    const tagIds = on
      ? [...annotation.tagIds, tagId]
      : annotation.tagIds.filter((id) => id !== tagId);
    if (tagIds.length > 0) void updateAnnotation(annotation, { tagIds }).catch(reportGone);
  };
  const choose = (key: string, value: string) => {
    const stored = ownValue(annotation.fields, key) ?? '';
    if (stored === value) return;
    void typingSession(annotation.id, { key }, { merge: false })
      .save(stored, value)
      .catch(reportGone);
  };
  const reportGone = (error: unknown) => {
    if (!(error instanceof AnnotationGone)) throw error;
    onMessage(error.message);
  };
  const undoMerge = () => {
    if (!merged) return;
    const stored = textOf(annotation, merged.field);
    void typingSession(annotation.id, merged.field, { merge: false })
      .save(stored, merged.ours)
      .catch(reportGone);
    setMerged(null);
  };

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
            <TagSwatch tag={tag} letter={lettersOf(tags).get(tag.id)} /> {tag.label}
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
              onChange={(e) => choose(field.key, e.target.value)}
            >
              <OutletOptions outlets={outlets} none="Not chosen" />
            </select>
          ) : (
            <input
              type="text"
              value={typed.shown({ key: field.key })}
              placeholder={field.placeholder}
              onChange={(e) => typed.change({ key: field.key }, e.target.value)}
              onBlur={() => void typed.finish({ key: field.key })}
            />
          )}
        </label>
      ))}
      <label className="details-field">
        Note
        <textarea
          rows={4}
          value={typed.shown('note')}
          onChange={(e) => typed.change('note', e.target.value)}
          onBlur={() => void typed.finish('note')}
          dir="auto"
        />
      </label>
      {merged && (
        <p role="status" className="details-merged">
          {merged.field === 'note' ? 'The note' : 'This answer'} was changed in another tab while
          you typed; both changes are kept.{' '}
          <button type="button" onClick={undoMerge}>
            Undo the merge
          </button>{' '}
          <button type="button" onClick={() => setMerged(null)}>
            OK
          </button>
        </p>
      )}
      <p className="details-meta">
        By {annotation.annotator}, {new Date(annotation.createdAt).toLocaleString('en-GB')}
      </p>
      <button
        type="button"
        className="danger"
        onClick={() => void deleteAnnotation(annotation).then(onClose, reportGone)}
      >
        Delete annotation
      </button>
    </section>
  );
});
