/**
 * A tag merged with a preset's tag keeps its own id and records the preset's id as an alias
 * (`mergePresetTags`). Files made elsewhere (lesson packs, students' work) may name the tag by
 * either id: these helpers turn one into the other, so both mean the same tag here.
 */
import type { Tag } from './types';

/** Each alias of `tags`, to the id of the tag that has it. */
export function aliasMap(tags: readonly Tag[]): Map<string, string> {
  return new Map(tags.flatMap((t) => (t.aliases ?? []).map((a) => [a, t.id] as const)));
}

/** The id of the tag here that `id` means: a tag's own id as it is, an alias as its tag's id. */
export function localTagId(id: string, aliases: ReadonlyMap<string, string>): string {
  return aliases.get(id) ?? id;
}

/**
 * The id among `wanted` (a lesson's tag ids, say) that the tag `id` here goes by: its own id, or
 * one of its aliases; undefined when it is none of them.
 */
export function idAmong(
  id: string,
  tags: readonly Tag[],
  wanted: readonly string[],
): string | undefined {
  if (wanted.includes(id)) return id;
  const aliases = tags.find((t) => t.id === id)?.aliases ?? [];
  return aliases.find((a) => wanted.includes(a));
}

/** The tag here that `id` names, by its own id or by an alias. */
export function tagNamed(id: string, tags: readonly Tag[]): Tag | undefined {
  return tags.find((t) => t.id === id) ?? tags.find((t) => t.aliases?.includes(id));
}
