/**
 * The local records a session makes for what the space shares: the read-only layers that hold
 * what others share, this member's own layers (a lesson's work, a co-owner's copy of a key), the
 * teacher's live submissions; each written with a guard, so a user's change is never overwritten.
 */
import { layerColour } from '../../domain/layers';
import { sync, type Row } from '../../storage';
import { sharedSubmissionId } from './shared-ids';

/** A layer holding what another member shares (or a revealed key): read-only here. */
export async function ensureSharedLayer(
  id: string,
  fields: { kind: string; owner: string; lessonId?: string; label: string },
): Promise<void> {
  const current = await sync.row('layers', id);
  if (current && current.label === fields.label && current.readOnly === true) return;
  const now = new Date().toISOString();
  const count = (await sync.rows('layers')).length;
  const next: Row = {
    id,
    colour: layerColour(count),
    createdAt: now,
    ...current,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    readOnly: true,
    updatedAt: now,
  };
  await sync.applyGuarded('layers', [{ id, expected: current, next }]);
}

/**
 * A student's live work on a lesson, for the teacher's Class view: a submission whose layer is
 * the student's shared layer, so the results and agreement update as the student annotates.
 */
export async function ensureSubmission(
  memberId: string,
  student: string | undefined,
  lessonId: string,
  layerId: string,
) {
  const id = sharedSubmissionId(memberId, lessonId);
  const current = await sync.row('submissions', id);
  if (current && (!student || current.student === student)) return;
  const now = new Date().toISOString();
  const next: Row = {
    id,
    lessonId,
    student: student ?? 'A student',
    layerId,
    orphanCount: 0,
    exportedAt: now,
    importedAt: now,
    ...(current && { exportedAt: current.exportedAt, importedAt: current.importedAt }),
  };
  await sync.applyGuarded('submissions', [{ id, expected: current, next }]);
}

export async function ensureOwnLayer(
  owner: string,
  id: string,
  fields: { kind: string; lessonId: string; label: string },
): Promise<void> {
  if (await sync.row('layers', id)) return;
  const now = new Date().toISOString();
  const count = (await sync.rows('layers')).length;
  const layer: Row = {
    id,
    ...fields,
    owner,
    colour: layerColour(count),
    readOnly: false,
    createdAt: now,
    updatedAt: now,
  };
  await sync.applyGuarded('layers', [{ id, expected: undefined, next: layer }]);
}

export async function setLayer(current: Row, next: Row): Promise<void> {
  await sync.applyGuarded('layers', [
    { id: current.id, expected: current, next: { ...next, updatedAt: new Date().toISOString() } },
  ]);
}
