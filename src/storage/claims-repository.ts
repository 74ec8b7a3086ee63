import type { Annotation, Claim } from '../domain/types';
import { marksPassage } from '../domain/annotation-on-passage';
import type { SlantDatabase } from './slant-database';

/**
 * Claims (Compare): passages from several documents linked under one name. The one place that
 * keeps claims in step with their annotations: whatever deletes annotations unlinks them here.
 */

/** What to link: an annotation already stored, or a new one for a selected passage. */
export type ClaimPassage = { annotationId: string } | { annotation: Annotation };

export function claimsRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.claims.get(id),

    /** Every claim, by name. */
    listByName: () => db.claims.orderBy('name').toArray(),

    add: (claim: Claim) => db.claims.add(claim),

    put: (claim: Claim) => db.claims.put(claim),

    /** Deletes the claim only; its passages' annotations stay. */
    remove: (id: string) => db.claims.delete(id),

    /**
     * Takes these annotations out of every claim that links them; returns those claims as they
     * were, so an undo can put them back. Joins the caller's transaction when there is one.
     */
    unlinkAnnotations: (annotationIds: readonly string[]) =>
      db.transaction('rw', db.claims, async () => {
        if (annotationIds.length === 0) return [];
        const gone = new Set(annotationIds);
        const linked = await db.claims
          .where('annotationIds')
          .anyOf([...annotationIds])
          .distinct()
          .toArray();
        await db.claims.bulkPut(
          linked.map((c) => ({ ...c, annotationIds: c.annotationIds.filter((a) => !gone.has(a)) })),
        );
        return linked;
      }),

    /**
     * Links a passage to a claim (stored as given when it is new), in one transaction. A new
     * annotation is stored only when no anchored annotation covers exactly its passage; that
     * one is linked instead. Returns the linked annotation's id.
     */
    linkPassage: (claim: Claim, passage: ClaimPassage, now: string) =>
      db.transaction('rw', db.claims, db.annotations, async () => {
        let annotationId: string;
        if ('annotationId' in passage) {
          annotationId = passage.annotationId;
        } else {
          const { documentId, target } = passage.annotation;
          const existing = await db.annotations
            .where('documentId')
            .equals(documentId)
            .filter((a) => marksPassage(a, target))
            .first();
          if (!existing) await db.annotations.add(passage.annotation);
          annotationId = (existing ?? passage.annotation).id;
        }
        const current = (await db.claims.get(claim.id)) ?? claim;
        if (!current.annotationIds.includes(annotationId)) {
          await db.claims.put({
            ...current,
            annotationIds: [...current.annotationIds, annotationId],
            updatedAt: now,
          });
        }
        return annotationId;
      }),

    /**
     * Adds claims from an import: a claim this browser already has gains the new annotations,
     * any other is stored as it came (each link once).
     */
    mergeImported: (claims: readonly Claim[], now: string) =>
      db.transaction('rw', db.claims, async () => {
        if (claims.length === 0) return;
        const existing = await db.claims.bulkGet(claims.map((c) => c.id));
        await db.claims.bulkPut(
          claims.map((claim, i) => {
            const current = existing[i];
            if (!current) return { ...claim, annotationIds: [...new Set(claim.annotationIds)] };
            const added = claim.annotationIds.filter((id) => !current.annotationIds.includes(id));
            if (added.length === 0) return current;
            return {
              ...current,
              annotationIds: [...new Set([...current.annotationIds, ...added])],
              updatedAt: now,
            };
          }),
        );
      }),
  };
}
