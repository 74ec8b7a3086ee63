import type { CSSProperties } from 'react';
import { displayTitle } from '../../domain/document-title';
import type { Lesson } from '../../domain/types';
import { useLessonDocuments } from '../../state/class';
import { useAnnotationsOf, useTags } from '../../state/live-queries';
import { routeHref } from '../shared/routes';

/**
 * The lesson's articles, each a link to annotate it, with how many of this browser's own
 * annotations use the lesson's tags there; and the tags to use, with their keys.
 */
export function LessonArticles({ lesson }: { lesson: Lesson }) {
  const documents = useLessonDocuments(lesson.documentIds);
  const annotations = useAnnotationsOf(lesson.documentIds);
  const tags = useTags();
  if (!documents || !annotations) return <p role="status">Loading the articles…</p>;
  const counts = new Map<string, number>();
  for (const a of annotations)
    if (a.tagIds.some((t) => lesson.tagIds.includes(t)))
      counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + 1);
  const missing = lesson.documentIds.length - documents.length;
  const lessonTags = lesson.tagIds.flatMap((id) => tags?.find((t) => t.id === id) ?? []);
  return (
    <section aria-labelledby="articles-heading" className="class-card">
      <h2 id="articles-heading">Articles</h2>
      <ol className="lesson-articles">
        {documents.map((d) => {
          const count = counts.get(d.id) ?? 0;
          return (
            <li key={d.id}>
              <a href={routeHref({ name: 'document', documentId: d.id })} dir="auto">
                {displayTitle(d)}
              </a>{' '}
              <span className="hint">
                {count === 0
                  ? 'not annotated yet'
                  : `${count} ${count === 1 ? 'annotation' : 'annotations'} of yours`}
              </span>
            </li>
          );
        })}
      </ol>
      {missing > 0 && (
        <p className="error-text">
          {missing === 1 ? 'One article' : `${missing} articles`} of this lesson{' '}
          {missing === 1 ? 'is' : 'are'} no longer in your library. Restore{' '}
          {missing === 1 ? 'it' : 'them'} from the trash, or open the lesson pack again.
        </p>
      )}
      <p className="lesson-tags">
        Tags:{' '}
        {lessonTags.map((t, i) => (
          <span key={t.id}>
            {i > 0 && ', '}
            <span
              className={`tag-chip underline-${t.underline}`}
              style={{ '--chip': t.colour } as CSSProperties}
            >
              {t.label}
            </span>
            {t.shortcut && <kbd aria-label={`key ${t.shortcut}`}>{t.shortcut}</kbd>}
          </span>
        ))}
      </p>
    </section>
  );
}
