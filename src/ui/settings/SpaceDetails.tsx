import { useState } from 'react';
import { useSharingStore, type StoredMembership } from '../../state/sync/sharing-store';
import { explain, leaveSpace, removeMember, rotateCode } from '../../state/sync/sharing-commands';
import { useLessons } from '../../state/class';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { SyncStatusText } from '../shell/SyncStatus';
import { LessonSharing } from '../class/LessonSharing';

/** A joined space: who is in it, its codes (owners), its lessons' rules, leaving. */
export function SpaceDetails({ member }: { member: StoredMembership }) {
  const summary = useSharingStore((s) => s.summary);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const owner = member.role === 'owner';

  const act = (action: () => Promise<unknown>, done: string) => async () => {
    setMessage(null);
    try {
      await action();
      setMessage({ text: done });
    } catch (error) {
      setMessage({ text: explain(error, member.serverUrl), error: true });
    }
  };

  return (
    <>
      <p>
        This browser is in the {member.kind === 'class' ? 'class' : 'newsroom'}{' '}
        <strong>{member.spaceName}</strong> on <code>{member.serverUrl}</code> as{' '}
        <strong>{member.name}</strong> (
        {owner ? 'owner' : member.kind === 'class' ? 'student' : 'member'}).
      </p>
      <p>
        <SyncStatusText />
      </p>
      {owner && member.codes && (
        <section aria-labelledby="codes-heading">
          <h3 id="codes-heading">Invitation codes</h3>
          <dl className="sharing-codes">
            {(['member', 'owner'] as const).map((role) => (
              <div key={role}>
                <dt>
                  {role === 'member'
                    ? member.kind === 'class'
                      ? 'Students'
                      : 'Members'
                    : 'Co-owners'}
                </dt>
                <dd>
                  <code data-testid={`code-${role}`}>{member.codes?.[role]}</code>{' '}
                  <button
                    type="button"
                    onClick={act(
                      () => navigator.clipboard.writeText(member.codes?.[role] ?? ''),
                      'Code copied.',
                    )}
                  >
                    Copy the {role === 'member' ? 'members’' : 'co-owners’'} code
                  </button>{' '}
                  <button
                    type="button"
                    onClick={act(
                      () => rotateCode(role),
                      'New code made: the old one no longer works. Members already in stay in.',
                    )}
                  >
                    New {role === 'member' ? 'members’' : 'co-owners’'} code
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="members-heading">
        <h3 id="members-heading">Members</h3>
        {!summary ? (
          <p className="hint">The list of members shows once the server answers.</p>
        ) : (
          <ul className="sharing-members">
            {summary.members.map((m) => (
              <li key={m.id}>
                {m.name} —{' '}
                {m.role === 'owner' ? 'owner' : member.kind === 'class' ? 'student' : 'member'}
                {m.id === member.memberId && ' (you)'}
                {owner && m.id !== member.memberId && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={act(
                        () => removeMember(m.id),
                        `${m.name} was removed from the space.`,
                      )}
                    >
                      Remove {m.name}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {member.kind === 'class' && <LessonRules member={member} />}
      <section aria-labelledby="leave-heading">
        <h3 id="leave-heading">Leave</h3>
        {!confirmLeave ? (
          <button type="button" onClick={() => setConfirmLeave(true)}>
            Leave the space…
          </button>
        ) : (
          <div className="confirm" role="group" aria-label="Leave the space?">
            <p>
              This browser stops syncing. Everything shared so far stays here; your changes from now
              on stay here only.{' '}
              {owner && 'Make sure another owner remains, or the space has none.'}
            </p>
            <button
              type="button"
              onClick={act(() => leaveSpace(), 'You left the space. Slant is solo again.')}
            >
              Leave {member.spaceName}
            </button>{' '}
            <button type="button" onClick={() => setConfirmLeave(false)}>
              Stay
            </button>
          </div>
        )}
      </section>
      <Notice message={message} />
    </>
  );
}

function LessonRules({ member }: { member: StoredMembership }) {
  const lessons = useLessons();
  const owner = member.role === 'owner';
  const shown = (lessons ?? []).filter((l) =>
    owner ? l.role === 'teacher' : l.role === 'student',
  );
  return (
    <section aria-labelledby="lesson-rules-heading">
      <h3 id="lesson-rules-heading">Lessons</h3>
      {shown.length === 0 ? (
        <p className="hint">
          {owner
            ? 'Lessons you make in Class are shared with the class.'
            : 'The lessons your teacher shares appear in Class.'}
        </p>
      ) : (
        <ul className="sharing-lessons">
          {shown.map((lesson) => (
            <li key={lesson.id}>
              <strong>{lesson.title}</strong>
              <LessonSharing lesson={lesson} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
