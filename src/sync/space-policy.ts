/**
 * What the server knows about a space that decides who may read and write each unit: the kind of
 * space, its members' roles, which lesson each layer belongs to, and each lesson's sharing rule,
 * submissions and whether its key is revealed. The server's stored record adds the secrets
 * (src/server/space-record.ts); clients see this part through the API's space summary.
 */
export const SPACE_KINDS = ['class', 'newsroom'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const ROLES = ['owner', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** When classmates may read a student's layer for a lesson (class spaces only). */
export const SHARING_POLICIES = ['after-submitting', 'never', 'always'] as const;
export type SharingPolicy = (typeof SHARING_POLICIES)[number];

export interface LessonPolicy {
  sharing: SharingPolicy;
  /** Member ids who submitted their work; their layers for this lesson are read-only from then on. */
  submittedBy: string[];
  keyRevealed: boolean;
}

export interface LayerInfo {
  memberId: string;
  lessonId?: string;
}

export interface SpacePolicy {
  kind: SpaceKind;
  /** Current members by id; a member who left or was removed is no longer here. */
  roles: Record<string, Role>;
  /** Registered layers by `<memberId>/<layerId>`. */
  layers: Record<string, LayerInfo>;
  lessons: Record<string, LessonPolicy>;
}

/** A new lesson's rule until an owner sets one: classmates see each other's work once they submitted. */
export const DEFAULT_LESSON: LessonPolicy = {
  sharing: 'after-submitting',
  submittedBy: [],
  keyRevealed: false,
};

export function layerKey(memberId: string, layerId: string): string {
  return `${memberId}/${layerId}`;
}
