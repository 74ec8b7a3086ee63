import type { Lesson } from '../../domain/types';
import { AnswerKeyCard } from './AnswerKeyCard';
import { ImportWorkCard } from './ImportWorkCard';
import { LessonPackCard } from './LessonPackCard';
import { ResultsSection } from './ResultsSection';

/** The teacher's side of a lesson, in the order of the work: key, pack, students' work, results. */
export function TeacherLesson({ lesson }: { lesson: Lesson }) {
  return (
    <>
      <div className="class-columns">
        <AnswerKeyCard lesson={lesson} />
        <LessonPackCard lesson={lesson} />
      </div>
      <ImportWorkCard lesson={lesson} />
      <ResultsSection lesson={lesson} />
    </>
  );
}
