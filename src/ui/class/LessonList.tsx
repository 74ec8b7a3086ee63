import { useLessons } from '../../state/class';
import { formatDate } from '../shared/format';
import { routeHref } from '../shared/routes';

/** The lessons in this browser, newest first, each labelled as the teacher's own or opened. */
export function LessonList() {
  const lessons = useLessons();
  if (!lessons) return <p role="status">Loading lessons…</p>;
  return (
    <section aria-labelledby="lessons-heading" className="class-card">
      <h2 id="lessons-heading">Lessons</h2>
      {lessons.length === 0 ? (
        <p className="empty">
          No lessons yet. Make one below, or open a lesson pack your teacher gave you.
        </p>
      ) : (
        <ul className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <a href={routeHref({ name: 'lesson', lessonId: lesson.id })}>{lesson.title}</a>{' '}
              <span className={`role-label role-${lesson.role}`}>
                {lesson.role === 'teacher' ? 'Your lesson' : 'Opened from a pack'}
              </span>{' '}
              <span className="hint">
                {lesson.documentIds.length === 1
                  ? '1 article'
                  : `${lesson.documentIds.length} articles`}
                , made {formatDate(lesson.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
