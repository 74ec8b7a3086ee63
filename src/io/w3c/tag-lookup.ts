/**
 * Turns the tags an imported annotation names into Slant tag ids. A Slant export names its tags
 * by URN (`urn:slant:tag:<id>`), which wins. Other tools name tags by label only, so a label
 * finds a known tag by its label (any case) or its id, a PTC technique name finds Slant's preset
 * tag, and any other label becomes the id a new tag with that label would get (`Spin words` →
 * `spin-words`, as `tagIdFor` makes it). The caller creates the tags that do not exist yet.
 */
import { tagIdFor } from '../../domain/taxonomy-presets';
import type { Tag } from '../../domain/types';
import { aliasMap, localTagId } from '../../domain/tag-aliases';
import { idFromUrn, TAG_URN } from './identifiers';
import { tagIdOfPtcTechnique } from '../ptc';
import type { ForeignTag } from './read-w3c-bodies';

interface TagLookup {
  idOf(tag: ForeignTag): string;
  /** The label each id was first seen with, for creating tags that are missing. */
  labels: Map<string, string>;
}

export function tagLookup(known: readonly Tag[]): TagLookup {
  const byId = new Set(known.map((t) => t.id));
  const byLabel = new Map<string, string>();
  // The first tag in the taxonomy's order wins a label two tags share.
  for (const tag of [...known].sort((a, b) => a.order - b.order)) {
    const label = tag.label.toLocaleLowerCase();
    if (!byLabel.has(label)) byLabel.set(label, tag.id);
  }
  // A preset's id merged into a tag here (its alias) means that tag.
  const byAlias = aliasMap(known);
  const labels = new Map<string, string>();
  const none = new Set<string>();
  return {
    labels,
    idOf(tag) {
      const named =
        (tag.iri !== undefined ? idFromUrn(tag.iri, TAG_URN) : undefined) ??
        byLabel.get(tag.label.toLocaleLowerCase()) ??
        (byId.has(tag.label) ? tag.label : undefined) ??
        tagIdOfPtcTechnique(tag.label) ??
        tagIdFor(tag.label, none);
      const id = localTagId(named, byAlias);
      if (!labels.has(id)) labels.set(id, tag.label);
      return id;
    },
  };
}
