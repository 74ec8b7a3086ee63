import type { KeyScore } from '../../analysis';
import { percent } from './figure-format';
import type { LessonResults } from './lesson-results';
import { ownValue } from '../../domain/keyed-record';

function ScoreCells({ score }: { score: KeyScore | undefined }) {
  return (
    <>
      <td className="numeric">{percent(score?.precision ?? null)}</td>
      <td className="numeric">{percent(score?.recall ?? null)}</td>
      <td className="numeric strong">{percent(score?.f1 ?? null)}</td>
    </>
  );
}

function FigureHeads() {
  return (
    <>
      <th scope="col" className="numeric">
        <abbr title="precision: how much of what the student marked the key marked too">P</abbr>
      </th>
      <th scope="col" className="numeric">
        <abbr title="recall: how much of what the key marked the student marked too">R</abbr>
      </th>
      <th scope="col" className="numeric">
        F1
      </th>
    </>
  );
}

/**
 * Each student against the key: precision, recall and F1 per tag and overall, with partial
 * credit where a highlight overlaps the key's, and how many of their passages were not found.
 */
export function ResultsTable({
  results,
  onShow,
}: {
  results: LessonResults;
  onShow: (submissionId: string) => void;
}) {
  const { tags, students } = results;
  return (
    <>
      <div className="table-scroll">
        <table className="class-table" aria-label="Scores against the key">
          <colgroup span={1} />
          {[...tags, { id: 'overall' }].map((t) => (
            <colgroup key={t.id} span={3} className="figure-group" />
          ))}
          <colgroup span={2} />
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Student
              </th>
              {tags.map((t) => (
                <th key={t.id} scope="colgroup" colSpan={3} className="group-head">
                  {t.label}
                </th>
              ))}
              <th scope="colgroup" colSpan={3} className="group-head">
                Overall
              </th>
              <th scope="col" rowSpan={2} className="numeric">
                Not found
              </th>
              <th scope="col" rowSpan={2}>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
            <tr>
              {tags.map((t) => (
                <FigureHeads key={t.id} />
              ))}
              <FigureHeads />
            </tr>
          </thead>
          <tbody>
            {students.map(({ submission, score }) => (
              <tr key={submission.id}>
                <th scope="row" dir="auto">
                  {submission.student}
                </th>
                {tags.map((t) => (
                  <ScoreCells key={t.id} score={ownValue(score.byTag, t.id)} />
                ))}
                <ScoreCells score={score.overall} />
                <td className="numeric">{submission.orphanCount}</td>
                <td>
                  <button
                    type="button"
                    className="small"
                    onClick={() => onShow(submission.id)}
                    aria-label={`Show ${submission.student}’s annotations over the text`}
                  >
                    Show
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        P: precision, the share of what the student marked that the key marks too. R: recall, the
        share of the key that the student marked. F1 combines the two. A highlight that overlaps the
        key’s earns part of the credit. — means there is nothing to measure: the student marked
        nothing with that tag (no P), or the key did not (no R). “Not found”: passages of the
        student’s that are not in your copy of the text; they are not scored.
      </p>
    </>
  );
}
