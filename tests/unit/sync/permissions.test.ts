import { describe, expect, it } from 'vitest';
import { accessTo, type Access } from '../../../src/sync/permissions';
import type { SharingPolicy, SpaceKind, SpacePolicy } from '../../../src/sync/space-policy';
import type { Unit } from '../../../src/sync/unit-names';

/**
 * Every role against every kind of unit, for reading and writing. The readers: an owner, the
 * layer's author, a classmate (another member), a member who has left, and the author of a
 * submitted layer. Expected access is written out in full for each space kind and sharing rule.
 */
const S = 'space';
const units: Record<string, Unit> = {
  catalogue: { kind: 'catalogue', spaceId: S },
  text: { kind: 'text', spaceId: S, documentId: 'doc' },
  key: { kind: 'key', spaceId: S, lessonId: 'lesson' },
  lessonLayer: { kind: 'layer', spaceId: S, memberId: 'ann', layerId: 'work' },
  privateLayer: { kind: 'layer', spaceId: S, memberId: 'ann', layerId: 'notes' },
  ownerLayer: { kind: 'layer', spaceId: S, memberId: 'teacher', layerId: 'mine' },
};

function space(
  kind: SpaceKind,
  sharing: SharingPolicy,
  options: { submittedBy?: string[]; keyRevealed?: boolean } = {},
): SpacePolicy {
  return {
    kind,
    roles: { teacher: 'owner', ann: 'member', ben: 'member' },
    layers: {
      'ann/work': { memberId: 'ann', lessonId: 'lesson' },
      'ann/notes': { memberId: 'ann' },
    },
    lessons: {
      lesson: {
        sharing,
        submittedBy: options.submittedBy ?? [],
        keyRevealed: options.keyRevealed ?? false,
      },
    },
  };
}

function table(policy: SpacePolicy): Record<string, Record<string, Access>> {
  const readers = ['teacher', 'ann', 'ben', 'gone'];
  return Object.fromEntries(
    readers.map((reader) => [
      reader,
      Object.fromEntries(
        Object.entries(units).map(([name, unit]) => [name, accessTo(policy, reader, unit)]),
      ),
    ]),
  );
}

const owner = {
  catalogue: 'write',
  text: 'write',
  key: 'write',
  lessonLayer: 'read',
  privateLayer: 'read',
  ownerLayer: 'write',
};
const nobody = {
  catalogue: 'none',
  text: 'none',
  key: 'none',
  lessonLayer: 'none',
  privateLayer: 'none',
  ownerLayer: 'none',
};

describe('accessTo', () => {
  it('in a class, before anyone submits ("after-submitting")', () => {
    expect(table(space('class', 'after-submitting'))).toEqual({
      teacher: owner,
      ann: {
        catalogue: 'read',
        text: 'read',
        key: 'none',
        lessonLayer: 'write',
        privateLayer: 'write',
        ownerLayer: 'none',
      },
      ben: {
        catalogue: 'read',
        text: 'read',
        key: 'none',
        lessonLayer: 'none',
        privateLayer: 'none',
        ownerLayer: 'none',
      },
      gone: nobody,
    });
  });

  it('in a class, after Ben submits and the key is revealed', () => {
    const result = table(
      space('class', 'after-submitting', { submittedBy: ['ben'], keyRevealed: true }),
    );
    expect(result.ben).toEqual({
      catalogue: 'read',
      text: 'read',
      key: 'read',
      lessonLayer: 'read',
      privateLayer: 'none',
      ownerLayer: 'none',
    });
    expect(result.ann!.lessonLayer).toBe('write');
    expect(result.gone).toEqual(nobody);
  });

  it('makes a submitted layer read-only for its author and keeps their other layers writable', () => {
    const result = table(space('class', 'after-submitting', { submittedBy: ['ann'] }));
    expect(result.ann!.lessonLayer).toBe('read');
    expect(result.ann!.privateLayer).toBe('write');
    expect(result.ben!.lessonLayer).toBe('none');
    expect(result.teacher!.lessonLayer).toBe('read');
  });

  it('follows the lesson rule "always" and "never"', () => {
    expect(table(space('class', 'always')).ben!.lessonLayer).toBe('read');
    expect(table(space('class', 'always')).ben!.privateLayer).toBe('none');
    const never = table(space('class', 'never', { submittedBy: ['ben', 'ann'] }));
    expect(never.ben!.lessonLayer).toBe('none');
    expect(never.teacher!.lessonLayer).toBe('read');
  });

  it('in a newsroom, members read each other’s layers whatever the lesson says', () => {
    expect(table(space('newsroom', 'never'))).toEqual({
      teacher: owner,
      ann: {
        catalogue: 'read',
        text: 'read',
        key: 'none',
        lessonLayer: 'write',
        privateLayer: 'write',
        ownerLayer: 'read',
      },
      ben: {
        catalogue: 'read',
        text: 'read',
        key: 'none',
        lessonLayer: 'read',
        privateLayer: 'read',
        ownerLayer: 'read',
      },
      gone: nobody,
    });
  });

  it('lets owners read the layer of a member who has left, and no one write it', () => {
    const policy = space('class', 'always');
    delete policy.roles.ann;
    expect(accessTo(policy, 'teacher', units.lessonLayer!)).toBe('read');
    expect(accessTo(policy, 'ann', units.lessonLayer!)).toBe('none');
    expect(accessTo(policy, 'ben', units.lessonLayer!)).toBe('read');
  });
});
