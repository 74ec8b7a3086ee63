import { idAmong, tagNamed } from '../../domain/tag-aliases';
import type { CSSProperties } from 'react';
import { displayTitle } from '../../domain/document-title';
import { lessonKeyLayerId, lessonWorkLayerId } from '../../domain/layers';
import type { Lesson } from '../../domain/types';
import { keyLayerOf, useLessonDocuments } from '../../state/class';
import { useLayerView } from '../../state/layer-view';
import { useAnnotationsOf, useTags } from '../../state/live-queries';
import { goTo, routeHref } from '../shared/routes';

/**
 * The lesson's articles, each a link to annotate it in the lesson's layer (the teacher's key,
 * the student's work), with how many annotations with the lesson's tags that layer has there;
 * and the tags to use, with their keys.
 */
export function LessonArticles({ lesson }: { lesson: Lesson }) {
  const documents = useLessonDocuments(lesson.documentIds);
  const annotations = useAnnotationsOf(lesson.documentIds);
  const tags = useTags();
  if (!documents || !annotations) return <p role="status">Loading the articles…</p>;
  const teacher = lesson.role === 'teacher';
  const layerId = teacher ? lessonKeyLayerId(lesson.id) : lessonWorkLayerId(lesson.id);
  // Annotating opens the article with the lesson's layer chosen, made first if need be.
  const annotate = async (documentId: string) => {
    const id = teacher ? await keyLayerOf(lesson.id) : layerId;
    useLayerView.getState().choose(documentId, id);
    goTo({ name: 'document', documentId });
  };
  const counts = new Map<string, number>();
  for (const a of annotations)
    if (a.layerId === layerId && a.tagIds.some((t) => idAmong(t, tags ?? [], lesson.tagIds)))
      counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + 1);
  const missing = lesson.documentIds.length - documents.length;
  // A tag here merged with the pack's (its alias) stands for it.
  const lessonTags = lesson.tagIds.flatMap((id) => tagNamed(id, tags ?? []) ?? []);
  return (
    <section aria-labelledby="articles-heading" className="class-card">
      <h2 id="articles-heading">Articles</h2>
      <ol className="lesson-articles">
        {documents.map((d) => {
          const count = counts.get(d.id) ?? 0;
          return (
            <li key={d.id}>
              <a
                href={routeHref({ name: 'document', documentId: d.id })}
                dir="auto"
                onClick={(event) => {
                  event.preventDefault();
                  void annotate(d.id);
                }}
              >
                {displayTitle(d)}
              </a>{' '}
              <span className="hint">
                {count === 0
                  ? teacher
                    ? 'not in the key yet'
                    : 'not annotated yet'
                  : `${count} ${count === 1 ? 'annotation' : 'annotations'} ${teacher ? 'in the key' : 'of yours'}`}
              </span>
              {teacher && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="small"
                    aria-label={`Annotate the key: ${displayTitle(d)}`}
                    onClick={() => void annotate(d.id)}
                  >
                    Annotate the key
                  </button>
                </>
              )}
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
