import { useState } from 'react';
import type { Lesson } from '../../domain/types';
import { setKeyFromAnnotations, useKeyPredatesChange, useKeyTakenAt } from '../../state/class';
import { formatDate } from '../shared/format';
import { Notice, type NoticeMessage } from '../shared/Notice';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * The answer key: the teacher annotates the articles like anyone else, then makes those
 * annotations the key. The key is a copy as it was then, so it says when it was taken, and
 * whether the lesson's articles or tags changed since (it is never taken again by itself).
 */
export function AnswerKeyCard({ lesson }: { lesson: Lesson }) {
  const takenAt = useKeyTakenAt(lesson.id);
  const predatesChange = useKeyPredatesChange(lesson.id);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const count = lesson.key?.length ?? 0;
  const take = async () => {
    try {
      const n = await setKeyFromAnnotations(lesson.id);
      setMessage({
        text: `The key is now your ${n} current ${n === 1 ? 'annotation' : 'annotations'}.`,
      });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };
  const when = takenAt
    ? `, taken ${formatDate(takenAt)} at ${timeFormat.format(new Date(takenAt))}`
    : '';
  return (
    <section aria-labelledby="key-heading" className="class-card">
      <h2 id="key-heading">Answer key</h2>
      <p className="key-status">
        {lesson.key
          ? `Key: ${count} ${count === 1 ? 'annotation' : 'annotations'}${when}.`
          : 'No key yet.'}
      </p>
      {predatesChange && (
        <p className="error-text">
          This key was taken before you changed the lesson’s articles or tags, so it may mark
          articles or use tags the lesson no longer has, and miss new ones. Take it again to match
          the lesson.
        </p>
      )}
      <p className="hint">
        Annotate the articles with the lesson’s tags, then make your annotations the key. Later
        changes to your annotations do not change the key until you take it again.
      </p>
      <button type="button" onClick={() => void take()}>
        Use my current annotations as the key
      </button>
      <Notice message={message} />
    </section>
  );
}
