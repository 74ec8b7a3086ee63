import { useState } from 'react';
import { useLesson, type UpdatedLesson } from '../../state/class';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { routeHref } from '../shared/routes';
import { DeleteLesson } from './DeleteLesson';
import { LessonArticles } from './LessonArticles';
import { LessonForm } from './LessonForm';
import { LessonSharing } from './LessonSharing';
import { StudentLesson } from './StudentLesson';
import { TeacherLesson } from './TeacherLesson';
import './class.css';

/**
 * One lesson (`#/class/<id>`): its instructions and articles, then the teacher's tools (key,
 * pack, students' work, results) or the student's (name, download my work). The teacher can
 * edit their lesson: the form takes the place of its instructions and articles.
 */
export function LessonView({ lessonId }: { lessonId: string }) {
  const lesson = useLesson(lessonId);
  const [editing, setEditing] = useState(false);
  // After the form closes, the focus goes back to the button that opened it.
  const [closedForm, setClosedForm] = useState(false);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  if (lesson === undefined) return <p role="status">Loading the lesson…</p>;
  if (lesson === null)
    return (
      <section className="class-view" aria-labelledby="lesson-heading">
        <h1 id="lesson-heading">Lesson not found</h1>
        <p>
          This browser has no such lesson: it may have been deleted.{' '}
          <a href={routeHref({ name: 'class' })}>See the lessons in this browser</a>, or open the
          lesson pack again.
        </p>
      </section>
    );
  const teacher = lesson.role === 'teacher';
  const closeForm = () => {
    setEditing(false);
    setClosedForm(true);
  };
  const saved = ({ keyPredatesChange }: UpdatedLesson) => {
    closeForm();
    setMessage({
      text: keyPredatesChange
        ? 'Changes saved. The answer key was made before you changed the articles or tags: annotate it again to match.'
        : 'Changes saved.',
    });
  };
  return (
    <section className="class-view lesson-view" aria-labelledby="lesson-heading">
      <nav aria-label="Breadcrumb" className="class-breadcrumb">
        <a href={routeHref({ name: 'class' })}>Class</a> › {teacher ? 'Your lesson' : 'Lesson'}
      </nav>
      <header className="class-header">
        <h1 id="lesson-heading" dir="auto">
          {lesson.title}
        </h1>
        <span className={`role-label role-${lesson.role}`}>
          {teacher ? 'Your lesson' : 'Opened from a lesson pack'}
        </span>
        {teacher && !editing && (
          <button
            type="button"
            autoFocus={closedForm}
            onClick={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
            Edit lesson
          </button>
        )}
      </header>
      <Notice message={message} />
      {teacher && editing ? (
        <LessonForm lesson={lesson} onSaved={saved} onCancel={closeForm} />
      ) : (
        <>
          <section aria-labelledby="instructions-heading" className="class-card">
            <h2 id="instructions-heading">Instructions</h2>
            {lesson.instructions ? (
              <p className="instructions" dir="auto">
                {lesson.instructions}
              </p>
            ) : (
              <p className="empty">No instructions were given.</p>
            )}
            {lesson.suggestionsOff && (
              <p>
                Suggestions are switched off for this lesson: students mark every passage
                themselves.
              </p>
            )}
          </section>
          <LessonArticles lesson={lesson} />
        </>
      )}
      <LessonSharing lesson={lesson} headed />
      {teacher ? <TeacherLesson lesson={lesson} /> : <StudentLesson lesson={lesson} />}
      <DeleteLesson lesson={lesson} />
    </section>
  );
}
