/**
 * Claims: passages from several documents linked under one name ("Death toll"). A passage is an
 * annotation; one picked from a selection becomes an untagged annotation (or reuses the
 * annotation already on exactly that passage), saved with the claim in one transaction.
 */
import { DEFAULT_LAYER_ID } from '../domain/layers';
import type { Claim } from '../domain/types';
import { claims } from '../storage';
import { newAnnotation } from './annotation-commands';
import { useUndoHistory } from './undo-history';

/** What the reader picked to link: an existing annotation, or a selected passage. */
export type PickedPassage =
  { annotationId: string } | { documentId: string; text: string; start: number; end: number };

const now = () => new Date().toISOString();

function newClaim(name: string, annotationIds: string[], layerId: string): Claim {
  return {
    id: crypto.randomUUID(),
    layerId,
    name: name.trim(),
    note: '',
    annotationIds,
    createdAt: now(),
    updatedAt: now(),
  };
}

/** A new claim in `layerId` (the user's own default layer unless told). */
export async function createClaim(
  name: string,
  annotationIds: string[] = [],
  layerId = DEFAULT_LAYER_ID,
): Promise<Claim> {
  const claim = newClaim(name, annotationIds, layerId);
  await claims.add(claim);
  return claim;
}

/**
 * Links a passage to a claim (a new one in `layerId` when `claim` is a name); a selected passage
 * becomes an annotation in the claim's layer. Returns the annotation's id.
 */
export function linkPassage(
  claim: Claim | string,
  passage: PickedPassage,
  layerId = DEFAULT_LAYER_ID,
): Promise<string> {
  const linked = typeof claim === 'string' ? newClaim(claim, [], layerId) : claim;
  return claims.linkPassage(
    linked,
    'annotationId' in passage
      ? passage
      : { annotation: newAnnotation({ ...passage, layerId: linked.layerId, tagIds: [] }) },
    now(),
  );
}

/** Unlinks passages from a claim; their annotations stay. */
export async function unlinkPassages(claim: Claim, annotationIds: readonly string[]) {
  await claims.put({
    ...claim,
    annotationIds: claim.annotationIds.filter((id) => !annotationIds.includes(id)),
    updatedAt: now(),
  });
}

/** Deletes the claim, not its passages' annotations; undoable. */
export async function deleteClaim(claim: Claim) {
  await claims.remove(claim.id);
  useUndoHistory.getState().push({
    label: 'Delete claim',
    undo: () => claims.put(claim).then(() => undefined),
    redo: () => claims.remove(claim.id),
  });
}
