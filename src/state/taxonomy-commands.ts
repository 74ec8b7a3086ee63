import { extendTaxonomy, mergePreset, tagIdFor, type PresetTag } from '../domain/taxonomy-presets';
import type { Tag } from '../domain/types';
import { tags, useLiveRead } from '../storage';
import { refuseSharedEdit } from './sync/read-only-shared';

/**
 * Editing the taxonomy: every change is written at once; deleting never touches annotations.
 * A member of a space may not change the tags its owners share (SharedRecordError).
 */
export const useTagUsage = () => useLiveRead(() => tags.usage(), []);

export async function addTag(existing: readonly Tag[], label: string, description = '') {
  const id = tagIdFor(label, new Set(existing.map((t) => t.id)));
  const [tag] = extendTaxonomy(existing, [{ id, label: label.trim(), description }]);
  if (tag) await tags.put(tag);
  return tag;
}

/** Adds a preset's tags; one named like a tag already here merges with it (see `mergePreset`). */
export async function addPresetTags(existing: readonly Tag[], preset: readonly PresetTag[]) {
  const result = mergePreset(existing, preset);
  await refuseSharedEdit(
    'tags',
    result.merged.map((t) => t.id),
  );
  await tags.bulkPut([...result.merged, ...result.added]);
  return result;
}

export async function updateTag(tag: Tag, changes: Partial<Omit<Tag, 'id'>>) {
  await refuseSharedEdit('tags', [tag.id]);
  await tags.put({ ...tag, ...changes });
}

export async function deleteTag(id: string) {
  await refuseSharedEdit('tags', [id]);
  await tags.remove(id);
}

/** Moves a tag one place up or down, renumbering the whole list so orders stay distinct. */
export async function moveTag(taxonomy: readonly Tag[], id: string, by: -1 | 1) {
  const from = taxonomy.findIndex((t) => t.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= taxonomy.length) return;
  const reordered = [...taxonomy];
  const [moved] = reordered.splice(from, 1);
  reordered.splice(to, 0, moved!);
  const changed = reordered
    .map((t, order) => ({ ...t, order }))
    .filter((t) => t.order !== taxonomy.find((o) => o.id === t.id)!.order);
  await refuseSharedEdit(
    'tags',
    changed.map((t) => t.id),
  );
  await tags.bulkPut(changed);
}
