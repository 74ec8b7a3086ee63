import { useState } from 'react';
import type { Lesson } from '../../domain/types';
import { exportLessonPack, useLessonKey } from '../../state/class';
import { downloadText } from '../shared/download';
import { Notice, type NoticeMessage } from '../shared/Notice';

/** The lesson pack to hand out: one file; the key goes in only for the teacher's own copy. */
export function LessonPackCard({ lesson }: { lesson: Lesson }) {
  const [includeKey, setIncludeKey] = useState(false);
  const hasKey = (useLessonKey(lesson.id)?.length ?? 0) > 0;
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const download = async () => {
    try {
      const file = await exportLessonPack(lesson.id, includeKey);
      downloadText(file.filename, file.text);
      setMessage({
        text: file.filename.endsWith('.lesson-with-key.json')
          ? `Downloaded ${file.filename}, with the key: keep it for yourself.`
          : `Downloaded ${file.filename}: hand it to your students.`,
      });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };
  return (
    <section aria-labelledby="pack-heading" className="class-card">
      <h2 id="pack-heading">Lesson pack</h2>
      <p>
        One file with the articles, the tags and the instructions. Students open it in Slant, with
        no account and no network.
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={includeKey}
            disabled={!hasKey}
            onChange={(e) => setIncludeKey(e.target.checked)}
          />{' '}
          Include the answer key
        </label>
        <br />
        <span className="hint">
          For your own copy, e.g. on another computer. A student’s Slant never shows a key, but the
          file holds it: do not hand this one out.
        </span>
      </p>
      <button type="button" className="primary" onClick={() => void download()}>
        Download lesson pack
      </button>
      <Notice message={message} />
    </section>
  );
}
