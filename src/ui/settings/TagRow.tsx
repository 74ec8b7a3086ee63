import { lettersOf } from '../../domain/tag-letters';
import { useState } from 'react';
import { UNDERLINE_STYLES, type Tag } from '../../domain/types';
import { deleteTag, moveTag, updateTag } from '../../state/taxonomy-commands';
import { TagSwatch } from '../annotate/TagSwatch';

interface TagRowProps {
  tag: Tag;
  tags: readonly Tag[];
  usage: number;
  /** Why this tag may not be changed here (a space's owners share it), if so. */
  readOnlyReason?: string;
}

/**
 * One tag of the taxonomy, editable in place; every change is saved as it is made. A tag a
 * space's owners share is shown read-only to a member, with the reason.
 */
export function TagRow({ tag, tags, usage, readOnlyReason }: TagRowProps) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [keyError, setKeyError] = useState('');
  const [refused, setRefused] = useState('');
  /** A change the commands refuse (a shared tag) says why instead of failing silently. */
  const save = (change: Promise<unknown>) =>
    void change.then(
      () => setRefused(''),
      (error: unknown) => setRefused(error instanceof Error ? error.message : String(error)),
    );
  const index = tags.findIndex((t) => t.id === tag.id);
  const name = tag.label || tag.id;

  const saveText = (field: 'label' | 'description', value: string) => {
    const trimmed = value.trim();
    if (trimmed !== tag[field] && (field === 'description' || trimmed)) {
      save(updateTag(tag, { [field]: trimmed }));
    }
  };
  /** A key another tag has is refused: the field shows the old key again, and the rule. */
  const saveShortcut = (field: HTMLInputElement) => {
    const key = field.value.trim().toLowerCase();
    const clash = tags.find((t) => t.id !== tag.id && t.shortcut === key);
    if (key && clash) {
      field.value = tag.shortcut ?? '';
      return setKeyError(
        `“${key}” already tags ${clash.label}. Each tag needs a key of its own, so ${name} ` +
          (tag.shortcut ? `keeps “${tag.shortcut}”.` : 'still has no key.'),
      );
    }
    setKeyError('');
    if (key !== (tag.shortcut ?? '')) save(updateTag(tag, { shortcut: key || undefined }));
  };
  const remove = () => {
    if (usage > 0 && !confirmingDelete) return setConfirmingDelete(true);
    save(deleteTag(tag.id));
  };

  return (
    <li className="tag-row">
      <fieldset
        disabled={readOnlyReason !== undefined}
        aria-describedby={readOnlyReason ? `shared-${tag.id}` : undefined}
      >
        <legend>
          <TagSwatch tag={tag} letter={lettersOf(tags).get(tag.id)} /> {name}
        </legend>
        {readOnlyReason && (
          <p id={`shared-${tag.id}`} className="hint shared-note">
            {readOnlyReason}
          </p>
        )}
        <label>
          Name
          <input
            key={tag.label}
            defaultValue={tag.label}
            onBlur={(e) => saveText('label', e.target.value)}
          />
        </label>
        <label>
          Key
          <input
            key={tag.shortcut}
            className="key-input"
            maxLength={1}
            defaultValue={tag.shortcut ?? ''}
            aria-invalid={keyError ? 'true' : undefined}
            aria-describedby={keyError ? `key-error-${tag.id}` : undefined}
            onBlur={(e) => saveShortcut(e.target)}
          />
        </label>
        <label>
          Colour
          <input
            type="color"
            value={tag.colour.toLowerCase()}
            onChange={(e) => save(updateTag(tag, { colour: e.target.value }))}
          />
        </label>
        <label>
          Underline
          <select
            value={tag.underline}
            onChange={(e) =>
              save(updateTag(tag, { underline: e.target.value as Tag['underline'] }))
            }
          >
            {UNDERLINE_STYLES.map((style) => (
              <option key={style} value={style}>
                {style}
              </option>
            ))}
          </select>
        </label>
        <label className="description">
          Description
          <textarea
            key={tag.description}
            rows={2}
            defaultValue={tag.description}
            onBlur={(e) => saveText('description', e.target.value)}
          />
        </label>
        {refused && (
          <p role="alert" className="field-error">
            {refused}
          </p>
        )}
        {keyError && (
          <p id={`key-error-${tag.id}`} role="alert" className="field-error">
            {keyError}
          </p>
        )}
        <div className="tag-actions">
          <span className="usage">{usage === 1 ? '1 annotation' : `${usage} annotations`}</span>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => save(moveTag(tags, tag.id, -1))}
            aria-label={`Move ${name} up`}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index === tags.length - 1}
            onClick={() => save(moveTag(tags, tag.id, 1))}
            aria-label={`Move ${name} down`}
          >
            ↓
          </button>
          <button type="button" className="danger" onClick={remove}>
            Delete {name}
          </button>
        </div>
        {confirmingDelete && (
          <div role="alertdialog" aria-label={`Delete ${name}?`} className="confirm">
            <p>
              {usage === 1 ? 'One annotation carries' : `${usage} annotations carry`} “{name}”.
              Deleting the tag keeps them, marked with a deleted tag, so no work is lost.
            </p>
            <button type="button" className="danger" onClick={() => save(deleteTag(tag.id))}>
              Delete the tag, keep the annotations
            </button>{' '}
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              Cancel
            </button>
          </div>
        )}
      </fieldset>
    </li>
  );
}
