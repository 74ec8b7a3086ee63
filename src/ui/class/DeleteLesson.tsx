import { useState } from 'react';
import type { Lesson } from '../../domain/types';
import { deleteLesson } from '../../state/class';
import { goTo } from '../shared/routes';

/** Deleting a lesson, after asking: its students' work goes with it; its articles stay. */
export function DeleteLesson({ lesson }: { lesson: Lesson }) {
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    await deleteLesson(lesson.id);
    goTo({ name: 'class' });
  };
  if (!asking)
    return (
      <p>
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          Delete this lesson…
        </button>
      </p>
    );
  return (
    <p role="alertdialog" aria-label="Delete this lesson?">
      {lesson.role === 'teacher'
        ? 'The lesson, its key and the students’ work imported into it are deleted; the articles and your annotations stay. '
        : 'The lesson is deleted; the articles and your annotations stay. '}
      <button type="button" className="danger" onClick={() => void remove()}>
        Delete “{lesson.title}”
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </p>
  );
}
