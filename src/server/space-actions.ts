/**
 * What the HTTP API does to spaces: create, join, leave, remove, rotate a code, register a layer,
 * set a lesson's sharing, submit and reveal. Each checks the caller's role and changes the space
 * through one locked read-modify-write (space-store.ts); refusals are HttpErrors.
 */
import type { Joined, SpaceSummary } from '../sync/api-types';
import { DEFAULT_LESSON, layerKey, type Role, type SharingPolicy } from '../sync/space-policy';
import type { CreateSpaceRequest } from '../sync/api-types';
import { HttpError } from './http-error';
import { codeHash, newCode, newId, newToken, sha256 } from './secrets';
import { summaryOf, type SpaceRecord } from './space-record';
import type { SpaceStore } from './space-store';

/** The member making a request, found by their token. */
export interface Caller {
  spaceId: string;
  memberId: string;
  role: Role;
}

export class SpaceActions {
  constructor(private readonly spaces: SpaceStore) {}

  async createSpace(request: CreateSpaceRequest): Promise<Joined> {
    const now = new Date().toISOString();
    const [spaceId, memberId, token] = [newId(), newId(), newToken()];
    const codes = { member: newCode(), owner: newCode() };
    const space: SpaceRecord = {
      id: spaceId,
      name: request.name,
      kind: request.kind,
      createdAt: now,
      members: {
        [memberId]: {
          name: request.ownerName,
          role: 'owner',
          tokenHash: sha256(token),
          joinedAt: now,
        },
      },
      codes: { member: codeHash(codes.member), owner: codeHash(codes.owner) },
      layers: {},
      lessons: {},
    };
    await this.spaces.create(space, space.codes);
    return { spaceId, memberId, role: 'owner', token, codes };
  }

  async join(code: string, name: string): Promise<Joined> {
    const hash = codeHash(code);
    const entry = await this.spaces.findCode(hash);
    if (!entry) throw new HttpError(404, 'No space has this invitation code.');
    const [memberId, token] = [newId(), newToken()];
    await this.spaces.update(entry.spaceId, (space) => {
      if (space.codes[entry.role] !== hash) throw new HttpError(404, 'This code was replaced.');
      space.members[memberId] = {
        name,
        role: entry.role,
        tokenHash: sha256(token),
        joinedAt: new Date().toISOString(),
      };
    });
    return { spaceId: entry.spaceId, memberId, role: entry.role, token };
  }

  async summary(caller: Caller): Promise<SpaceSummary> {
    const space = await this.spaces.get(caller.spaceId);
    if (!space) throw new HttpError(404, 'No such space.');
    return summaryOf(space, caller.memberId);
  }

  async leave(caller: Caller): Promise<void> {
    await this.spaces.update(caller.spaceId, (space) => {
      const owners = Object.values(space.members).filter((member) => member.role === 'owner');
      if (caller.role === 'owner' && owners.length === 1) {
        throw new HttpError(409, 'The last owner cannot leave: add another owner first.');
      }
      delete space.members[caller.memberId];
    });
  }

  async removeMember(caller: Caller, memberId: string): Promise<void> {
    requireOwner(caller);
    if (memberId === caller.memberId) throw new HttpError(409, 'To remove yourself, leave.');
    await this.spaces.update(caller.spaceId, (space) => {
      if (!space.members[memberId]) throw new HttpError(404, 'No such member.');
      delete space.members[memberId];
    });
  }

  async rotateCode(caller: Caller, role: Role): Promise<{ code: string }> {
    requireOwner(caller);
    const code = newCode();
    const hash = codeHash(code);
    await this.spaces.writeCode(hash, { spaceId: caller.spaceId, role });
    const old = await this.spaces.update(caller.spaceId, (space) => {
      const previous = space.codes[role];
      space.codes[role] = hash;
      return previous;
    });
    await this.spaces.removeCode(old);
    return { code };
  }

  async registerLayer(caller: Caller, layerId: string, lessonId?: string): Promise<void> {
    await this.spaces.update(caller.spaceId, (space) => {
      const key = layerKey(caller.memberId, layerId);
      const existing = space.layers[key];
      if (existing && existing.lessonId !== lessonId) {
        throw new HttpError(409, 'This layer already belongs to another lesson.');
      }
      space.layers[key] =
        lessonId === undefined
          ? { memberId: caller.memberId }
          : { memberId: caller.memberId, lessonId };
      if (lessonId !== undefined) lessonOf(space, lessonId);
    });
  }

  async setSharing(caller: Caller, lessonId: string, sharing: SharingPolicy): Promise<void> {
    requireOwner(caller);
    await this.spaces.update(caller.spaceId, (space) => {
      lessonOf(space, lessonId).sharing = sharing;
    });
  }

  async submit(caller: Caller, lessonId: string): Promise<void> {
    await this.spaces.update(caller.spaceId, (space) => {
      const lesson = lessonOf(space, lessonId);
      if (!lesson.submittedBy.includes(caller.memberId)) lesson.submittedBy.push(caller.memberId);
    });
  }

  async reveal(caller: Caller, lessonId: string): Promise<void> {
    requireOwner(caller);
    await this.spaces.update(caller.spaceId, (space) => {
      lessonOf(space, lessonId).keyRevealed = true;
    });
  }
}

function requireOwner(caller: Caller): void {
  if (caller.role !== 'owner') throw new HttpError(403, 'Only an owner of the space may do this.');
}

function lessonOf(space: SpaceRecord, lessonId: string) {
  space.lessons[lessonId] ??= { ...DEFAULT_LESSON, submittedBy: [] };
  return space.lessons[lessonId];
}
