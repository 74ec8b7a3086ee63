/**
 * Annotations (and their claims) from a file merged into this browser under the one merge rule
 * (`domain/layers` `planMerge`): a local copy changed later is kept, a deleted one is not
 * restored, and one whose id is already here merges where it lives (the file is a copy of it);
 * only new ones go to the layer the user chose. The plan is shown before confirming and made
 * again inside the write's transaction, so what is written is what the plan says at that moment.
 */
import { mergeWrites, planMerge, sameContent, type MergePlan } from '../domain/layers';
import type { AnnotationLayer, UnplacedAnnotation } from '../domain/records';
import type { Annotation, Claim, Tag } from '../domain/types';
import type { SlantDatabase } from './slant-database';

/** Two copies of one annotation are the same whatever their layer or time of the last change. */
export const sameAnnotation = (mine: Annotation, theirs: Annotation) =>
  sameContent(mine, theirs, ['updatedAt', 'layerId']);

const sameClaim = (mine: Claim, theirs: Claim) =>
  sameContent(mine, theirs, ['updatedAt', 'layerId']);

/** Plans the merge of incoming annotations against the database (call inside a transaction). */
export async function planAnnotations(
  db: SlantDatabase,
  incoming: readonly Annotation[],
): Promise<MergePlan<Annotation> & { local: Map<string, Annotation> }> {
  const ids = incoming.map((a) => a.id);
  const local = new Map(
    (await db.annotations.bulkGet(ids)).flatMap((a) => (a ? [[a.id, a] as const] : [])),
  );
  const deleted = new Set((await db.tombstones.bulkGet(ids)).flatMap((t) => (t ? [t.id] : [])));
  const plan = planMerge(
    incoming,
    (id) => local.get(id),
    (id) => deleted.has(id),
    sameAnnotation,
  );
  return { ...plan, local };
}

/** The plan of an import, for the summary before confirming. */
export const planImport = (db: SlantDatabase, incoming: readonly Annotation[]) =>
  db.transaction('r', db.annotations, db.tombstones, async () => {
    const { local: _local, ...plan } = await planAnnotations(db, incoming);
    return plan as MergePlan<Annotation>;
  });

/**
 * Claims from a file: a new one is added, one whose file copy is newer replaces ours, and a
 * claim kept (ours is newer or the same) only gains the annotations this import adds. A claim
 * never links an annotation that is not in the database after the import.
 */
async function mergeClaims(
  db: SlantDatabase,
  incoming: readonly Claim[],
  { addedIds, layerId }: { addedIds: ReadonlySet<string>; layerId: string },
  now: string,
) {
  if (incoming.length === 0) return;
  const local = new Map(
    (await db.claims.bulkGet(incoming.map((c) => c.id))).flatMap((c) =>
      c ? [[c.id, c] as const] : [],
    ),
  );
  const plan = planMerge(
    incoming,
    (id) => local.get(id),
    () => false,
    sameClaim,
  );
  const present = new Set(
    (await db.annotations.bulkGet([...new Set(incoming.flatMap((c) => c.annotationIds))])).flatMap(
      (a) => (a ? [a.id] : []),
    ),
  );
  const linkable = (ids: readonly string[]) => [...new Set(ids)].filter((id) => present.has(id));
  const writes: Claim[] = [
    ...plan.added.map((c) => ({ ...c, layerId, annotationIds: linkable(c.annotationIds) })),
    ...plan.updated.map((c) => ({
      ...c,
      layerId: local.get(c.id)?.layerId ?? c.layerId,
      annotationIds: linkable(c.annotationIds),
    })),
  ];
  for (const claim of [...plan.kept, ...plan.unchanged]) {
    const mine = local.get(claim.id);
    if (!mine) continue;
    const gained = claim.annotationIds.filter(
      (id) => addedIds.has(id) && !mine.annotationIds.includes(id),
    );
    if (gained.length > 0)
      writes.push({ ...mine, annotationIds: [...mine.annotationIds, ...gained], updatedAt: now });
  }
  await db.claims.bulkPut(writes);
}

/**
 * Annotations from the file that are on no passage go to the Unplaced list, in the layer chosen;
 * one already placed here (an annotation with its id) or deleted is left out, and an entry of
 * the list changed later than the file's copy is kept. Returns how many were listed.
 */
async function listUnplaced(
  db: SlantDatabase,
  incoming: readonly UnplacedAnnotation[],
  layerId: string,
): Promise<number> {
  const ids = incoming.map((u) => u.id);
  const placed = new Set([
    ...(await db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.id] : [])),
    ...(await db.tombstones.bulkGet(ids)).flatMap((t) => (t ? [t.id] : [])),
  ]);
  const listed = new Map(
    (await db.unplaced.bulkGet(ids)).flatMap((u) => (u ? [[u.id, u] as const] : [])),
  );
  const writes = incoming.flatMap((u) => {
    const mine = listed.get(u.id);
    if (placed.has(u.id) || (mine && mine.updatedAt >= u.updatedAt)) return [];
    return [{ ...u, layerId: mine?.layerId ?? layerId }];
  });
  await db.unplaced.bulkPut(writes);
  return writes.length;
}

/**
 * Merges imported annotations, the tags they use that were missing, their claims and those on
 * no passage (the Unplaced list), all or nothing. New annotations go to `layerId`, into the
 * layer `newLayer` when given (created only if anything lands in it); returns the plan that was
 * carried out and how many annotations were listed in Unplaced.
 */
export const mergeImported = (
  db: SlantDatabase,
  incoming: {
    annotations: readonly Annotation[];
    newTags: readonly Tag[];
    claims: readonly Claim[];
    unplaced?: readonly UnplacedAnnotation[];
    layerId: string;
    newLayer?: AnnotationLayer;
  },
  now: string,
) =>
  db.transaction(
    'rw',
    [db.annotations, db.tombstones, db.tags, db.claims, db.layers, db.unplaced],
    async () => {
      const { local, ...plan } = await planAnnotations(db, incoming.annotations);
      const unplaced = await listUnplaced(db, incoming.unplaced ?? [], incoming.layerId);
      if (incoming.newLayer && plan.added.length + unplaced > 0)
        await db.layers.put(incoming.newLayer);
      await db.tags.bulkPut([...incoming.newTags]);
      const writes = mergeWrites(plan).map((a) => ({
        ...a,
        layerId: local.get(a.id)?.layerId ?? incoming.layerId,
      }));
      await db.annotations.bulkPut(writes);
      await mergeClaims(
        db,
        incoming.claims,
        { addedIds: new Set(plan.added.map((a) => a.id)), layerId: incoming.layerId },
        now,
      );
      return { ...(plan as MergePlan<Annotation>), unplaced };
    },
  );
