import { useLiveQuery } from 'dexie-react-hooks';
import { extendTaxonomy, tagIdFor, type PresetTag } from '../domain/taxonomy-presets';
import type { Tag } from '../domain/types';
import { tagsRepository } from '../storage/tags-repository';
import { db } from './database';

/** Editing the taxonomy: every change is written at once; deleting never touches annotations. */
const repository = () => tagsRepository(db);

export const useTagUsage = () => useLiveQuery(() => repository().usage(), []);

export async function addTag(existing: readonly Tag[], label: string, description = '') {
  const id = tagIdFor(label, new Set(existing.map((t) => t.id)));
  const [tag] = extendTaxonomy(existing, [{ id, label: label.trim(), description }]);
  if (tag) await repository().put(tag);
  return tag;
}

export async function addPresetTags(existing: readonly Tag[], preset: readonly PresetTag[]) {
  const added = extendTaxonomy(existing, preset);
  await repository().bulkPut(added);
  return added;
}

export const updateTag = (tag: Tag, changes: Partial<Omit<Tag, 'id'>>) =>
  repository().put({ ...tag, ...changes });

export const deleteTag = (id: string) => repository().remove(id);

/** Moves a tag one place up or down, renumbering the whole list so orders stay distinct. */
export async function moveTag(tags: readonly Tag[], id: string, by: -1 | 1) {
  const from = tags.findIndex((t) => t.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= tags.length) return;
  const reordered = [...tags];
  const [moved] = reordered.splice(from, 1);
  reordered.splice(to, 0, moved!);
  await repository().bulkPut(reordered.map((t, order) => ({ ...t, order })));
}
