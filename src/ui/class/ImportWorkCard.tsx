import { useState, type ChangeEvent } from 'react';
import type { Lesson } from '../../domain/types';
import { MAX_STUDENT_WORK_BYTES, type StudentFile } from '../../io/class';
import { sizeError } from '../../io/shared';
import { importStudentWork, useSubmissions } from '../../state/class';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { ImportReport, type ImportOutcome } from './ImportReport';
import { SubmissionList } from './SubmissionList';
import { fileDropZone } from './use-file-drop-zone';

/** Reads picked files; one too large to be a student's work is refused before it is read. */
async function readFiles(files: readonly File[]) {
  const read: StudentFile[] = [];
  const tooLarge: ImportOutcome['refused'] = [];
  for (const file of files) {
    const error = sizeError(file.size, MAX_STUDENT_WORK_BYTES, file.name);
    if (error) tooLarge.push({ fileName: file.name, reason: 'unreadable', error });
    else read.push({ name: file.name, text: await file.text() });
  }
  return { read, tooLarge };
}

/**
 * The class's files in: pick or drop any number at once. Each is imported or refused on its
 * own, by name; a student who handed in twice can be replaced from the report.
 */
export function ImportWorkCard({ lesson }: { lesson: Lesson }) {
  const submissions = useSubmissions(lesson.id);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [message, setMessage] = useState<NoticeMessage | null>(null);

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    try {
      const { read, tooLarge } = await readFiles(files);
      const result = await importStudentWork(lesson.id, read);
      setMessage(null);
      setOutcome({
        imported: result.imported,
        refused: [...result.refused, ...tooLarge].map((r) => ({
          ...r,
          file: read.find((f) => f.name === r.fileName),
        })),
      });
    } catch (error) {
      setMessage({
        text: `The import failed and nothing was stored: ${(error as Error).message}`,
        error: true,
      });
    }
  };

  const replace = async (file: StudentFile) => {
    try {
      const result = await importStudentWork(lesson.id, [file], { replace: true });
      setOutcome((before) => ({
        imported: [...(before?.imported ?? []), ...result.imported],
        refused: [
          ...(before?.refused ?? []).filter((r) => r.fileName !== file.name),
          ...result.refused,
        ],
      }));
    } catch (error) {
      setMessage({ text: `Nothing was replaced: ${(error as Error).message}`, error: true });
    }
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void importFiles(files);
  };

  return (
    <section
      aria-labelledby="work-heading"
      className="class-card"
      {...fileDropZone((files) => void importFiles(files))}
    >
      <h2 id="work-heading">Students’ work</h2>
      <p>
        Pick or drop the files your students handed in, as many as you like at once. Their work is
        kept apart from your own annotations; a file that cannot be used is named and left out.
      </p>
      <label className="file-button">
        Import students’ work…
        <input type="file" multiple accept=".json,application/json" onChange={pick} />
      </label>
      <Notice message={message} />
      {outcome && <ImportReport outcome={outcome} onReplace={(f) => void replace(f)} />}
      <h3>Handed in</h3>
      {submissions && <SubmissionList submissions={submissions} />}
    </section>
  );
}
