/**
 * The sync server's HTTP JSON API, shared by the server (which validates every body with these
 * schemas) and the client (which sends them). Member actions carry the member's token as
 * `Authorization: Bearer <token>`.
 *
 *   POST /api/spaces                                    create a space      -> Joined (as owner)
 *   POST /api/join                                      join with a code   -> Joined
 *   GET  /api/spaces/:space                             the space summary  -> SpaceSummary
 *   POST /api/spaces/:space/leave                       leave
 *   POST /api/spaces/:space/members/:member/remove      remove a member (owners)
 *   POST /api/spaces/:space/codes/rotate                new code for a role (owners) -> { code }
 *   POST /api/spaces/:space/layers                      register one's own layer (and its lesson)
 *   POST /api/spaces/:space/lessons/:lesson/sharing     set a lesson's sharing rule (owners)
 *   POST /api/spaces/:space/lessons/:lesson/submit      submit one's work for a lesson
 *   POST /api/spaces/:space/lessons/:lesson/reveal      reveal a lesson's key (owners)
 *
 * Errors answer with a status and `{ error: string }` saying what is wrong.
 */
import { z } from 'zod';
import { ROLES, SHARING_POLICIES, SPACE_KINDS, type SpacePolicy } from './space-policy';
import type { Role, SpaceKind } from './space-policy';
import { isSafeId } from './unit-names';

const name = z.string().trim().min(1).max(120);
const safeId = z.string().refine(isSafeId, 'not a valid id');

export const createSpaceBody = z.object({ name, kind: z.enum(SPACE_KINDS), ownerName: name });
export const joinBody = z.object({ code: z.string().min(1).max(64), name });
export const rotateCodeBody = z.object({ role: z.enum(ROLES) });
export const registerLayerBody = z.object({ layerId: safeId, lessonId: safeId.optional() });
export const sharingBody = z.object({ sharing: z.enum(SHARING_POLICIES) });

export type CreateSpaceRequest = z.infer<typeof createSpaceBody>;

/** What joining (or creating) a space gives a member: keep the token, it is shown only once. */
export interface Joined {
  spaceId: string;
  memberId: string;
  role: Role;
  token: string;
  /** The invitation codes, given to owners only. */
  codes?: { member: string; owner: string };
}

export interface MemberSummary {
  id: string;
  name: string;
  role: Role;
}

export interface SpaceSummary {
  id: string;
  name: string;
  kind: SpaceKind;
  you: MemberSummary;
  members: MemberSummary[];
  /** The space's rules, from which a client works out what it may read and write (permissions.ts). */
  policy: SpacePolicy;
}

export interface ApiError {
  error: string;
}
