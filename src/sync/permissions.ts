/**
 * Who may read and write each unit of a space: the one rule the server enforces on every
 * document connection, and the rule a client reads to offer only the edits the server accepts.
 *
 * - catalogue and texts: owners write, members read;
 * - a member's layer: only that member writes (until they submit its lesson, then nobody);
 *   owners read; in a newsroom members read each other's layers; in a class classmates read
 *   a layer only when its lesson's sharing rule lets them ("always", or "after-submitting" once
 *   the reader has submitted the same lesson; a layer outside any lesson stays private);
 * - a lesson's key: owners write; members read it only once an owner has revealed it.
 */
import type { Unit } from './unit-names';
import { layerKey, type SpacePolicy } from './space-policy';

export type Access = 'none' | 'read' | 'write';

export function accessTo(space: SpacePolicy, memberId: string, unit: Unit): Access {
  const role = space.roles[memberId];
  if (!role) return 'none';
  switch (unit.kind) {
    case 'catalogue':
    case 'text':
      return role === 'owner' ? 'write' : 'read';
    case 'key':
      if (role === 'owner') return 'write';
      return space.lessons[unit.lessonId]?.keyRevealed ? 'read' : 'none';
    case 'layer':
      return layerAccess(space, memberId, unit.memberId, unit.layerId);
  }
}

function layerAccess(
  space: SpacePolicy,
  readerId: string,
  ownerId: string,
  layerId: string,
): Access {
  const lessonId = space.layers[layerKey(ownerId, layerId)]?.lessonId;
  const lesson = lessonId === undefined ? undefined : space.lessons[lessonId];
  if (readerId === ownerId) return lesson?.submittedBy.includes(ownerId) ? 'read' : 'write';
  // A layer whose author has left is still there for whoever may read it.
  if (space.roles[readerId] === 'owner') return 'read';
  if (space.kind === 'newsroom') return 'read';
  if (!lesson) return 'none';
  switch (lesson.sharing) {
    case 'always':
      return 'read';
    case 'never':
      return 'none';
    case 'after-submitting':
      return lesson.submittedBy.includes(readerId) ? 'read' : 'none';
  }
}

export function canRead(access: Access): boolean {
  return access !== 'none';
}
