import { LessonList } from './LessonList';
import { LessonForm } from './LessonForm';
import { OpenLessonPack } from './OpenLessonPack';
import './class.css';

/**
 * Class (`#/class`): the lessons in this browser, a form for a new one, and opening a lesson
 * pack from a teacher. The same view serves both: a lesson says whose it is.
 */
export function ClassView() {
  return (
    <section aria-labelledby="class-heading" className="class-view">
      <header className="class-header">
        <h1 id="class-heading">Class</h1>
        <p className="class-subtitle">
          Teachers make a lesson from articles and tags, hand out its pack and collect the class’s
          work. Students open the pack, annotate, and hand back one file.
        </p>
      </header>
      <LessonList />
      <div className="class-columns">
        <LessonForm />
        <OpenLessonPack />
      </div>
    </section>
  );
}
