import { useState } from 'react';
import { TAXONOMY_PRESETS } from '../../domain/taxonomy-presets';
import { useTags } from '../../state/live-queries';
import { useReadOnlyShared } from '../../state/sync/read-only-shared';
import { addPresetTags, addTag, useTagUsage } from '../../state/taxonomy-commands';
import { NewItemForm } from '../shared/NewItemForm';
import { TagRow } from './TagRow';

/** Settings › Tags: the taxonomy, with presets to start from and new tags of one's own. */
export function TaxonomyEditor() {
  const tags = useTags();
  const usage = useTagUsage();
  const [presetId, setPresetId] = useState(TAXONOMY_PRESETS[1]!.id);
  const [message, setMessage] = useState('');
  const readOnly = useReadOnlyShared();
  if (!tags) return <p role="status">Loading tags…</p>;

  const applyPreset = async () => {
    const preset = TAXONOMY_PRESETS.find((p) => p.id === presetId)!;
    const result = await addPresetTags(tags, preset.tags).catch((error: Error) => error);
    if (result instanceof Error) return setMessage(result.message);
    const { added, merged } = result;
    const names = merged.map((t) => `“${t.label}”`).join(', ');
    setMessage(
      [
        added.length === 0 && merged.length === 0
          ? `Every tag of “${preset.label}” is already here.`
          : `Added ${added.length} ${added.length === 1 ? 'tag' : 'tags'} from “${preset.label}”.`,
        merged.length > 0 &&
          `${names} ${merged.length === 1 ? 'was' : 'were'} already here: merged with the preset’s, keeping ${merged.length === 1 ? 'its' : 'their'} key, colour and annotations.`,
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <section aria-labelledby="tags-heading" className="settings-card">
      <h2 id="tags-heading">Tags</h2>
      <p>
        The tags you annotate with, in the order the toolbar shows them. Each has a colour and an
        underline style, so no one has to tell colours apart, and a key that applies it.
      </p>
      <ol className="tag-rows">
        {tags.map((tag) => (
          <TagRow
            key={tag.id}
            tag={tag}
            tags={tags}
            usage={usage?.get(tag.id) ?? 0}
            readOnlyReason={readOnly('tags', tag.id)}
          />
        ))}
      </ol>
      <NewItemForm
        label="New tag"
        placeholder="e.g. Emotional appeal"
        submitLabel="Add tag"
        onCreate={async (label) => {
          const tag = await addTag(tags, label);
          setMessage(tag ? `Added “${tag.label}”.` : '');
        }}
      />
      <div className="inline-form">
        <label>
          Preset
          <select value={presetId} onChange={(e) => setPresetId(e.target.value)}>
            {TAXONOMY_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void applyPreset()}>
          Add the preset’s tags
        </button>
      </div>
      <p role="status" className="settings-status">
        {message}
      </p>
    </section>
  );
}
