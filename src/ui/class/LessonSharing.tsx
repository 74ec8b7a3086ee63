import { useState } from 'react';
import type { Lesson } from '../../domain/types';
import {
  DEFAULT_LESSON,
  SHARING_POLICIES,
  sharedSubmissionId,
  useSharingStore,
  type SharingPolicy,
} from '../../state/sync/sharing-store';
import {
  explain,
  revealKey,
  setLessonSharing,
  submitLesson,
} from '../../state/sync/sharing-commands';
import { useSubmissions } from '../../state/class';
import { Notice, type NoticeMessage } from '../shared/Notice';

const SHARING_LABELS: Record<SharingPolicy, string> = {
  'after-submitting': 'after they submit their own',
  never: 'never',
  always: 'always',
};

/**
 * A lesson in a shared class: the teacher sets when classmates see each other's work, reveals the
 * key and sees who submitted; a student submits their work. Nothing when no class is joined.
 */
export function LessonSharing({ lesson, headed = false }: { lesson: Lesson; headed?: boolean }) {
  const member = useSharingStore((s) => s.membership);
  const summary = useSharingStore((s) => s.summary);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  if (!member || member.kind !== 'class') return null;
  const owner = member.role === 'owner';
  const rule = summary?.policy.lessons[lesson.id] ?? DEFAULT_LESSON;
  const submitted = rule.submittedBy.includes(member.memberId);
  const students = summary?.members.filter((m) => m.role === 'member') ?? [];

  const act = (action: () => Promise<unknown>, done: string) => async () => {
    setMessage(null);
    try {
      await action();
      setMessage({ text: done });
    } catch (error) {
      setMessage({ text: explain(error, member.serverUrl), error: true });
    }
  };

  const body = owner ? (
    <>
      <label>
        Classmates see each other’s work on {lesson.title}{' '}
        <select
          value={rule.sharing}
          onChange={(e) => {
            const sharing = e.target.value as SharingPolicy;
            void act(
              () => setLessonSharing(lesson.id, sharing),
              `${lesson.title}: classmates see each other’s work ${SHARING_LABELS[sharing]}.`,
            )();
          }}
        >
          {SHARING_POLICIES.map((p) => (
            <option key={p} value={p}>
              {SHARING_LABELS[p]}
            </option>
          ))}
        </select>
      </label>{' '}
      {rule.keyRevealed ? (
        <span>The key is shown to the class.</span>
      ) : (
        <button
          type="button"
          onClick={act(
            () => revealKey(lesson.id),
            `The key of ${lesson.title} is now shown to the class.`,
          )}
        >
          Reveal the key of {lesson.title}
        </button>
      )}
      <ClassProgress lesson={lesson} students={students} submittedBy={rule.submittedBy} />
      <p>
        Submitted: {rule.submittedBy.length} of {students.length}
        {rule.submittedBy.length > 0 &&
          ` (${students
            .filter((s) => rule.submittedBy.includes(s.id))
            .map((s) => s.name)
            .join(', ')})`}
      </p>
    </>
  ) : submitted ? (
    <p>You submitted your work on {lesson.title}: it is read-only now.</p>
  ) : (
    <button
      type="button"
      className="primary"
      onClick={act(
        () => submitLesson(lesson.id),
        `Your work on ${lesson.title} is handed in; it is read-only from now on.`,
      )}
    >
      Submit my work on {lesson.title}
    </button>
  );

  if (!headed)
    return (
      <div>
        {body}
        <Notice message={message} />
      </div>
    );
  return (
    <section aria-labelledby="lesson-sharing-heading" className="class-card">
      <h2 id="lesson-sharing-heading">In the class {member.spaceName}</h2>
      <p>
        {owner
          ? 'Students see this lesson live; their work reaches you as they annotate.'
          : 'Your teacher sees your work as you annotate. Submit it when you are done: you cannot change it after.'}
      </p>
      {body}
      <Notice message={message} />
    </section>
  );
}

/** Who has started and who has submitted, live: the results below update with the same work. */
function ClassProgress({
  lesson,
  students,
  submittedBy,
}: {
  lesson: Lesson;
  students: readonly { id: string; name: string }[];
  submittedBy: readonly string[];
}) {
  const work = useSubmissions(lesson.id);
  if (students.length === 0) return <p>No student has joined the class yet.</p>;
  return (
    <ul aria-label="Students’ progress" className="class-progress">
      {students.map((student) => {
        const mine = work?.find((w) => w.id === sharedSubmissionId(student.id, lesson.id));
        const count = mine?.annotations.length ?? 0;
        const marks = `${count} ${count === 1 ? 'annotation' : 'annotations'}`;
        const state = submittedBy.includes(student.id)
          ? `submitted, ${marks}`
          : count > 0
            ? `working, ${marks} so far`
            : 'not started';
        return (
          <li key={student.id}>
            {student.name}: {state}
          </li>
        );
      })}
    </ul>
  );
}
