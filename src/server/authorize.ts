/**
 * Hocuspocus's gate for each unit a client opens: the unit's name must be one of the four shapes,
 * the token must belong to a current member of its space, and permissions.ts must grant at least
 * read. Read-only connections are marked so Hocuspocus refuses (does not apply) their updates.
 * A client is never sent a unit it may not read: the refusal comes before the unit is loaded.
 *
 * Before any sync message is handled, its Yjs update must decode; a malformed one closes that
 * client's connection and never reaches the document.
 */
import type {
  beforeHandleMessagePayload,
  Extension,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { accessTo, type Access } from '../sync/permissions';
import { parseUnitName } from '../sync/unit-names';
import { sha256 } from './secrets';
import { memberByTokenHash, policyOf } from './space-record';
import type { SpaceStore } from './space-store';

/** What a connection's context holds after authentication (read again by live-permissions.ts). */
export interface UnitContext {
  spaceId: string;
  memberId: string;
  access: Access;
}

const SYNC_MESSAGE = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class Authorize implements Extension {
  extensionName = 'Authorize';

  constructor(private readonly spaces: SpaceStore) {}

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<UnitContext> {
    const unit = parseUnitName(documentName);
    if (!unit) throw { reason: 'unknown-unit' };
    const space = await this.spaces.get(unit.spaceId);
    const found = space && token ? memberByTokenHash(space, sha256(token)) : undefined;
    if (!space || !found) throw { reason: 'not-a-member' };
    const access = accessTo(policyOf(space), found.memberId, unit);
    if (access === 'none') throw { reason: 'forbidden' };
    connectionConfig.readOnly = access === 'read';
    return { spaceId: unit.spaceId, memberId: found.memberId, access };
  }

  async beforeHandleMessage({ update }: beforeHandleMessagePayload): Promise<void> {
    const decoder = decoding.createDecoder(update);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC_MESSAGE) return;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return;
    try {
      Y.decodeUpdate(decoding.readVarUint8Array(decoder));
    } catch {
      throw { code: 4400, reason: 'malformed-update' };
    }
  }
}
