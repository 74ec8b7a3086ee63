/**
 * Makes permission changes (a submission, a revealed key, a removed member, a new sharing rule)
 * take effect on connections that are already open. Whenever a space changes, each open
 * connection to one of its units is checked again; one whose access changed is made read-only at
 * once and its socket closed, so the client reconnects and is authenticated afresh (and refused,
 * if it may no longer read the unit).
 */
import type { Hocuspocus } from '@hocuspocus/server';
import { accessTo } from '../sync/permissions';
import { parseUnitName, type Unit } from '../sync/unit-names';
import type { UnitContext } from './authorize';
import type { ChangeFeed } from './change-feed';
import { policyOf } from './space-record';
import type { SpaceStore } from './space-store';

export const PERMISSIONS_CHANGED = { code: 4205, reason: 'permissions-changed' };

export function watchPermissions(hocuspocus: Hocuspocus, spaces: SpaceStore, feed: ChangeFeed) {
  feed.subscribe((spaceId) => {
    void recheck(hocuspocus, spaces, spaceId).catch((error) => console.error(error));
  });
}

async function recheck(hocuspocus: Hocuspocus, spaces: SpaceStore, spaceId: string) {
  const space = await spaces.get(spaceId);
  const policy = space && policyOf(space);
  for (const document of hocuspocus.documents.values()) {
    const unit = unitOf(document);
    if (!unit || unit.spaceId !== spaceId) continue;
    for (const { connection } of document.connections.values()) {
      const context = connection.context as Partial<UnitContext>;
      if (!context.memberId) continue;
      const access = policy ? accessTo(policy, context.memberId, unit) : 'none';
      if (access === context.access) continue;
      connection.readOnly = true;
      connection.webSocket.close(PERMISSIONS_CHANGED.code, PERMISSIONS_CHANGED.reason);
    }
  }
}

/** Each open document's unit, parsed once: every space change looks at every open document. */
const units = new WeakMap<object, Unit | undefined>();
function unitOf(document: { name: string }): Unit | undefined {
  if (!units.has(document)) units.set(document, parseUnitName(document.name));
  return units.get(document);
}
