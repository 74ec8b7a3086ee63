import { useMemo, useRef, useState } from 'react';
import type { Lesson } from '../../domain/types';
import { toAgreementCsv, toResultsCsv } from '../../io/class';
import { useLessonDocuments, useLessonKey, useSubmissions } from '../../state/class';
import { useTags } from '../../state/live-queries';
import { downloadText } from '../shared/download';
import { fileStem } from '../../domain/file-stem';
import { AgreementTable } from './AgreementTable';
import { ClassText } from './ClassText';
import { lessonResults } from './lesson-results';
import { ResultsTable } from './ResultsTable';
import { csvByteOrderMark } from '../../state/preferences';

/**
 * The teacher's results: each student against the key, the class's agreement, both as CSV,
 * and the text with where the class marked what (or one student's marks) beside the key.
 */
export function ResultsSection({ lesson }: { lesson: Lesson }) {
  const documents = useLessonDocuments(lesson.documentIds);
  const submissions = useSubmissions(lesson.id);
  const tags = useTags();
  const keyLayer = useLessonKey(lesson.id);
  const [shown, setShown] = useState('');
  const textRef = useRef<HTMLElement>(null);
  const results = useMemo(
    () =>
      documents && submissions && tags && keyLayer
        ? lessonResults(lesson, documents, submissions, tags, keyLayer)
        : undefined,
    [lesson, documents, submissions, tags, keyLayer],
  );
  if (!results || !documents) return <p role="status">Loading the results…</p>;

  const hasKey = results.keyAnnotations.length > 0;
  const stem = fileStem(lesson.title, 'lesson');
  const downloadResults = () =>
    downloadText(
      `${stem}.results.csv`,
      toResultsCsv(
        results.tags,
        results.students.map(({ submission, score }) => ({
          student: submission.student,
          exportedAt: submission.exportedAt,
          annotations: submission.annotations.length,
          orphaned: submission.orphanCount,
          score,
        })),
        { bom: csvByteOrderMark() },
      ),
      'text/csv',
    );
  const downloadAgreement = () =>
    results.agreement &&
    downloadText(
      `${stem}.agreement.csv`,
      toAgreementCsv(results.tags, results.agreement, { bom: csvByteOrderMark() }),
      'text/csv',
    );

  const showStudent = (submissionId: string) => {
    setShown(submissionId);
    textRef.current?.scrollIntoView({ block: 'start' });
    textRef.current?.focus();
  };

  return (
    <>
      <section aria-labelledby="results-heading" className="class-card results">
        <h2 id="results-heading">Results</h2>
        {results.students.length === 0 ? (
          <p className="empty">No students’ work yet: import their files above.</p>
        ) : (
          <>
            {hasKey ? (
              <ResultsTable results={results} onShow={showStudent} />
            ) : (
              <p className="empty">
                There is no answer key yet, so the work cannot be scored: annotate the key above.
              </p>
            )}
            {results.agreement && (
              <AgreementTable tags={results.tags} agreement={results.agreement} />
            )}
            <p className="csv-buttons">
              <button type="button" onClick={downloadResults} disabled={!hasKey}>
                Download results (CSV)
              </button>{' '}
              <button type="button" onClick={downloadAgreement}>
                Download agreement (CSV)
              </button>
            </p>
          </>
        )}
      </section>
      <ClassText
        ref={textRef}
        documents={documents}
        results={results}
        shown={shown}
        onShow={setShown}
      />
    </>
  );
}
