import { useState } from 'react';
import type { Lesson } from '../../domain/types';
import { exportStudentWork } from '../../state/class';
import { usePreferences } from '../../state/preferences';
import { useSharingStore } from '../../state/sync/sharing-store';
import { downloadText } from '../shared/download';
import { Notice, type NoticeMessage } from '../shared/Notice';

/**
 * The student's side: their name, and one button that hands their work back as a file. The
 * name starts as the one Slant stamps on their annotations.
 */
export function StudentLesson({ lesson }: { lesson: Lesson }) {
  const [name, setName] = useState(() => usePreferences.getState().annotatorName);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const shared = useSharingStore((s) => s.membership) != null;

  const download = async () => {
    try {
      const file = await exportStudentWork(lesson.id, name);
      downloadText(file.filename, file.text);
      setMessage({
        text: `Downloaded ${file.filename}. Hand this file to your teacher.`,
      });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };

  return (
    <section aria-labelledby="my-work-heading" className="class-card">
      <h2 id="my-work-heading">Hand in your work</h2>
      <p>
        Annotate the articles above, then download your work and give the file to your teacher.
        {shared
          ? ' In a shared class your teacher also sees your work as you go.'
          : ' Nothing leaves this browser until you download it: Slant sends nothing anywhere.'}
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <label>
          Your name
          <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        </label>
        <button type="submit" className="primary">
          Download my work
        </button>
      </form>
      <Notice message={message} />
    </section>
  );
}
