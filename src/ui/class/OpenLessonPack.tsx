import { useState, type ChangeEvent } from 'react';
import { MAX_LESSON_PACK_BYTES } from '../../io/class';
import { sizeError } from '../../io/shared';
import { openLessonPack } from '../../state/class';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { goTo } from '../shared/routes';
import { fileDropZone } from './use-file-drop-zone';

/**
 * A student opens the pack their teacher handed out; a good pack opens its lesson at once. A
 * teacher can open their own pack on another computer as the teacher, keeping its key.
 */
export function OpenLessonPack() {
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const [asTeacher, setAsTeacher] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = sizeError(file.size, MAX_LESSON_PACK_BYTES, file.name);
    if (tooLarge) return setMessage({ text: `${tooLarge} Nothing was changed.`, error: true });
    try {
      const opened = await openLessonPack(await file.text(), file.name, {
        role: asTeacher ? 'teacher' : 'student',
      });
      if (!opened.ok) return setMessage({ text: opened.error, error: true });
      setMessage(null);
      goTo({ name: 'lesson', lessonId: opened.lesson.id });
    } catch (error) {
      setMessage({
        text: `The lesson pack could not be stored, and nothing was changed: ${(error as Error).message}`,
        error: true,
      });
    }
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    void open(file);
  };

  return (
    <section
      aria-labelledby="open-pack-heading"
      className="class-card"
      {...fileDropZone((files) => void open(files[0]))}
    >
      <h2 id="open-pack-heading">Open a lesson pack</h2>
      <p>
        Your teacher’s lesson pack is one <code>.json</code> file. Opening it adds its articles and
        tags to your library; you need no account and no network.
      </p>
      <label className="file-button">
        Open a lesson pack…
        <input type="file" accept=".json,application/json" onChange={pick} />
      </label>
      <p>
        <label>
          <input
            type="checkbox"
            checked={asTeacher}
            onChange={(e) => setAsTeacher(e.target.checked)}
          />{' '}
          I am the teacher: open it as my own lesson
        </label>
        <br />
        <span className="hint">
          For a pack you made on another computer: you collect the work here, and its answer key
          comes with it if the pack has one.
        </span>
      </p>
      <Notice message={message} />
    </section>
  );
}
