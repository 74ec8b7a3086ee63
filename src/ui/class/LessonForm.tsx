import { useId, useState, type FormEvent } from 'react';
import { displayTitle } from '../../domain/document-title';
import type { Lesson } from '../../domain/types';
import {
  createLesson,
  updateLesson,
  useLessonDocuments,
  type UpdatedLesson,
} from '../../state/class';
import { useDocuments, useTags } from '../../state/live-queries';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { goTo } from '../shared/routes';

interface LessonFormProps {
  /** The teacher's lesson to change; without it, the form makes a new one and opens it. */
  lesson?: Lesson;
  /** After the changes to `lesson` are saved. */
  onSaved?: (result: UpdatedLesson) => void;
  onCancel?: () => void;
}

const toggle = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

/**
 * A lesson's title, instructions, articles, the tags students use and whether suggestions are
 * off: empty for a new lesson (no articles, every tag), or the lesson's own when editing it.
 * Articles are kept in the order they are ticked: the students' reading order.
 */
export function LessonForm({ lesson, onSaved, onCancel }: LessonFormProps) {
  const headingId = useId();
  const library = useDocuments();
  const tags = useTags();
  // The lesson as the form opened: what a tick is measured against, even if it changes meanwhile.
  const [original] = useState(lesson);
  // The lesson's articles as they are stored, for those the library no longer lists.
  const lessonDocuments = useLessonDocuments(original?.documentIds ?? []);
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [instructions, setInstructions] = useState(lesson?.instructions ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(lesson?.documentIds));
  // The tags ticked or unticked since the form opened: a new lesson starts with every tag.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const [suggestionsOff, setSuggestionsOff] = useState(lesson?.suggestionsOff ?? false);
  const [message, setMessage] = useState<NoticeMessage | null>(null);

  // The library's articles, then any of the lesson's that it no longer lists (so that an edit
  // keeps them unless unticked).
  const articles = library && [
    ...library.map((d) => ({ id: d.id, label: displayTitle(d) })),
    ...(original?.documentIds ?? [])
      .filter((id) => !library.some((d) => d.id === id))
      .map((id, i) => {
        const stored = lessonDocuments?.find((d) => d.id === id);
        return {
          id,
          label: stored
            ? `${displayTitle(stored)} (in the trash)`
            : `An article no longer in your library (${i + 1})`,
        };
      }),
  ];
  const tagChosen = (id: string) =>
    (original ? original.tagIds.includes(id) : true) !== flipped.has(id);

  /** The lesson's tags still ticked, in its order (with any the library lacks), then new ones. */
  const chosenTagIds = () => {
    const ticked = (tags ?? []).filter((t) => tagChosen(t.id)).map((t) => t.id);
    if (!original) return ticked;
    const kept = original.tagIds.filter(
      (id) => ticked.includes(id) || !tags?.some((t) => t.id === id),
    );
    return [...kept, ...ticked.filter((id) => !kept.includes(id))];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      title,
      instructions,
      documentIds: [...chosen].filter((id) => articles?.some((a) => a.id === id)),
      tagIds: chosenTagIds(),
      suggestionsOff,
    };
    try {
      if (lesson) onSaved?.(await updateLesson(lesson.id, fields));
      else goTo({ name: 'lesson', lessonId: (await createLesson(fields)).id });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };

  return (
    <section aria-labelledby={headingId} className="class-card">
      <h2 id={headingId}>{lesson ? 'Edit lesson' : 'New lesson'}</h2>
      <form className="lesson-form" onSubmit={(e) => void submit(e)}>
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. One massacre, five outlets"
            // Opened by the teacher's "Edit lesson": where they start typing.
            autoFocus={lesson !== undefined}
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
          {articles?.length === 0 && <p className="empty">Your library has no articles yet.</p>}
          <ul className="check-list">
            {articles?.map((a) => (
              <li key={a.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(a.id)}
                    onChange={() => setChosen(toggle(chosen, a.id))}
                  />{' '}
                  <span dir="auto">{a.label}</span>
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
                    checked={tagChosen(t.id)}
                    onChange={() => setFlipped(toggle(flipped, t.id))}
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
            {lesson ? 'Save changes' : 'Create lesson'}
          </button>
          {lesson && (
            <>
              {' '}
              <button type="button" onClick={onCancel}>
                Cancel
              </button>
            </>
          )}
        </p>
      </form>
    </section>
  );
}
