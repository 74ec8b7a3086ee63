/**
 * Claims: passages from several documents linked under one name ("Death toll"). A passage is an
 * annotation; one picked from a selection becomes an untagged annotation (or reuses the
 * annotation already on exactly that passage), saved with the claim in one transaction.
 */
import type { Annotation, Claim } from '../domain/types';
import { newAnnotation } from './annotation-commands';
import { db } from './database';
import { useUndoHistory } from './undo-history';

/** What the reader picked to link: an existing annotation, or a selected passage. */
export type PickedPassage =
  { annotationId: string } | { documentId: string; text: string; start: number; end: number };

const now = () => new Date().toISOString();

export async function createClaim(name: string, annotationIds: string[] = []): Promise<Claim> {
  const claim: Claim = {
    id: crypto.randomUUID(),
    name: name.trim(),
    note: '',
    annotationIds,
    createdAt: now(),
    updatedAt: now(),
  };
  await db.claims.add(claim);
  return claim;
}

/** Links a passage to a claim (a new one when `claim` is a name); returns the annotation's id. */
export function linkPassage(claim: Claim | string, passage: PickedPassage): Promise<string> {
  return db.transaction('rw', db.claims, db.annotations, async () => {
    let annotationId: string;
    if ('annotationId' in passage) {
      annotationId = passage.annotationId;
    } else {
      const existing = await db.annotations
        .where('documentId')
        .equals(passage.documentId)
        .filter(
          (a: Annotation) =>
            a.status === 'anchored' &&
            a.target.start === passage.start &&
            a.target.end === passage.end,
        )
        .first();
      const annotation = existing ?? newAnnotation({ ...passage, tagIds: [] });
      if (!existing) await db.annotations.add(annotation);
      annotationId = annotation.id;
    }
    if (typeof claim === 'string') {
      await createClaim(claim, [annotationId]);
    } else {
      const current = (await db.claims.get(claim.id)) ?? claim;
      if (!current.annotationIds.includes(annotationId)) {
        await db.claims.put({
          ...current,
          annotationIds: [...current.annotationIds, annotationId],
          updatedAt: now(),
        });
      }
    }
    return annotationId;
  });
}

/** Unlinks passages from a claim; their annotations stay. */
export async function unlinkPassages(claim: Claim, annotationIds: readonly string[]) {
  await db.claims.put({
    ...claim,
    annotationIds: claim.annotationIds.filter((id) => !annotationIds.includes(id)),
    updatedAt: now(),
  });
}

export async function updateClaim(claim: Claim, changes: Partial<Pick<Claim, 'name' | 'note'>>) {
  await db.claims.put({ ...claim, ...changes, updatedAt: now() });
}

/** Deletes the claim, not its passages' annotations; undoable. */
export async function deleteClaim(claim: Claim) {
  await db.claims.delete(claim.id);
  useUndoHistory.getState().push({
    label: 'Delete claim',
    undo: () => db.claims.put(claim).then(() => undefined),
    redo: () => db.claims.delete(claim.id),
  });
}
