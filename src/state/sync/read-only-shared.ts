/**
 * What a member (not an owner) of a space may not change: the documents, tags, outlets and
 * collections the space's owners share. The server refuses a member's writes to them, so an edit
 * made here would stay on this device, unsent, and the member would believe it shared. The
 * session records the ids (in the database, so every tab knows, offline too); the commands refuse
 * such edits with a reason, and the views show these records read-only with the same reason.
 * Free of Yjs, so the solo app loads none of the sync code.
 */
import { useMemo } from 'react';
import { sync, useLiveRead, type ReadOnlyShared } from '../../storage';

export type SharedKind = keyof ReadOnlyShared;

const NOUN: Record<SharedKind, string> = {
  documents: 'this document',
  tags: 'this tag',
  outlets: 'this outlet',
  collections: 'this collection',
};

/** Why a member may not change a shared record, in words they can act on. */
export const readOnlyReason = (kind: SharedKind) =>
  `Shared by your space’s owners: only they can change ${NOUN[kind]}. Ask one of them to change it.`;

/** A refused edit: the reason is the message. */
export class SharedRecordError extends Error {
  constructor(readonly kind: SharedKind) {
    super(readOnlyReason(kind));
    this.name = 'SharedRecordError';
  }
}

/** Throws a SharedRecordError when any of `ids` is a record of `kind` this member only reads. */
export async function refuseSharedEdit(kind: SharedKind, ids: readonly string[]): Promise<void> {
  const readOnly = new Set((await sync.readOnlyShared())[kind] ?? []);
  if (ids.some((id) => readOnly.has(id))) throw new SharedRecordError(kind);
}

/** For views: the reason a record may not be changed here, or undefined when it may. */
export function useReadOnlyShared(): (kind: SharedKind, id: string) => string | undefined {
  const stored = useLiveRead(() => sync.readOnlyShared(), []);
  return useMemo(() => {
    const sets = new Map(
      Object.entries(stored ?? {}).map(([kind, ids]) => [kind, new Set(ids)] as const),
    );
    return (kind, id) => (sets.get(kind)?.has(id) ? readOnlyReason(kind) : undefined);
  }, [stored]);
}
