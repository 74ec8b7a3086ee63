import { useState, type Ref } from 'react';
import { displayTitle } from '../../domain/document-title';
import type { Annotation, SlantDocument } from '../../domain/types';
import { heatParagraphs } from './heat-paragraphs';
import { highlightParagraphs } from './highlight-paragraphs';
import type { LessonResults } from './lesson-results';
import { TextColumns } from './TextColumns';
import { TagFilter } from '../shared/TagFilter';

interface ClassTextProps {
  ref?: Ref<HTMLElement>;
  documents: readonly SlantDocument[];
  results: LessonResults;
  /** `''` for the whole class's heat map, or a submission's id for one student's work. */
  shown: string;
  onShow: (shown: string) => void;
}

/**
 * One article as the class marked it, beside the key: a heat map of how many students marked
 * each passage, or one student's own highlights. Both narrow to one tag on request.
 */
export function ClassText({ ref, documents, results, shown, onShow }: ClassTextProps) {
  const [chosenDocument, setDocumentId] = useState('');
  const [tagId, setTagId] = useState('');
  const document = documents.find((d) => d.id === chosenDocument) ?? documents[0];
  if (!document) return null;
  const student = results.students.find((s) => s.submission.id === shown);
  const tagIds = tagId ? [tagId] : results.tags.map((t) => t.id);
  const { text } = document;
  const onDocument = (annotations: readonly Annotation[]) =>
    annotations.filter(
      (a) =>
        a.documentId === document.id &&
        a.status === 'anchored' &&
        a.tagIds.some((t) => tagIds.includes(t)),
    );
  const count = results.students.length;

  const left = student
    ? {
        heading: `${student.submission.student}’s annotations`,
        paragraphs: highlightParagraphs(
          text,
          onDocument(student.submission.annotations),
          results.tags,
          tagIds,
        ),
      }
    : {
        heading: `The class: how many of ${count} ${count === 1 ? 'student' : 'students'} marked each passage`,
        paragraphs: heatParagraphs(
          text,
          results.students.map((s) => s.spans.filter((span) => span.documentId === document.id)),
          results.tags,
          tagIds,
        ),
      };
  const right = {
    heading: results.keyAnnotations.length > 0 ? 'Answer key' : 'Answer key (none yet)',
    paragraphs: highlightParagraphs(text, onDocument(results.keyAnnotations), results.tags, tagIds),
  };

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="class-text-heading"
      className="class-card class-text"
    >
      <h2 id="class-text-heading">Over the text</h2>
      <div className="inline-form">
        <label>
          Article
          <select value={document.id} onChange={(e) => setDocumentId(e.target.value)}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {displayTitle(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show
          <select value={student ? shown : ''} onChange={(e) => onShow(e.target.value)}>
            <option value="">The whole class (heat map)</option>
            {results.students.map((s) => (
              <option key={s.submission.id} value={s.submission.id}>
                {s.submission.student}
              </option>
            ))}
          </select>
        </label>
        <TagFilter label="Tag" value={tagId} tags={results.tags} onChange={setTagId} />
      </div>
      <TextColumns left={left} right={right} />
    </section>
  );
}
