/**
 * The permission rules against a real server: who may open which unit, who may write it, and a
 * refused write is not applied. Also the API's owner-only actions and codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../../src/sync/unit-docs';
import type { Unit } from '../../src/sync/unit-names';
import { joinSpace, SyncApiError, type Membership } from '../../src/sync/space-api';
import { startServer, type ServerProcess } from './support/server-process';
import { Devices, until } from './support/clients';
import { castSpace, type Cast } from './support/class-space';

type Outcome = 'write' | 'read' | 'none';

let server: ServerProcess;
let cast: Cast;
const devices = new Devices();

function open(member: Membership, unit: Unit) {
  return devices.connect(member).open(unit);
}

/** Opens the unit as `member`, tries to write, and reports what the server allowed. */
async function outcome(member: Membership, unit: Unit): Promise<Outcome> {
  const opened = open(member, unit);
  try {
    await opened.synced;
  } catch {
    return 'none';
  }
  if (opened.readOnly) {
    documentText(opened.doc).insert(0, 'x');
    await until(() => opened.refusedWrites > 0, `the refusal of a write to ${opened.name}`);
    return 'read';
  }
  return 'write';
}

beforeAll(async () => {
  server = await startServer();
  cast = await castSpace(server.url);
  await cast.api(cast.ann).registerLayer('ann-work', 'lesson-1');
  await cast.api(cast.ben).registerLayer('ben-work', 'lesson-1');
  await cast.api(cast.ann).registerLayer('ann-notes');
});

afterAll(async () => {
  devices.closeAll();
  await server?.stop();
});

describe('permissions on a real server', () => {
  it('gives each role exactly its access to each kind of unit', async () => {
    const spaceId = cast.teacher.spaceId;
    const catalogue: Unit = { kind: 'catalogue', spaceId };
    const text: Unit = { kind: 'text', spaceId, documentId: 'doc-1' };
    const key: Unit = { kind: 'key', spaceId, lessonId: 'lesson-1' };
    const annWork: Unit = {
      kind: 'layer',
      spaceId,
      memberId: cast.ann.memberId,
      layerId: 'ann-work',
    };
    const annNotes: Unit = {
      kind: 'layer',
      spaceId,
      memberId: cast.ann.memberId,
      layerId: 'ann-notes',
    };
    const stranger = { ...cast.ann, token: 'not-a-real-token' };
    const cases: [string, Membership, Unit, Outcome][] = [
      ['teacher, catalogue', cast.teacher, catalogue, 'write'],
      ['co-owner, catalogue', cast.coOwner, catalogue, 'write'],
      ['student, catalogue', cast.ann, catalogue, 'read'],
      ['stranger, catalogue', stranger, catalogue, 'none'],
      ['teacher, text', cast.teacher, text, 'write'],
      ['student, text', cast.ben, text, 'read'],
      ['teacher, key', cast.teacher, key, 'write'],
      ['co-owner, key', cast.coOwner, key, 'write'],
      ['student, unrevealed key', cast.ann, key, 'none'],
      ['author, own layer', cast.ann, annWork, 'write'],
      ['teacher, student layer', cast.teacher, annWork, 'read'],
      ['classmate before submitting', cast.ben, annWork, 'none'],
      ['classmate, layer outside lessons', cast.ben, annNotes, 'none'],
      ['stranger, layer', stranger, annWork, 'none'],
    ];
    const results = await Promise.all(cases.map(([, member, unit]) => outcome(member, unit)));
    expect(Object.fromEntries(cases.map(([label], i) => [label, results[i]]))).toEqual(
      Object.fromEntries(cases.map(([label, , , expected]) => [label, expected])),
    );
  });

  it('lets a classmate read after submitting, makes the submitter read-only, and reveals keys', async () => {
    const spaceId = cast.teacher.spaceId;
    const annWork: Unit = {
      kind: 'layer',
      spaceId,
      memberId: cast.ann.memberId,
      layerId: 'ann-work',
    };
    const key: Unit = { kind: 'key', spaceId, lessonId: 'lesson-1' };
    await cast.api(cast.ben).submit('lesson-1');
    expect(await outcome(cast.ben, annWork)).toBe('read');
    await cast.api(cast.ann).submit('lesson-1');
    expect(await outcome(cast.ann, annWork)).toBe('read');
    await expect(cast.api(cast.ann).reveal('lesson-1')).rejects.toMatchObject({ status: 403 });
    await cast.api(cast.teacher).reveal('lesson-1');
    expect(await outcome(cast.ben, key)).toBe('read');
  });

  it('does not apply a refused write', async () => {
    const spaceId = cast.teacher.spaceId;
    const text: Unit = { kind: 'text', spaceId, documentId: 'doc-2' };
    const teacher = open(cast.teacher, text);
    await teacher.synced;
    documentText(teacher.doc).insert(0, 'The original text.');
    await teacher.flushed();
    const student = open(cast.ann, text);
    await student.synced;
    expect(student.readOnly).toBe(true);
    documentText(student.doc).insert(0, 'Vandalised: ');
    await until(() => student.refusedWrites > 0, 'the refusal');
    const fresh = open(cast.coOwner, text);
    await fresh.synced;
    expect(documentText(fresh.doc).toString()).toBe('The original text.');
    expect(documentText(teacher.doc).toString()).toBe('The original text.');
  });

  it('keeps owner-only actions for owners and retires a rotated code', async () => {
    await expect(cast.api(cast.ann).rotateCode('member')).rejects.toBeInstanceOf(SyncApiError);
    await expect(cast.api(cast.ben).removeMember(cast.ann.memberId)).rejects.toMatchObject({
      status: 403,
    });
    const fresh = await cast.api(cast.teacher).rotateCode('member');
    await expect(joinSpace(server.url, cast.codes.member, 'Late')).rejects.toMatchObject({
      status: 404,
    });
    const late = await joinSpace(server.url, fresh, 'Late');
    expect(late.role).toBe('member');
    const summary = await cast.api(cast.teacher).summary();
    expect(summary.members.map((member) => member.name)).toContain('Late');
  });
});
