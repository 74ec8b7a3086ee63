/**
 * A space as the server stores it: the policy every client may see (src/sync/space-policy.ts)
 * plus members' names and the SHA-256 of their tokens and of the two invitation codes.
 */
import type { Role, SpaceKind, SpacePolicy, LayerInfo, LessonPolicy } from '../sync/space-policy';
import type { MemberSummary, SpaceSummary } from '../sync/api-types';

export interface StoredMember {
  name: string;
  role: Role;
  tokenHash: string;
  joinedAt: string;
}

export interface SpaceRecord {
  id: string;
  name: string;
  kind: SpaceKind;
  createdAt: string;
  members: Record<string, StoredMember>;
  /** SHA-256 of the current invitation code for each role. */
  codes: Record<Role, string>;
  layers: Record<string, LayerInfo>;
  lessons: Record<string, LessonPolicy>;
}

/*
 * Every document connection authenticates (a teacher's view of a class opens a thousand), so
 * what is derived from a space is derived once per version of it. A cached SpaceRecord is never
 * changed in place (SpaceStore.update changes a fresh copy read from disk), so a WeakMap keyed by
 * the record is exact and frees itself with the old version.
 */
const policies = new WeakMap<SpaceRecord, SpacePolicy>();
const tokenIndexes = new WeakMap<SpaceRecord, Map<string, string>>();

export function policyOf(space: SpaceRecord): SpacePolicy {
  let policy = policies.get(space);
  if (!policy) {
    const roles: SpacePolicy['roles'] = {};
    for (const [id, member] of Object.entries(space.members)) roles[id] = member.role;
    policy = { kind: space.kind, roles, layers: space.layers, lessons: space.lessons };
    policies.set(space, policy);
  }
  return policy;
}

export function summaryOf(space: SpaceRecord, memberId: string): SpaceSummary {
  const members: MemberSummary[] = Object.entries(space.members).map(([id, member]) => ({
    id,
    name: member.name,
    role: member.role,
  }));
  const you = members.find((member) => member.id === memberId);
  if (!you) throw new Error(`${memberId} is not a member of ${space.id}`);
  return {
    id: space.id,
    name: space.name,
    kind: space.kind,
    you,
    members,
    policy: policyOf(space),
  };
}

/** The member whose token hashes to `tokenHash`, if any. */
export function memberByTokenHash(
  space: SpaceRecord,
  tokenHash: string,
): { memberId: string; member: StoredMember } | undefined {
  let index = tokenIndexes.get(space);
  if (!index) {
    index = new Map(Object.entries(space.members).map(([id, member]) => [member.tokenHash, id]));
    tokenIndexes.set(space, index);
  }
  const memberId = index.get(tokenHash);
  const member = memberId === undefined ? undefined : space.members[memberId];
  return member && member.tokenHash === tokenHash ? { memberId: memberId!, member } : undefined;
}
