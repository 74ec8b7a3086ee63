import { useState, type FormEvent } from 'react';
import { displayTitle } from '../../domain/document-title';
import { createLesson } from '../../state/class';
import { useDocuments, useTags } from '../../state/live-queries';
import { Notice, type NoticeMessage } from '../Notice';
import { goTo, lessonHref } from './class-href';

/**
 * A new lesson: title, instructions, the articles (none chosen at first) and the tags students
 * use (all chosen at first). Creating it opens it.
 */
export function NewLessonForm() {
  const documents = useDocuments();
  const tags = useTags();
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [suggestionsOff, setSuggestionsOff] = useState(false);
  const [message, setMessage] = useState<NoticeMessage | null>(null);

  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const lesson = await createLesson({
        title,
        instructions,
        // In the order the teacher ticked them: the students' reading order.
        documentIds: [...chosen].filter((id) => documents?.some((d) => d.id === id)),
        tagIds: (tags ?? []).filter((t) => !leftOut.has(t.id)).map((t) => t.id),
        suggestionsOff,
      });
      goTo(lessonHref(lesson.id));
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };

  return (
    <section aria-labelledby="new-lesson-heading" className="class-card">
      <h2 id="new-lesson-heading">New lesson</h2>
      <form className="lesson-form" onSubmit={(e) => void submit(e)}>
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. One massacre, five outlets"
          />
        </label>
        <label>
          Instructions for students
          <textarea
            rows={4}
            value={instructions}
            onChange={(e) => setInstructions(e.target.value)}
            placeholder="What to look for, and how to mark it."
          />
        </label>
        <fieldset>
          <legend>Articles</legend>
          {documents?.length === 0 && <p className="empty">Your library has no articles yet.</p>}
          <ul className="check-list">
            {documents?.map((d) => (
              <li key={d.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(d.id)}
                    onChange={(e) => setChosen(toggle(chosen, d.id, e.target.checked))}
                  />{' '}
                  <span dir="auto">{displayTitle(d)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Tags students use</legend>
          <ul className="check-list">
            {tags?.map((t) => (
              <li key={t.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={!leftOut.has(t.id)}
                    onChange={(e) => setLeftOut(toggle(leftOut, t.id, !e.target.checked))}
                  />{' '}
                  {t.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={suggestionsOff}
            onChange={(e) => setSuggestionsOff(e.target.checked)}
          />{' '}
          Switch suggestions off for this lesson (students mark everything themselves)
        </label>
        <Notice message={message} />
        <p>
          <button type="submit" className="primary">
            Create lesson
          </button>
        </p>
      </form>
    </section>
  );
}
