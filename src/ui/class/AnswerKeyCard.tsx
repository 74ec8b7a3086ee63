import { useState } from 'react';
import { lessonKeyLayerId } from '../../domain/layers';
import type { Lesson } from '../../domain/types';
import {
  copyIntoKey,
  useKeyChangedAt,
  useKeyPredatesChange,
  useLessonKey,
} from '../../state/class';
import { useLayers } from '../../state/live-queries';
import { formatDate } from '../shared/format';
import { Notice, type NoticeMessage } from '../shared/Notice';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * The answer key: its own layer, which the teacher fills by annotating the articles in it
 * ("Annotate the key" beside each article) or by copying from a layer they choose, explicitly.
 * It says when it last changed, and whether the lesson's articles or tags changed since.
 */
export function AnswerKeyCard({ lesson }: { lesson: Lesson }) {
  const key = useLessonKey(lesson.id);
  const changedAt = useKeyChangedAt(lesson.id);
  const predatesChange = useKeyPredatesChange(lesson.id);
  const layers = useLayers();
  const keyLayerId = lessonKeyLayerId(lesson.id);
  const sources = (layers ?? []).filter((l) => l.id !== keyLayerId);
  const [from, setFrom] = useState('');
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const chosen = sources.some((l) => l.id === from) ? from : (sources[0]?.id ?? '');
  const count = key?.length ?? 0;
  const copy = async () => {
    const label = sources.find((l) => l.id === chosen)?.label ?? 'that layer';
    try {
      const n = await copyIntoKey(lesson.id, chosen);
      setMessage({
        text:
          n === 0
            ? `Nothing to copy: “${label}” has no annotations with this lesson’s tags on its articles that the key does not already have.`
            : `Copied ${n} ${n === 1 ? 'annotation' : 'annotations'} from “${label}” into the key.`,
      });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };
  const when = changedAt
    ? `, last changed ${formatDate(changedAt)} at ${timeFormat.format(new Date(changedAt))}`
    : '';
  return (
    <section aria-labelledby="key-heading" className="class-card">
      <h2 id="key-heading">Answer key</h2>
      <p className="key-status">
        {count > 0
          ? `Key: ${count} ${count === 1 ? 'annotation' : 'annotations'}${when}.`
          : 'No key yet.'}
      </p>
      {predatesChange && (
        <p className="error-text">
          This key was last changed before you changed the lesson’s articles or tags, so it may mark
          articles or use tags the lesson no longer has, and miss new ones. Annotate the key again
          to match the lesson.
        </p>
      )}
      <p className="hint">
        The key is its own layer: choose “Annotate the key” beside an article and mark it with the
        lesson’s tags. Your other annotations are never part of it unless you copy them in.
      </p>
      {sources.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void copy();
          }}
        >
          <label>
            Copy into the key from
            <select value={chosen} onChange={(e) => setFrom(e.target.value)}>
              {sources.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                  {l.owner ? ` (${l.owner})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Copy into the key</button>
        </form>
      )}
      <Notice message={message} />
    </section>
  );
}
