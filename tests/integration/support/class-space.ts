/**
 * A class space as the tests need it: a teacher (owner), a co-owner, two students, and the
 * connections and API handles to act as each.
 */
import { createSpace, joinSpace, SpaceApi, type Membership } from '../../../src/sync/space-api';
import type { SpaceKind } from '../../../src/sync/space-policy';
import { memberOf } from './clients';

export interface Cast {
  teacher: Membership;
  coOwner: Membership;
  ann: Membership;
  ben: Membership;
  codes: { member: string; owner: string };
  api(member: Membership): SpaceApi;
}

export async function castSpace(url: string, kind: SpaceKind = 'class'): Promise<Cast> {
  const created = await createSpace(url, {
    name: 'Media literacy 9B',
    kind,
    ownerName: 'Ms Reyes',
  });
  const codes = created.codes!;
  const [coOwner, ann, ben] = await Promise.all([
    joinSpace(url, codes.owner, 'Mr Cole'),
    joinSpace(url, codes.member, 'Ann'),
    joinSpace(url, codes.member.toLowerCase(), 'Ben'),
  ]);
  return {
    teacher: memberOf(url, created),
    coOwner: memberOf(url, coOwner),
    ann: memberOf(url, ann),
    ben: memberOf(url, ben),
    codes,
    api: (member) => new SpaceApi(member),
  };
}
